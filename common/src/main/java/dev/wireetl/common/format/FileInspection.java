package dev.wireetl.common.format;

import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.Story;

/**
 * The per-file report of an {@code inspect} command: what {@link WireFileParser} made of one file, field by
 * field, for a user whose new feed looks wrong. Plain text, one {@code key: value} line per field:
 * <pre>
 * file: in/story.txt
 * format: menafn
 * story 1 of 1
 *   headline: …
 *   source: MENAFN
 *   provider: Kuwait News Agency (KUNA)
 *   byline: -
 *   dateline: KUWAIT, June 3 (KUNA)
 *   published_date: 2025-06-03 (CONTENT)
 *   wire_id: -
 *   flags: NO_WIRE_ID, END_MARKER_STRIPPED
 *   paragraphs: 3
 *   body: first {@value #BODY_PREVIEW_CHARS} characters, line breaks shown as ⏎
 * reject: NO_BODY header parsed (…) but the article has no text
 * </pre>
 * Missing values print as {@code -}. A multi-story file (Reuters SGML) lists its first
 * {@value #MAX_STORIES} stories and says how many more there are; every reject is listed.
 */
public final class FileInspection {
    /** Characters of the body shown. */
    public static final int BODY_PREVIEW_CHARS = 200;
    /** Stories listed per file; the rest are counted. */
    public static final int MAX_STORIES = 5;

    private FileInspection() {
    }

    /** Parses {@code file} and returns its report, ending with a newline. */
    public static String inspect(RawFile file, ParserSettings settings) {
        return report(file.path(), new WireFileParser(settings).parse(file));
    }

    /** The report for a parse result already at hand. */
    public static String report(String path, ParseResult result) {
        StringBuilder out = new StringBuilder();
        line(out, "", "file", path);
        line(out, "", "format", result.format());
        int n = result.stories().size();
        for (int i = 0; i < Math.min(n, MAX_STORIES); i++) {
            Story s = result.stories().get(i);
            out.append("story ").append(i + 1).append(" of ").append(n)
                    .append(s.storyRef() == null ? "" : " (" + s.storyRef() + ")").append('\n');
            line(out, "  ", "headline", s.headline());
            line(out, "  ", "source", s.source());
            line(out, "  ", "provider", s.provider());
            line(out, "  ", "byline", s.byline());
            line(out, "  ", "dateline", s.dateline());
            line(out, "  ", "published_date", s.publishedDate() + " (" + s.dateSource() + ")");
            line(out, "  ", "wire_id", s.wireId());
            line(out, "  ", "flags", s.flags().isEmpty() ? null : String.join(", ", s.flags()));
            line(out, "  ", "paragraphs", Integer.toString(s.paragraphCount()));
            line(out, "  ", "body", preview(s.body()));
        }
        if (n > MAX_STORIES) {
            out.append("… ").append(n - MAX_STORIES).append(" more stories\n");
        }
        for (Reject r : result.rejects()) {
            out.append("reject: ").append(r.reason()).append(' ')
                    .append(r.storyRef() == null ? "" : "(" + r.storyRef() + ") ").append(r.message()).append('\n');
        }
        return out.toString();
    }

    /** The body's first {@value #BODY_PREVIEW_CHARS} characters on one line, an ellipsis when cut. */
    static String preview(String body) {
        String head = body.length() > BODY_PREVIEW_CHARS ? body.substring(0, BODY_PREVIEW_CHARS) + "…" : body;
        return head.replace("\n", "⏎");
    }

    private static void line(StringBuilder out, String indent, String key, String value) {
        out.append(indent).append(key).append(": ").append(value == null || value.isEmpty() ? "-" : value).append('\n');
    }
}
