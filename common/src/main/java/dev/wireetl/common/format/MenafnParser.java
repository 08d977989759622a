package dev.wireetl.common.format;

import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;
import dev.wireetl.common.model.Story;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference wire format (MENAFN):
 * <pre>
 *  date 2025-01-07 (MENAFN- Trend News Agency) ABU DHABI - First paragraph…
 * (the provider may itself hold one parenthesis: {@code (MENAFN- Kuwait News Agency (KUNA))})
 *
 * Second paragraph…
 *
 * MENAFN07012025000045015687ID1109062432
 * </pre>
 * The header date is the publication date; the id line encodes wire date (DDMMYYYY), a 12-digit provider
 * code and the article number. A disagreement between the two dates is flagged, not rejected.
 */
public final class MenafnParser {
    public static final String FORMAT = "menafn";

    private static final Pattern HEADER = Pattern.compile(
            "^[ \\t]*date[ \\t]+(\\S+)[ \\t]+\\(([^()\\-\\n]+?)(?:-[ \\t]*((?:[^()\\n]|\\([^()\\n]*\\))*?))?[ \\t]*\\)[ \\t]*");
    private static final Pattern DATE_ONLY = Pattern.compile("^[ \\t]*date[ \\t]+(\\S+)");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WIRE_ID = Pattern.compile("([A-Z]+)(\\d{2})(\\d{2})(\\d{4})(\\d{12})ID(\\d+)");
    /** A trailing id line as the whole last line. */
    private static final Pattern WIRE_ID_LINE = Pattern.compile("(?m)^[ \\t]*(MENAFN\\d{20}ID\\d+)[ \\t]*\\z");
    /**
     * Dateline: upper-case place, optional ", Mon D", optional "(Agency)", then a dash. Requiring capitals
     * and the dash keeps ordinary sentence starts ("U.S. Secretary …") out.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.'’]*(?:[ \\-]\\p{Lu}[\\p{Lu}.'’]*){0,4}"
                    + "(?:,[ \\t]*[A-Z][a-z]{2,8}\\.?[ \\t]+\\d{1,2})?"
                    + "(?:[ \\t]*\\([^()\\n]{1,40}\\))?)[ \\t]+[-–—][ \\t]+");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private MenafnParser() {
    }

    /** True when the text carries the reference format's header line or id line. */
    public static boolean looksLike(String text) {
        String head = text.length() > 512 ? text.substring(0, 512) : text;
        return DATE_ONLY.matcher(head.stripLeading()).find()
                || head.contains("(MENAFN")
                || WIRE_ID_LINE.matcher(text.stripTrailing()).find();
    }

    /** Parses text that is already in memory; the story records {@code UTF-8} as its charset. */
    public static ParseResult parse(String text) {
        return parse(new DecodedText(text, "UTF-8"));
    }

    public static ParseResult parse(DecodedText decoded) {
        String trimmed = decoded.text().strip();
        if (trimmed.isEmpty()) {
            return reject(RejectReason.EMPTY, "file contains only whitespace");
        }
        Matcher header = HEADER.matcher(trimmed);
        if (!header.find()) {
            Matcher dateOnly = DATE_ONLY.matcher(trimmed);
            if (dateOnly.find()) {
                LocalDate date = parseIsoDate(dateOnly.group(1));
                if (date == null) {
                    return reject(RejectReason.BAD_DATE, "header date '" + dateOnly.group(1)
                            + "' is not a real calendar date (expected YYYY-MM-DD)");
                }
                return reject(RejectReason.MALFORMED,
                        "header line has a date but no credit in parentheses, e.g. '(MENAFN)'");
            }
            return reject(RejectReason.NO_DATE, "first line does not start with ' date YYYY-MM-DD (CREDIT)': '"
                    + firstLine(trimmed) + "'");
        }
        String dateText = header.group(1);
        LocalDate published = parseIsoDate(dateText);
        if (published == null) {
            return reject(RejectReason.BAD_DATE,
                    "header date '" + dateText + "' is not a real calendar date (expected YYYY-MM-DD)");
        }
        Story.Builder story = Story.builder(FORMAT)
                .charset(decoded.charset())
                .publishedDate(published)
                .source(header.group(2).strip());
        String provider = header.group(3);
        if (provider != null && !provider.isBlank()) {
            story.provider(provider.strip());
        }

        String rest = trimmed.substring(header.end());
        Matcher idLine = WIRE_ID_LINE.matcher(rest);
        if (idLine.find()) {
            applyWireId(story, idLine.group(1), published);
            rest = rest.substring(0, idLine.start());
        } else {
            story.flag(Story.FLAG_NO_WIRE_ID);
        }

        Matcher dateline = DATELINE.matcher(rest);
        if (dateline.find()) {
            story.dateline(dateline.group(1).strip());
            rest = rest.substring(dateline.end());
        }

        List<String> paragraphs = splitParagraphs(rest);
        if (paragraphs.isEmpty()) {
            return reject(RejectReason.NO_BODY, "header parsed (date " + published + ") but the article has no text");
        }
        story.paragraphs(paragraphs);
        return ParseResult.of(FORMAT, story.build());
    }

    private static void applyWireId(Story.Builder story, String wireId, LocalDate published) {
        Matcher m = WIRE_ID.matcher(wireId);
        if (!m.matches()) {
            return;
        }
        story.wireId(wireId).providerCode(m.group(5)).articleNumber(m.group(6));
        LocalDate wireDate = date(m.group(4), m.group(3), m.group(2));
        story.wireDate(wireDate);
        if (wireDate == null || !wireDate.equals(published)) {
            story.flag(Story.FLAG_DATE_MISMATCH);
        }
    }

    /** Paragraphs split on blank lines, each stripped; empty ones dropped. */
    public static List<String> splitParagraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : PARAGRAPH_BREAK.split(text)) {
            String stripped = p.strip();
            if (!stripped.isEmpty()) {
                paragraphs.add(stripped);
            }
        }
        return paragraphs;
    }

    /** A strict ISO date, or null when the text is not one or names no real day. */
    static LocalDate parseIsoDate(String text) {
        Matcher m = ISO_DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return date(m.group(1), m.group(2), m.group(3));
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }

    private static ParseResult reject(RejectReason reason, String message) {
        return ParseResult.rejected(FORMAT, Reject.of(reason, message));
    }
}
