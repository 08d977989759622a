package dev.wireetl.common.figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the documents a gold file names, for {@link FigureEvaluation} only: BBC text files (headline,
 * blank line, body; no date), Reuters SGML stories ({@code reut2-000.sgm#NEWID=5}) and MENAFN wire files.
 * A stand-in for the project's format parsers, to be swapped for them.
 */
final class FigureEvalCorpus {
    private static final DateTimeFormatter REUTERS_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("d-MMM-yyyy").toFormatter(Locale.ROOT);
    private static final String MENAFN_MARK = "(MENAFN)";

    /** A document body and its publication date (null when the file carries none). */
    record Document(String body, LocalDate date) {
    }

    private final Path root;
    private final Map<Path, String> files = new HashMap<>();

    FigureEvalCorpus(Path root) {
        this.root = root;
    }

    Document load(String name) throws IOException {
        int hash = name.indexOf("#NEWID=");
        if (hash >= 0) {
            return reuters(read(name.substring(0, hash), StandardCharsets.ISO_8859_1), name.substring(hash + 7), name);
        }
        String text = read(name, StandardCharsets.UTF_8);
        int mark = text.indexOf(MENAFN_MARK);
        if (mark >= 0) {
            return menafn(text, mark);
        }
        int blank = text.indexOf("\n\n");
        return new Document(blank < 0 ? text.strip() : text.substring(blank + 2).strip(), null);
    }

    private String read(String relative, java.nio.charset.Charset charset) throws IOException {
        Path path = root.resolve(relative);
        String cached = files.get(path);
        if (cached == null) {
            if (!Files.isRegularFile(path)) {
                throw new IOException("no such corpus file: " + path);
            }
            cached = Files.readString(path, charset);
            files.put(path, cached);
        }
        return cached;
    }

    private static Document reuters(String sgml, String newId, String name) throws IOException {
        int at = sgml.indexOf("NEWID=\"" + newId + "\"");
        if (at < 0) {
            throw new IOException("no story " + name);
        }
        int storyEnd = sgml.indexOf("</REUTERS>", at);
        String story = sgml.substring(at, storyEnd < 0 ? sgml.length() : storyEnd);
        String date = between(story, "<DATE>", "</DATE>");
        String body = between(story, "<BODY>", "</BODY>");
        if (body == null) {
            throw new IOException("story without BODY: " + name);
        }
        body = decodeEntities(body).strip();
        int signOff = Math.max(body.lastIndexOf("\nReuter"), body.lastIndexOf("\nREUTER"));
        if (signOff >= 0 && body.substring(signOff).strip().length() <= "REUTER".length()) {
            body = body.substring(0, signOff).strip();
        }
        LocalDate published = date == null ? null : LocalDate.parse(date.strip().split(" ")[0], REUTERS_DATE);
        return new Document(body, published);
    }

    private static String between(String s, String open, String close) {
        int a = s.indexOf(open);
        int b = a < 0 ? -1 : s.indexOf(close, a);
        return a < 0 || b < 0 ? null : s.substring(a + open.length(), b);
    }

    /** Decodes the SGML entities of the collection and drops control-character references such as {@code &#2;}. */
    private static String decodeEntities(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 8) {
                String entity = s.substring(i + 1, semi);
                switch (entity) {
                    case "lt" -> out.append('<');
                    case "gt" -> out.append('>');
                    case "amp" -> out.append('&');
                    case "quot" -> out.append('"');
                    case "apos" -> out.append('\'');
                    default -> {
                        if (entity.startsWith("#")) {
                            int code = Integer.parseInt(entity.substring(1));
                            if (code >= 32) {
                                out.append((char) code);
                            }
                        } else {
                            out.append(s, i, semi + 1);
                        }
                    }
                }
                i = semi + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** MENAFN: body after {@code date YYYY-MM-DD (MENAFN)}, up to the trailing wire id; paragraphs joined by a blank line. */
    private static Document menafn(String text, int mark) {
        String head = text.substring(0, mark);
        int dateAt = head.lastIndexOf("date ");
        LocalDate date = dateAt < 0 ? null : LocalDate.parse(head.substring(dateAt + 5).strip());
        String rest = text.substring(mark + MENAFN_MARK.length());
        int idLine = rest.lastIndexOf("\nMENAFN");
        if (idLine >= 0) {
            rest = rest.substring(0, idLine);
        }
        StringBuilder body = new StringBuilder();
        for (String paragraph : rest.strip().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                if (body.length() > 0) {
                    body.append("\n\n");
                }
                body.append(paragraph.strip());
            }
        }
        return new Document(body.toString(), date);
    }
}
