package dev.wireetl.common.format;

import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;
import dev.wireetl.common.model.Story;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference wire format (MENAFN), as feeds deliver it:
 * <pre>
 *  date 2025-01-07 [Title line] [page furniture lines] (MENAFN- Trend News Agency) [glued byline/tags]
 * [DATELINE -] First paragraph…
 *
 * Second paragraph…
 *
 * MENAFN07012025000045015687ID1109062432
 * [Legal Disclaimer: …]
 * </pre>
 * The file is read in parts, each by a named rule:
 * <ol>
 *   <li><b>Header date</b>: {@code date YYYY-MM-DD} opens the file; it is the publication date. Missing →
 *       {@code NO_DATE}, not a real day → {@code BAD_DATE}. These, and a file without body text
 *       ({@code NO_BODY}), are the only rejects.</li>
 *   <li><b>Trailer</b>: the last line made of an id ({@code MENAFN} + DDMMYYYY + 12-digit provider code +
 *       {@code ID} + article number). A complete id with a plausible (≥ {@value #MIN_ARTICLE_NUMBER_DIGITS}
 *       digit) article number is the wire id; a shorter one is {@link Story#FLAG_TRUNCATED_WIRE_ID} (its
 *       date and provider code are still read when complete); none → {@link Story#FLAG_NO_WIRE_ID}.
 *       Text after it is dropped: {@link Story#FLAG_DISCLAIMER_STRIPPED} or {@link Story#FLAG_TRAILER_STRIPPED}.</li>
 *   <li><b>Credit</b>: {@code (MENAFN)}, {@code (MENAFN- Provider)} with any spacing and one level of
 *       nested parentheses in the provider, within the first {@value #HEAD_LINES} lines; one that lost its
 *       opening parenthesis is read and flagged {@link Story#FLAG_CREDIT_REPAIRED}; none →
 *       {@link Story#FLAG_NO_CREDIT}.</li>
 *   <li><b>Headline and furniture</b>: before the credit, the first line that is not page furniture
 *       ({@link #isFurniture}) is the headline; furniture and further title lines are dropped
 *       ({@link Story#FLAG_HEADER_FURNITURE}). Without a credit, a first line that does not end a sentence
 *       and is followed by a new (not continuing) line is the headline.</li>
 *   <li><b>Glued text after the credit</b>: hashtags, the provider's name repeated before a dateline or line
 *       end (both furniture), and a byline ({@code Name | Provider}, {@code Name Read more}) → {@code byline}.</li>
 *   <li><b>Body</b>: {@link BodyCleaner} (boilerplate, wraps, end markers, dateline).</li>
 * </ol>
 * An id-line date that disagrees with the header is flagged {@link Story#FLAG_DATE_MISMATCH}, not rejected.
 */
public final class MenafnParser {
    public static final String FORMAT = "menafn";
    /** MENAFN article numbers have ten digits; fewer means the id line was cut. */
    static final int MIN_ARTICLE_NUMBER_DIGITS = 10;
    /** How far into the file the credit is looked for. */
    static final int HEAD_LINES = 12;
    /** Longest line still taken for a title. */
    static final int MAX_TITLE_CHARS = 300;

    private static final Pattern DATE_ONLY = Pattern.compile("^[ \\t]*date[ \\t]+(\\S+)");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** Bounded: a provider name is short, and an unbounded repetition would recurse once per character. */
    private static final String PROVIDER = "(?<provider>(?:[^()\\n]|\\([^()\\n]{0,40}\\)){0,120}?)";
    private static final Pattern CREDIT = Pattern.compile(
            "\\([ \\t]*MENAFN[ \\t]*(?:[-–][ \\t]*" + PROVIDER + ")?[ \\t]*\\)");
    private static final Pattern LOST_PAREN_CREDIT = Pattern.compile(
            "(?<!\\([ \\t]{0,3})(?<![\\p{L}\\p{N}])MENAFN[ \\t]*[-–][ \\t]*"
                    + "(?<provider>[^()\\n]{1,80}?(?:\\([^()\\n]*\\))?)[ \\t]*\\)");
    private static final Pattern ID_LINE = Pattern.compile("(?m)^[ \\t]*(MENAFN\\d{6,}(?:ID\\d*)?)[ \\t]*$");
    private static final Pattern FULL_ID_LINE = Pattern.compile("(?m)^[ \\t]*MENAFN\\d{20}ID\\d+[ \\t]*$");
    private static final Pattern WIRE_ID = Pattern.compile(
            "MENAFN(\\d{2})(\\d{2})(\\d{4})(\\d{12})ID(\\d{" + MIN_ARTICLE_NUMBER_DIGITS + ",})");
    private static final Pattern ID_PREFIX = Pattern.compile("MENAFN(\\d{2})(\\d{2})(\\d{4})(\\d{12})?");
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,4}";
    private static final Pattern PIPE_BYLINE = Pattern.compile("^(?<name>" + NAME + ")[ \\t]*\\|[ \\t]*");
    private static final Pattern READ_MORE_BYLINE = Pattern.compile(
            "^(?<name>" + NAME + ")[ \\t]+Read more\\b[ \\t]*[:.]?[ \\t]*");
    /** Hashtags, the words of the tag, and the agency code that closes it ({@code #Qatar National Day QNA}). */
    private static final Pattern TAGS_WITH_CODE = Pattern.compile(
            "^#[\\p{L}\\p{N}_]+(?:[ \\t]+#?[\\p{Lu}\\p{N}][\\p{L}\\p{N}_]*){0,6}?[ \\t]+\\p{Lu}{2,6}(?=[ \\t]+\\S)");
    private static final Pattern TAGS = Pattern.compile("^(?:#[\\p{L}\\p{N}_]+[ \\t]*)+");
    private static final Pattern MENU_SEPARATOR = Pattern.compile("[ \\t]{2,}|\\t|[ \\t]*[|•·][ \\t]*");
    private static final Pattern DATE_TIME_TOKEN_SPLIT = Pattern.compile("[\\s,./:+()\\-]+");
    private static final Set<String> DATE_WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "wed", "thu", "fri", "sat", "sun", "am", "pm", "a", "m", "p", "gmt", "utc", "z");

    private MenafnParser() {
    }

    /** True when the text carries the reference format's header line, its credit, or an id line. */
    public static boolean looksLike(String text) {
        String head = text.length() > 512 ? text.substring(0, 512) : text;
        return DATE_ONLY.matcher(head.stripLeading()).find()
                || head.contains("(MENAFN")
                || LOST_PAREN_CREDIT.matcher(head).find()
                || FULL_ID_LINE.matcher(text).find();
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
        Matcher dateLine = DATE_ONLY.matcher(trimmed);
        if (!dateLine.lookingAt()) {
            return reject(RejectReason.NO_DATE, "first line does not start with ' date YYYY-MM-DD (CREDIT)': '"
                    + firstLine(trimmed) + "'");
        }
        LocalDate published = parseIsoDate(dateLine.group(1));
        if (published == null) {
            return reject(RejectReason.BAD_DATE, "header date '" + dateLine.group(1)
                    + "' is not a real calendar date (expected YYYY-MM-DD)");
        }
        Story.Builder story = Story.builder(FORMAT).charset(decoded.charset()).publishedDate(published);
        String rest = cutTrailer(trimmed.substring(dateLine.end()), story, published);
        Header header = new Header(story);
        String body = readHeader(rest, header, published);
        BodyCleaner.Cleaned cleaned = BodyCleaner.clean(body, published,
                BodyCleaner.DatelineForms.DASHED_OR_COLON, agencies(header.provider));
        if (cleaned.paragraphs().isEmpty()) {
            return reject(RejectReason.NO_BODY, "header parsed (date " + published + ") but the article has no text");
        }
        cleaned.flags().forEach(story::flag);
        if (cleaned.dateline() != null) {
            story.dateline(cleaned.dateline().text());
        }
        story.paragraphs(cleaned.paragraphs());
        return ParseResult.of(FORMAT, story.build());
    }

    /** Reads the id line (the last one) and drops it and everything after it; returns the text before it. */
    private static String cutTrailer(String rest, Story.Builder story, LocalDate published) {
        Matcher m = ID_LINE.matcher(rest);
        int start = -1;
        int end = -1;
        String id = null;
        while (m.find()) {
            start = m.start();
            end = m.end();
            id = m.group(1);
        }
        if (id == null) {
            story.flag(Story.FLAG_NO_WIRE_ID);
            return rest;
        }
        applyIdLine(story, id, published);
        String trailer = rest.substring(end).strip();
        if (!trailer.isEmpty()) {
            story.flag(BodyCleaner.isDisclaimer(trailer) ? Story.FLAG_DISCLAIMER_STRIPPED
                    : Story.FLAG_TRAILER_STRIPPED);
        }
        return rest.substring(0, start);
    }

    private static void applyIdLine(Story.Builder story, String id, LocalDate published) {
        LocalDate wireDate;
        Matcher full = WIRE_ID.matcher(id);
        if (full.matches()) {
            story.wireId(id).providerCode(full.group(4)).articleNumber(full.group(5));
            wireDate = date(full.group(3), full.group(2), full.group(1));
        } else {
            story.flag(Story.FLAG_TRUNCATED_WIRE_ID);
            Matcher prefix = ID_PREFIX.matcher(id);
            if (!prefix.lookingAt()) {
                return;
            }
            if (prefix.group(4) != null) {
                story.providerCode(prefix.group(4));
            }
            wireDate = date(prefix.group(3), prefix.group(2), prefix.group(1));
            if (wireDate == null) {
                return;
            }
        }
        story.wireDate(wireDate);
        if (wireDate == null || !wireDate.equals(published)) {
            story.flag(Story.FLAG_DATE_MISMATCH);
        }
    }

    /** Credit, headline, furniture and glued byline; returns the body text that follows them. */
    private static String readHeader(String rest, Header header, LocalDate published) {
        Story.Builder story = header.story;
        Matcher credit = findCredit(rest);
        String body;
        if (credit != null) {
            story.source("MENAFN");
            String provider = credit.group("provider");
            if (provider != null && !provider.isBlank()) {
                header.provider = provider.strip();
                story.provider(header.provider);
            }
            if (credit.pattern() == LOST_PAREN_CREDIT) {
                story.flag(Story.FLAG_CREDIT_REPAIRED);
            }
            for (String line : rest.substring(0, credit.start()).split("\n")) {
                takeTitleOrFurniture(line.strip(), header);
            }
            body = rest.substring(credit.end());
        } else {
            story.flag(Story.FLAG_NO_CREDIT);
            body = headlineWithoutCredit(rest, header);
        }
        return stripGlued(body, header, published);
    }

    /** The header credit: the first one within {@value #HEAD_LINES} lines, with only title-sized lines before it. */
    private static Matcher findCredit(String rest) {
        int windowEnd = 0;
        for (int lines = 0; lines < HEAD_LINES && windowEnd < rest.length(); lines++) {
            int nl = rest.indexOf('\n', windowEnd);
            windowEnd = nl < 0 ? rest.length() : nl + 1;
        }
        String window = rest.substring(0, windowEnd);
        Matcher best = null;
        for (Pattern p : List.of(CREDIT, LOST_PAREN_CREDIT)) {
            Matcher m = p.matcher(window);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        if (best == null) {
            return null;
        }
        for (String line : window.substring(0, best.start()).split("\n")) {
            if (line.strip().length() > MAX_TITLE_CHARS) {
                return null; // the parentheses sit inside story text, not in a header
            }
        }
        return best;
    }

    private static void takeTitleOrFurniture(String line, Header header) {
        if (line.isEmpty()) {
            return;
        }
        if (!header.hasHeadline && !isFurniture(line)) {
            header.headline(line);
        } else {
            header.story.flag(Story.FLAG_HEADER_FURNITURE);
        }
    }

    /**
     * Without a credit: leading furniture is skipped; the first real line is the headline when it is
     * title-sized, does not end a sentence, starts no dateline and is followed by a line that starts anew.
     */
    private static String headlineWithoutCredit(String rest, Header header) {
        Story.Builder story = header.story;
        List<String> lines = List.of(rest.split("\n", -1));
        int offset = 0;
        boolean titleTaken = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int next = offset + lines.get(i).length() + 1;
            if (line.isEmpty()) {
                offset = next;
                continue;
            }
            if (isFurniture(line)) {
                story.flag(Story.FLAG_HEADER_FURNITURE);
                offset = next;
                continue;
            }
            if (titleTaken || !isTitle(line, nextContentLine(lines, i))) {
                return rest.substring(Math.min(offset, rest.length()));
            }
            header.headline(line);
            titleTaken = true;
            offset = next;
        }
        return "";
    }

    private static boolean isTitle(String line, String next) {
        return next != null && line.length() <= MAX_TITLE_CHARS && !BodyCleaner.endsSentence(line)
                && !Character.isLowerCase(next.charAt(0)) && BodyCleaner.datelineAt(line, null, BodyCleaner.DatelineForms.DASHED_OR_COLON) == null;
    }

    private static String nextContentLine(List<String> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            String l = lines.get(k).strip();
            if (!l.isEmpty() && !isFurniture(l)) {
                return l;
            }
        }
        return null;
    }

    /** Hashtags, a repeated provider name, bylines and furniture lines right after the credit. */
    private static String stripGlued(String body, Header header, LocalDate published) {
        Story.Builder story = header.story;
        String provider = header.provider;
        String s = body.stripLeading();
        for (int round = 0; round < 6; round++) {
            int nl = s.indexOf('\n');
            String first = (nl < 0 ? s : s.substring(0, nl)).strip();
            String next = null;
            if (!first.isEmpty() && nl >= 0 && isFurniture(first)) {
                next = s.substring(nl + 1);
            } else if (s.startsWith("#")) {
                Matcher tagsWithCode = TAGS_WITH_CODE.matcher(first);
                Matcher tags = TAGS.matcher(first);
                if (tagsWithCode.lookingAt()) {
                    next = s.substring(tagsWithCode.end());
                } else if (nl >= 0 && first.length() <= 150 && !BodyCleaner.endsSentence(first)) {
                    next = s.substring(nl + 1); // a line of tags
                } else if (tags.lookingAt()) {
                    next = s.substring(tags.end());
                }
            } else {
                String afterProvider = afterRepeatedProvider(s, provider, published);
                if (afterProvider != null) {
                    next = afterProvider;
                } else {
                    next = afterByline(s, provider, story);
                    if (next != null) {
                        s = next.stripLeading();
                        continue;
                    }
                }
            }
            if (next == null) {
                break;
            }
            story.flag(Story.FLAG_HEADER_FURNITURE);
            s = next.stripLeading();
        }
        return s;
    }

    /** Text after the provider's name when the body repeats it before a line end or a dateline, else null. */
    private static String afterRepeatedProvider(String s, String provider, LocalDate published) {
        for (String name : agencies(provider)) {
            if (s.length() > name.length() && s.regionMatches(true, 0, name, 0, name.length())) {
                String after = s.substring(name.length());
                String lineRest = after.contains("\n") ? after.substring(0, after.indexOf('\n')) : after;
                if (lineRest.isBlank() || Character.isWhitespace(after.charAt(0))
                        && BodyCleaner.datelineAt(after.stripLeading(), published,
                        BodyCleaner.DatelineForms.DASHED_OR_COLON) != null) {
                    return after;
                }
            }
        }
        return null;
    }

    /** Text after a byline ({@code Name | Provider}, {@code Name Read more}), recording it; else null. */
    private static String afterByline(String s, String provider, Story.Builder story) {
        Matcher readMore = READ_MORE_BYLINE.matcher(s);
        if (readMore.lookingAt()) {
            story.byline(readMore.group("name").strip());
            return s.substring(readMore.end());
        }
        Matcher pipe = PIPE_BYLINE.matcher(s);
        if (!pipe.lookingAt()) {
            return null;
        }
        String after = s.substring(pipe.end());
        for (String name : agencies(provider)) {
            if (after.regionMatches(true, 0, name, 0, name.length())) {
                story.byline(pipe.group("name").strip());
                return after.substring(name.length());
            }
        }
        int nl = after.indexOf('\n');
        if (nl > 0 && nl <= 60) {
            story.byline(pipe.group("name").strip());
            return after.substring(nl + 1);
        }
        return null;
    }

    /** What the header parts found so far; the builder has no getters. */
    private static final class Header {
        final Story.Builder story;
        String provider;
        boolean hasHeadline;

        Header(Story.Builder story) {
            this.story = story;
        }

        void headline(String line) {
            story.headline(line);
            hasHeadline = true;
        }
    }

    /** The provider's name and, when it carries one, its short form: {@code Kuwait News Agency (KUNA)} → both. */
    private static List<String> agencies(String provider) {
        List<String> names = new ArrayList<>();
        if (provider == null) {
            return names;
        }
        names.add(provider);
        int open = provider.lastIndexOf('(');
        if (open > 0 && provider.endsWith(")")) {
            names.add(provider.substring(0, open).strip());
            names.add(provider.substring(open + 1, provider.length() - 1).strip());
        }
        return names;
    }

    /**
     * Page furniture, not title or story: a line of only date and time tokens (timestamps, stale template
     * dates, a bare status code such as {@code 403}); a single word ({@code Date}); or a site menu — three or
     * more short segments separated by runs of spaces, tabs, bars or bullets.
     */
    static boolean isFurniture(String line) {
        return isDateTimeOnly(line) || line.matches("\\p{L}{1,20}:?") || isMenu(line);
    }

    private static boolean isDateTimeOnly(String line) {
        boolean digit = false;
        for (String token : DATE_TIME_TOKEN_SPLIT.split(line)) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.matches("\\d+(?:[TZ]\\d*)*")) {
                digit = true;
            } else if (!DATE_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return digit;
    }

    private static boolean isMenu(String line) {
        String[] segments = MENU_SEPARATOR.split(line);
        if (segments.length < 3) {
            return false;
        }
        for (String seg : segments) {
            String t = seg.strip();
            if (t.isEmpty() || t.length() > 25 || t.split(" ").length > 3 || BodyCleaner.endsSentence(t)) {
                return false;
            }
        }
        return true;
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
