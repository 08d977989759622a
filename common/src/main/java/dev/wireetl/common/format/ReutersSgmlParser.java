package dev.wireetl.common.format;

import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;
import dev.wireetl.common.model.Story;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reuters-21578 SGML: one file holds many {@code <REUTERS … NEWID="n">…</REUTERS>} stories, each
 * becoming one {@link Story} (or one per-story {@link Reject} with {@code storyRef = "NEWID=n"}).
 *
 * <p>A hand-written scanner over the decoded string (no DOM, no per-line regex): it finds each story's
 * bounds, then the {@code DATE}, {@code TOPICS}/{@code PLACES}/{@code PEOPLE}/{@code ORGS}/{@code EXCHANGES}
 * lists and the {@code TEXT} parts ({@code TITLE}, {@code AUTHOR}, {@code DATELINE}, {@code BODY}) inside it.
 *
 * <ul>
 *   <li>{@code DATE} ({@code 26-FEB-1987 15:01:01.79}, trailing junk such as {@code &#5;&#5;&#5;RM}
 *       ignored) is read as UTC: {@code publishedTs} is the instant, {@code publishedDate} its date. A
 *       real day with an impossible time keeps the date and gets {@link Story#FLAG_BAD_TIME}. Missing →
 *       NO_DATE, not a real day → BAD_DATE, both per story.</li>
 *   <li>The body is hard-wrapped at ~70 columns and paragraphs start with an indent: an indented or
 *       blank line starts a new paragraph and wrapped lines are joined with one space. The closing
 *       {@code Reuter}/{@code REUTER}/{@code Reuter...} sign-off line is dropped.</li>
 *   <li>Stories without {@code BODY} ({@code TYPE="BRIEF"}, {@code TYPE="UNPROC"}) are kept with zero
 *       paragraphs and {@link Story#FLAG_EMPTY_BODY}.</li>
 *   <li>Entities: {@code &lt; &gt; &amp; &quot; &apos;} and printable numeric references are decoded;
 *       control-character references ({@code &#2; &#3; &#5; &#22; &#31; &#127;} …) are removed; an
 *       unknown entity is kept as written. None of them is ever fatal.</li>
 * </ul>
 */
public final class ReutersSgmlParser {
    public static final String FORMAT = "reuters_sgml";
    public static final String SOURCE = "Reuters";

    private static final String OPEN = "<REUTERS";
    private static final String CLOSE = "</REUTERS>";
    /** Longest entity considered, {@code &} to {@code ;} inclusive ({@code &#x10FFFF;}). */
    private static final int MAX_ENTITY_LENGTH = 10;
    /** How far into a file the first {@code <REUTERS} may start (after a DOCTYPE line) for detection. */
    private static final int DETECT_WINDOW = 1024;

    private static final Tag DATE_TAG = new Tag("DATE");
    private static final Tag TOPICS = new Tag("TOPICS");
    private static final Tag PLACES = new Tag("PLACES");
    private static final Tag PEOPLE = new Tag("PEOPLE");
    private static final Tag ORGS = new Tag("ORGS");
    private static final Tag EXCHANGES = new Tag("EXCHANGES");
    private static final Tag D = new Tag("D");
    private static final Tag TEXT = new Tag("TEXT");
    private static final Tag TITLE = new Tag("TITLE");
    private static final Tag AUTHOR = new Tag("AUTHOR");
    private static final Tag DATELINE = new Tag("DATELINE");
    private static final Tag BODY = new Tag("BODY");

    private static final Pattern NEW_ID = Pattern.compile("\\bNEWID\\s*=\\s*\"?(\\d+)");
    private static final Pattern DATE = Pattern.compile(
            "\\s*(\\d{1,2})-([A-Za-z]{3})-(\\d{4})\\s+(\\d{1,3}):(\\d{1,2}):(\\d{1,2})(?:\\.(\\d{1,3}))?");
    /** A whole last line that is only the sign-off. */
    private static final Pattern SIGN_OFF_LINE = Pattern.compile("(?i)reuters?(?:\\.{2,})?");
    /** A sign-off appended to the last sentence ({@code … a year ago. REUTER}). */
    private static final Pattern TRAILING_SIGN_OFF = Pattern.compile("(?i)(?<=[.!?\"')])\\s+reuters?(?:\\.{2,})?\\s*$");

    private ReutersSgmlParser() {
    }

    /** True when a {@code <REUTERS} start tag appears within the first {@value #DETECT_WINDOW} characters. */
    public static boolean looksLike(String text) {
        int open = findOpenTag(text.length() > DETECT_WINDOW + OPEN.length() + 1
                ? text.substring(0, DETECT_WINDOW + OPEN.length() + 1) : text, 0);
        return open >= 0 && open < DETECT_WINDOW;
    }

    public static ParseResult parse(DecodedText decoded) {
        String text = decoded.text();
        List<Story> stories = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        int pos = 0;
        int index = 0;
        while (true) {
            int open = findOpenTag(text, pos);
            if (open < 0) {
                break;
            }
            index++;
            int tagEnd = text.indexOf('>', open);
            if (tagEnd < 0) {
                rejects.add(new Reject(RejectReason.MALFORMED, "<REUTERS start tag at offset " + open
                        + " is not closed with '>'", "story#" + index));
                break;
            }
            Matcher id = NEW_ID.matcher(text.substring(open + OPEN.length(), tagEnd));
            String newId = id.find() ? id.group(1) : null;
            String ref = newId != null ? "NEWID=" + newId : "story#" + index;
            int next = findOpenTag(text, tagEnd);
            int close = TextScan.indexOf(text, CLOSE, tagEnd, next < 0 ? text.length() : next);
            if (close < 0 || next >= 0 && next < close) {
                rejects.add(new Reject(RejectReason.MALFORMED, "<REUTERS> at offset " + open + " has no </REUTERS> before "
                        + (next < 0 ? "the end of the file" : "the next story at offset " + next), ref));
                pos = next < 0 ? text.length() : next;
                continue;
            }
            pos = close + CLOSE.length();
            if (newId == null) {
                rejects.add(new Reject(RejectReason.MALFORMED, "<REUTERS> at offset " + open
                        + " has no NEWID attribute: the story has no article number", ref));
                continue;
            }
            parseStory(text, tagEnd + 1, close, newId, decoded.charset(), stories, rejects);
        }
        if (index == 0) {
            return ParseResult.rejected(FORMAT, Reject.of(RejectReason.MALFORMED, "no <REUTERS> story in the file"));
        }
        return new ParseResult(FORMAT, stories, rejects);
    }

    private static void parseStory(String text, int from, int to, String newId, String charset,
                                   List<Story> stories, List<Reject> rejects) {
        String ref = "NEWID=" + newId;
        Span dateSpan = DATE_TAG.find(text, from, to);
        String rawDate = dateSpan == null ? "" : text.substring(dateSpan.start, dateSpan.end);
        if (rawDate.isBlank()) {
            rejects.add(new Reject(RejectReason.NO_DATE, "story has no <DATE> value", ref));
            return;
        }
        Matcher m = DATE.matcher(rawDate);
        int month = m.lookingAt() ? month(m.group(2)) : 0;
        LocalDate date = month == 0 ? null : date(m.group(3), month, m.group(1));
        if (date == null) {
            rejects.add(new Reject(RejectReason.BAD_DATE, "DATE '" + decode(rawDate, 0, rawDate.length()).strip()
                    + "' is not a real DD-MON-YYYY HH:MM:SS.cc date", ref));
            return;
        }
        Story.Builder story = Story.builder(FORMAT)
                .charset(charset)
                .storyRef(ref)
                .source(SOURCE)
                .articleNumber(newId)
                .publishedDate(date);
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = Integer.parseInt(m.group(6));
        if (hour > 23 || minute > 59 || second > 59) {
            story.flag(Story.FLAG_BAD_TIME);
        } else {
            int nanos = m.group(7) == null ? 0 : fractionNanos(m.group(7));
            story.publishedTs(LocalDateTime.of(date.getYear(), date.getMonth(), date.getDayOfMonth(),
                    hour, minute, second, nanos).toInstant(ZoneOffset.UTC));
        }
        story.topics(codes(text, TOPICS, from, to))
                .places(codes(text, PLACES, from, to))
                .people(codes(text, PEOPLE, from, to))
                .orgs(codes(text, ORGS, from, to))
                .exchanges(codes(text, EXCHANGES, from, to));

        Span textSpan = TEXT.find(text, from, to);
        List<String> paragraphs = List.of();
        if (textSpan != null) {
            story.headline(inline(text, TITLE.find(text, textSpan.start, textSpan.end)));
            story.byline(inline(text, AUTHOR.find(text, textSpan.start, textSpan.end)));
            story.dateline(dateline(inline(text, DATELINE.find(text, textSpan.start, textSpan.end))));
            Span body = BODY.find(text, textSpan.start, textSpan.end);
            if (body != null) {
                paragraphs = paragraphs(decode(text, body.start, body.end));
            }
        }
        if (paragraphs.isEmpty()) {
            story.flag(Story.FLAG_EMPTY_BODY);
        } else {
            story.paragraphs(paragraphs);
        }
        stories.add(story.build());
    }

    /** Offset of the next {@code <REUTERS} start tag at or after {@code from}, or -1. */
    private static int findOpenTag(String text, int from) {
        int at = text.indexOf(OPEN, from);
        while (at >= 0) {
            int after = at + OPEN.length();
            if (after < text.length() && (text.charAt(after) == '>' || Character.isWhitespace(text.charAt(after)))) {
                return at;
            }
            at = text.indexOf(OPEN, after);
        }
        return -1;
    }

    /** The {@code <D>} values of a list element such as {@code <TOPICS><D>cocoa</D></TOPICS>}. */
    private static List<String> codes(String text, Tag element, int from, int to) {
        Span list = element.find(text, from, to);
        if (list == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        int pos = list.start;
        Span d;
        while ((d = D.find(text, pos, list.end)) != null) {
            String value = decode(text, d.start, d.end).strip();
            if (!value.isEmpty()) {
                values.add(value);
            }
            pos = d.end;
        }
        return values;
    }

    /** An element's text on one line (entities decoded, whitespace runs collapsed), or null when empty. */
    private static String inline(String text, Span span) {
        if (span == null) {
            return null;
        }
        String value = TextScan.collapseWhitespace(decode(text, span.start, span.end));
        return value.isEmpty() ? null : value;
    }

    /** {@code SALVADOR, Feb 26 -} without the dash that separates it from the body. */
    private static String dateline(String value) {
        if (value == null) {
            return null;
        }
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == '-' || Character.isWhitespace(value.charAt(end - 1)))) {
            end--;
        }
        return end == 0 ? null : value.substring(0, end);
    }

    /**
     * Paragraphs of a hard-wrapped body: a blank or indented line starts a new paragraph, other lines
     * continue the current one after a single space. The trailing sign-off is dropped.
     */
    static List<String> paragraphs(String body) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start <= body.length()) {
            int nl = body.indexOf('\n', start);
            int end = nl < 0 ? body.length() : nl;
            lines.add(body.substring(start, end));
            start = end + 1;
        }
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        if (last >= 0) {
            String line = lines.get(last);
            if (SIGN_OFF_LINE.matcher(line.strip()).matches()) {
                last--;
            } else {
                Matcher trailing = TRAILING_SIGN_OFF.matcher(line);
                if (trailing.find()) {
                    lines.set(last, line.substring(0, trailing.start()));
                }
            }
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i <= last; i++) {
            String line = lines.get(i);
            if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
                flush(current, paragraphs);
            }
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(stripped);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    /**
     * {@code text[start, end)} with SGML entities decoded: the five XML names and printable numeric
     * references become their character, control-character references are removed, anything else
     * (an unknown name, a lone {@code &}) stays as written.
     */
    static String decode(String text, int start, int end) {
        int amp = TextScan.indexOf(text, "&", start, end);
        if (amp < 0) {
            return text.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start);
        int pos = start;
        while (amp >= 0) {
            out.append(text, pos, amp);
            int semi = TextScan.indexOf(text, ";", amp, Math.min(end, amp + MAX_ENTITY_LENGTH));
            if (semi < 0 || !appendEntity(text, amp + 1, semi, out)) {
                out.append('&');
                pos = amp + 1;
            } else {
                pos = semi + 1;
            }
            amp = TextScan.indexOf(text, "&", pos, end);
        }
        out.append(text, pos, end);
        return out.toString();
    }

    /** Appends the character for entity name {@code text[from, to)}; false when it is not one. */
    private static boolean appendEntity(String text, int from, int to, StringBuilder out) {
        if (from < to && text.charAt(from) == '#') {
            int code = numericReference(text, from + 1, to);
            if (code < 0) {
                return false;
            }
            boolean control = code < 0x20 && code != '\t' && code != '\n' || code >= 0x7F && code <= 0x9F;
            if (!control) {
                out.appendCodePoint(code);
            }
            return true;
        }
        String name = text.substring(from, to);
        switch (name) {
            case "lt" -> out.append('<');
            case "gt" -> out.append('>');
            case "amp" -> out.append('&');
            case "quot" -> out.append('"');
            case "apos" -> out.append('\'');
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The code point of {@code 123} or {@code x7B}, or -1 when not a valid one. */
    private static int numericReference(String text, int from, int to) {
        boolean hex = from < to && (text.charAt(from) == 'x' || text.charAt(from) == 'X');
        int radix = hex ? 16 : 10;
        int pos = hex ? from + 1 : from;
        if (pos >= to) {
            return -1;
        }
        int code = 0;
        for (int i = pos; i < to; i++) {
            int digit = Character.digit(text.charAt(i), radix);
            if (digit < 0) {
                return -1;
            }
            code = code * radix + digit;
        }
        return Character.isValidCodePoint(code) ? code : -1;
    }

    private static int month(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "JAN" -> 1;
            case "FEB" -> 2;
            case "MAR" -> 3;
            case "APR" -> 4;
            case "MAY" -> 5;
            case "JUN" -> 6;
            case "JUL" -> 7;
            case "AUG" -> 8;
            case "SEP" -> 9;
            case "OCT" -> 10;
            case "NOV" -> 11;
            case "DEC" -> 12;
            default -> 0;
        };
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code 79} → 790 ms, {@code 7} → 700 ms (the digits are a decimal fraction of a second). */
    private static int fractionNanos(String digits) {
        int nanos = Integer.parseInt(digits);
        for (int i = digits.length(); i < 9; i++) {
            nanos *= 10;
        }
        return nanos;
    }

    /** The content bounds of one element: between the end of its start tag and its end tag. */
    private record Span(int start, int end) {
    }

    /** An element name with its start-tag prefix and end tag, built once. */
    private record Tag(String open, String close) {
        Tag(String name) {
            this("<" + name, "</" + name + ">");
        }

        /**
         * The first {@code <name…>…</name>} inside {@code text[from, to)}; the start tag may carry
         * attributes ({@code <TEXT TYPE="BRIEF">}). Null when absent or unclosed within the range.
         */
        Span find(String text, int from, int to) {
            int at = TextScan.indexOf(text, open, from, to);
            while (at >= 0) {
                int after = at + open.length();
                if (after < to && (text.charAt(after) == '>' || Character.isWhitespace(text.charAt(after)))) {
                    int tagEnd = TextScan.indexOf(text, ">", after, to);
                    if (tagEnd < 0) {
                        return null;
                    }
                    int close = TextScan.indexOf(text, this.close, tagEnd + 1, to);
                    return close < 0 ? null : new Span(tagEnd + 1, close);
                }
                at = TextScan.indexOf(text, open, after, to);
            }
            return null;
        }
    }
}
