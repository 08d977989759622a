import dev.wireetl.common.format.ParserSettings;
import dev.wireetl.common.format.RawFile;
import dev.wireetl.common.format.WireFileParser;
import dev.wireetl.common.model.ParseResult;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** A gzip of 64 MiB + 1 bytes of text through WireFileParser at the default input.max-file-bytes: outcome, time, bytes allocated. */
public class GzipBomb {
    public static void main(String[] args) throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 64; i++) {
                gz.write(block);
            }
            gz.write('a');
        }
        byte[] bytes = bomb.toByteArray();
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        WireFileParser parser = new WireFileParser(ParserSettings.defaults());
        for (int i = 0; i < 3; i++) {
            long before = mx.getThreadAllocatedBytes(tid);
            long t = System.nanoTime();
            ParseResult r = parser.parse(new RawFile("bomb.gz", bytes, 0));
            System.out.println("compressed_bytes=" + bytes.length + " ms=" + (System.nanoTime() - t) / 1_000_000
                    + " allocated_bytes=" + (mx.getThreadAllocatedBytes(tid) - before) + " " + r.rejects().get(0).reason()
                    + " " + r.rejects().get(0).message());
        }
    }
}
