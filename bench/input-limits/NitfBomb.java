import dev.wireetl.common.format.*;
import dev.wireetl.common.model.*;
import java.nio.charset.StandardCharsets;

public class NitfBomb {
    public static void main(String[] a) {
        int depth = Integer.parseInt(a[0]);
        StringBuilder sb = new StringBuilder("<nitf><head><docdata><date.issue norm=\"20250107T120000Z\"/></docdata></head><body><body.content><p>");
        for (int i = 0; i < depth; i++) sb.append("<person>w ");
        for (int i = 0; i < depth; i++) sb.append("</person>");
        sb.append("</p></body.content></body></nitf>");
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        long t = System.nanoTime();
        String out;
        try {
            ParseResult r = new WireFileParser(ParserSettings.defaults()).parse(new RawFile("bomb.xml", bytes, 0));
            out = r.rejects().isEmpty() ? "stories=" + r.stories().size() + " entities=" + r.stories().get(0).providedEntities().size()
                : r.rejects().get(0).reason() + " " + r.rejects().get(0).message();
        } catch (Throwable e) { out = "THROWN " + e; }
        System.out.println("bytes=" + bytes.length + " ms=" + (System.nanoTime() - t) / 1_000_000 + " " + out);
    }
}
