package dev.wireetl.common.format;

import dev.wireetl.common.model.Story;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Body cleaning shared by the text parsers: boilerplate removal, paragraphs from wire layouts (blank lines,
 * single newlines, hard wraps) and the dateline at the start of the story. Each rule that changes the text
 * records a {@code Story.FLAG_*} value, so a reader can see what was done to a body.
 *
 * <p>Rules, in the order they run:
 * <ol>
 *   <li><b>Disclaimer</b>: a line starting {@code Legal Disclaimer:} (or {@code Disclaimer:}) and everything
 *       after it is a site trailer → {@link Story#FLAG_DISCLAIMER_STRIPPED}.</li>
 *   <li><b>Link remnants</b>: {@code Read also:}, {@code Also read:}, {@code Read more:}, {@code See also:}
 *       starting a line remove the rest of the line; inside a line they remove the linked title up to its
 *       sentence end → {@link Story#FLAG_LINK_REMNANT_STRIPPED}.</li>
 *   <li><b>Paragraphs</b>: blank lines always separate paragraphs. Inside a block, a line is joined to the
 *       next when it does not end a sentence and the next starts lower-case (a continuation), or when the
 *       body is hard-wrapped (its lines stop at a common width ≤ {@value #MAX_WRAP_WIDTH} columns) and the
 *       line reaches that width, or — when the body also uses blank lines between paragraphs — always.
 *       Any other single newline is a paragraph break when the body has no blank lines (one paragraph a
 *       line), and a line break kept inside the paragraph when it has (lists, addresses). A join →
 *       {@link Story#FLAG_WRAPS_JOINED}.</li>
 *   <li><b>End markers</b>: a closing {@code (end)} with editor initials ({@code (end) aa}) →
 *       {@link Story#FLAG_END_MARKER_STRIPPED}; a closing dash and agency code ({@code – NNN-XINHUA},
 *       {@code -- KUNA} when KUNA is the credit or dateline agency) → {@link Story#FLAG_SIGN_OFF_STRIPPED}.</li>
 *   <li><b>Dateline</b> (when asked): see {@link #dateline}.</li>
 * </ol>
 */
public final class BodyCleaner {
    /** Widest column count still taken for a hard wrap; longer lines are paragraphs written on one line. */
    static final int MAX_WRAP_WIDTH = 100;
    /** Longest paragraph still taken for a dateline standing alone. */
    private static final int MAX_DATELINE_PARAGRAPH_CHARS = 80;
    /** Closing markers removed at most (e.g. a sign-off, then an end marker, then initials on their own line). */
    private static final int MAX_END_MARKER_ROUNDS = 4;
    /** Narrowest width taken for a hard wrap: shorter lines are lists or labels, not wrapped prose. */
    static final int MIN_WRAP_WIDTH = 40;
    /** A wrapped line ends within this many columns of the wrap width (the next word did not fit). */
    private static final int WRAP_SLACK = 20;
    /** Lines that must reach the width before a body counts as hard-wrapped. */
    private static final int MIN_WRAPPED_LINES = 2;

    private static final Pattern DISCLAIMER = Pattern.compile("^(?:Legal[ \\t]+)?Disclaimer[ \\t]*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_REMNANT = Pattern.compile(
            "(?i)(?:^[ \\t]*|(?<=[.!?\"”’)][ \\t]{0,3}))(?:Read also|Also read|Read more|See also)[ \\t]*:");
    private static final Pattern SENTENCE_END_IN_LINE = Pattern.compile("[.!?][\"”’)]*(?=\\s+\\S)");
    /** KUNA-style end marker, with the editors' lower-case initials after it. */
    private static final Pattern END_MARKER = Pattern.compile(
            "\\((?:end|END|End)\\)(?:[\\s.,/]++[a-z]{1,6}+)*+[\\s.]*\\z");
    private static final Pattern END_MARKER_LINE = Pattern.compile("\\((?:end|END|End)\\)");
    /** Closing dash and agency code: a hyphenated code ({@code NNN-XINHUA}) is always an agency. */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?:^|(?<=[\\s.!?\"”]))(?<dash>(?:--|[-–—])\\s*)?(?<code>\\p{Lu}{2,}(?:-\\p{Lu}{2,})*)\\s*\\.?\\z");

    private static final String WORD = "\\p{Lu}[\\p{L}'’.]*(?:-\\p{L}[\\p{L}'’.]*)*";
    private static final String PLACE = WORD + "(?: " + WORD + "){0,3}";
    /**
     * Dateline: place (up to four capitalised words, optionally ", Region"), optional date ("June 3",
     * "Dec. 23", "December 21, 2024"), optional agency in parentheses, then a terminator: a dash
     * ({@code -}, {@code --}, en/em dash; spaces optional after an agency), a colon, a full stop after a date,
     * or just a space after an agency. Which combinations count is decided in {@link #dateline}.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>" + PLACE + "(?:, " + PLACE + ")?)"
                    + "(?:,? (?<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{Ll}{0,6})\\.?"
                    + " (?<day>\\d{1,2})(?:, (?<year>\\d{4}))?)?"
                    + "(?: ?\\((?<agency>[^()\\n]{1,40})\\))?"
                    + "(?<term>[ \\t]*(?:--|[-–—])\\s*|:[ \\t]+|(?<=\\d)\\.\\s+|(?<=\\))\\s+)"
                    + "(?=[\\p{L}\\p{N}\"“‘'(])");
    private static final Map<String, Integer> MONTHS = months();

    private BodyCleaner() {
    }

    /** Which dateline forms a format's bodies use. */
    public enum DatelineForms {
        /** Never split a dateline off. */
        NONE,
        /** Dash, date and agency forms ({@code AMMAN -}, {@code KUWAIT, June 3 (KUNA) --}). */
        DASHED,
        /**
         * Also {@code Place:} ({@code Doha, Qatar:}), which only wires whose house style it is should accept:
         * in other text a label such as {@code Result:} looks the same.
         */
        DASHED_OR_COLON
    }

    /** Cleaned body: paragraphs, the dateline taken off the first one (or null), and the flags raised. */
    public record Cleaned(List<String> paragraphs, Dateline dateline, List<String> flags) {
    }

    /**
     * A dateline split off the body start.
     *
     * @param text  as written without its terminator ({@code KUWAIT, June 3 (KUNA)})
     * @param place the place part ({@code KUWAIT}, {@code Doha, Qatar})
     * @param date  the dateline's date resolved against the publication date, or null when it names none or
     *              there is no publication date to resolve it against
     * @param agency the agency in parentheses ({@code KUNA}), or null
     */
    public record Dateline(String text, String place, LocalDate date, String agency) {
    }

    /**
     * Cleans a body given as text (lines, blank lines).
     *
     * @param published   publication date, used to resolve and check the dateline's date; may be null
     * @param datelines   which dateline forms to split off the first paragraph
     * @param agencies    names the story's credit gives (provider, its short form), also accepted as sign-offs
     */
    public static Cleaned clean(String text, LocalDate published, DatelineForms datelines, List<String> agencies) {
        List<String> flags = new ArrayList<>();
        List<String> lines = stripLineBoilerplate(List.of(text.split("\n", -1)), flags);
        List<String> paragraphs = paragraphs(lines, flags);
        return finish(paragraphs, published, datelines, agencies, flags);
    }

    /**
     * Cleans a body whose paragraphs the format already delimits (NITF {@code <p>}): each paragraph is
     * treated as one line, so only boilerplate, end markers and the dateline apply.
     */
    public static Cleaned cleanParagraphs(List<String> paragraphs, LocalDate published, DatelineForms datelines,
            List<String> agencies) {
        List<String> flags = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String p : stripLineBoilerplate(paragraphs, flags)) {
            if (!p.isBlank()) {
                kept.add(p.strip());
            }
        }
        return finish(kept, published, datelines, agencies, flags);
    }

    private static Cleaned finish(List<String> paragraphs, LocalDate published, DatelineForms datelines,
            List<String> agencies, List<String> flags) {
        Dateline dateline = null;
        if (datelines != DatelineForms.NONE && !paragraphs.isEmpty()) {
            String first = paragraphs.get(0);
            Matcher m = DATELINE.matcher(first);
            dateline = dateline(m, published, datelines);
            if (dateline != null) {
                paragraphs.set(0, first.substring(m.end()));
            } else if (paragraphs.size() > 1 && first.length() <= MAX_DATELINE_PARAGRAPH_CHARS) {
                // a dateline set as a paragraph of its own ("BAKU, Azerbaijan, December 21." then the story)
                String joined = first + "\n" + paragraphs.get(1);
                m = DATELINE.matcher(joined);
                dateline = dateline(m, published, datelines);
                if (dateline != null && m.end() > first.length()) {
                    paragraphs.remove(0);
                    paragraphs.set(0, joined.substring(m.end()));
                } else {
                    dateline = null;
                }
            }
            if (dateline != null && dateline.date() != null && !dateline.date().equals(published)) {
                flags.add(Story.FLAG_DATELINE_DATE_MISMATCH);
            }
        }
        List<String> signOffs = new ArrayList<>(agencies);
        if (dateline != null && dateline.agency() != null) {
            signOffs.add(dateline.agency());
        }
        stripEndMarkers(paragraphs, signOffs, flags);
        return new Cleaned(List.copyOf(paragraphs), dateline, List.copyOf(flags));
    }

    /** Disclaimer trailer and link remnants, line by line. */
    private static List<String> stripLineBoilerplate(List<String> lines, List<String> flags) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (isDisclaimer(line.strip())) {
                addFlag(flags, Story.FLAG_DISCLAIMER_STRIPPED);
                break;
            }
            out.add(stripLinkRemnants(line, flags));
        }
        return out;
    }

    /** True when the text starts a disclaimer block ({@code Legal Disclaimer:}). */
    static boolean isDisclaimer(String text) {
        return DISCLAIMER.matcher(text).lookingAt();
    }

    private static String stripLinkRemnants(String line, List<String> flags) {
        Matcher m = LINK_REMNANT.matcher(line);
        if (!m.find()) {
            return line;
        }
        addFlag(flags, Story.FLAG_LINK_REMNANT_STRIPPED);
        String after = line.substring(m.end());
        Matcher end = SENTENCE_END_IN_LINE.matcher(after);
        String kept = line.substring(0, m.start()).stripTrailing();
        if (end.find()) {
            // the linked title ran into more story text on the same line: keep what follows its sentence end
            String tail = stripLinkRemnants(after.substring(end.end()).stripLeading(), flags);
            return kept.isEmpty() ? tail : kept + " " + tail;
        }
        return kept;
    }

    /** Paragraphs from lines: blank lines separate, wraps are joined (see the class comment). */
    static List<String> paragraphs(List<String> rawLines, List<String> flags) {
        List<String> lines = new ArrayList<>(rawLines.size());
        for (String l : rawLines) {
            lines.add(l.strip());
        }
        int width = wrapWidth(lines);
        boolean blankSeparated = hasBlankSeparator(lines);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean joined = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                flush(current, paragraphs);
                continue;
            }
            if (current.length() > 0) {
                String previous = lines.get(i - 1);
                if (joins(previous, line, width, blankSeparated)) {
                    joined = true;
                    boolean hyphenated = previous.endsWith("-") && previous.length() > 1
                            && Character.isLetter(previous.charAt(previous.length() - 2))
                            && Character.isLowerCase(line.charAt(0));
                    stripTrailing(current);
                    if (!hyphenated) {
                        current.append(' ');
                    }
                    current.append(line);
                    continue;
                }
                if (blankSeparated) {
                    // blank lines separate this body's paragraphs, so a single newline is a line break
                    // inside one (a list, an address) and is kept with the line as written
                    current.append('\n').append(rawLines.get(i));
                    continue;
                }
                flush(current, paragraphs);
            }
            current.append(rawLines.get(i));
        }
        flush(current, paragraphs);
        if (joined) {
            addFlag(flags, Story.FLAG_WRAPS_JOINED);
        }
        return paragraphs;
    }

    private static boolean joins(String previous, String line, int width, boolean blankSeparated) {
        if (END_MARKER_LINE.matcher(previous).matches()) {
            return false; // "(end)" closes the story; the editors' initials follow on their own line
        }
        if (!endsSentence(previous) && continues(line)) {
            return true;
        }
        if (width == 0) {
            return false;
        }
        return blankSeparated || previous.length() >= width - WRAP_SLACK;
    }

    /**
     * The hard-wrap width of the body, or 0 when it is not hard-wrapped: the longest line has
     * {@value #MIN_WRAP_WIDTH} to {@value #MAX_WRAP_WIDTH} columns and at least {@value #MIN_WRAPPED_LINES} lines that are followed by
     * another line in the same block reach within {@value #WRAP_SLACK} columns of the longest line without
     * ending a sentence.
     */
    private static int wrapWidth(List<String> lines) {
        int width = 0;
        for (String l : lines) {
            width = Math.max(width, l.length());
        }
        if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) {
            return 0;
        }
        int wrapped = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String l = lines.get(i);
            if (!lines.get(i + 1).isEmpty() && l.length() >= width - WRAP_SLACK && !endsSentence(l)) {
                wrapped++;
            }
        }
        return wrapped >= MIN_WRAPPED_LINES ? width : 0;
    }

    private static boolean hasBlankSeparator(List<String> lines) {
        boolean seenText = false;
        boolean blankAfterText = false;
        for (String l : lines) {
            if (l.isEmpty()) {
                blankAfterText = seenText;
            } else if (blankAfterText) {
                return true;
            } else {
                seenText = true;
            }
        }
        return false;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString().strip());
            current.setLength(0);
        }
    }

    private static void stripTrailing(StringBuilder current) {
        int end = current.length();
        while (end > 0 && Character.isWhitespace(current.charAt(end - 1))) {
            end--;
        }
        current.setLength(end);
    }

    /** True when the line ends with sentence punctuation, possibly followed by closing quotes or brackets. */
    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "\"'”’)]".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?:".indexOf(line.charAt(i)) >= 0;
    }

    /** A line that can only continue the previous one: it starts lower-case or with joining punctuation. */
    private static boolean continues(String line) {
        char c = line.charAt(0);
        return Character.isLowerCase(c) || ",;)%".indexOf(c) >= 0;
    }

    /**
     * Removes closing end markers and sign-offs from the last paragraphs, a few rounds at most: a story ends
     * once, and a body made of thousands of markers must not cost a pass each.
     */
    private static void stripEndMarkers(List<String> paragraphs, List<String> agencies, List<String> flags) {
        boolean changed = true;
        for (int round = 0; round < MAX_END_MARKER_ROUNDS && changed && !paragraphs.isEmpty(); round++) {
            changed = false;
            int last = paragraphs.size() - 1;
            String p = paragraphs.get(last);
            Matcher end = END_MARKER.matcher(p);
            if (end.find()) {
                addFlag(flags, Story.FLAG_END_MARKER_STRIPPED);
                p = p.substring(0, end.start());
                changed = true;
            } else if (last > 0 && isInitials(p) && END_MARKER.matcher(paragraphs.get(last - 1)).find()) {
                // initials on their own line after the (end) marker
                paragraphs.remove(last);
                continue;
            }
            Matcher sign = SIGN_OFF.matcher(p);
            // a dash before the code, or the code alone as the last paragraph ("NNN-XINHUA")
            if (sign.find() && isAgency(sign.group("code"), agencies)
                    && (sign.start() == 0 || sign.group("dash") != null)) {
                addFlag(flags, Story.FLAG_SIGN_OFF_STRIPPED);
                p = p.substring(0, sign.start());
                changed = true;
            }
            p = p.strip();
            if (p.isEmpty()) {
                paragraphs.remove(last);
            } else {
                paragraphs.set(last, p);
            }
        }
    }

    private static boolean isInitials(String p) {
        return p.length() <= 20 && p.matches("[a-z]{1,6}(?:[\\s.,/]+[a-z]{1,6})*\\.?");
    }

    private static boolean isAgency(String code, List<String> agencies) {
        if (code.indexOf('-') > 0) {
            return true;
        }
        for (String a : agencies) {
            if (a != null && (a.equals(code) || a.endsWith("(" + code + ")"))) {
                return true;
            }
        }
        return false;
    }

    /** The dateline {@code text} starts with (checked against {@code published}), or null. */
    static Dateline datelineAt(String text, LocalDate published, DatelineForms forms) {
        return dateline(DATELINE.matcher(text), published, forms);
    }

    /**
     * The dateline at the start of a paragraph, or null. A match counts when its terminator fits what
     * precedes it: a dash after an upper-case place ({@code AMMAN -}) or after a date or agency
     * ({@code Amman, May 23 (Petra) -}, {@code (Petra)--}); a colon after a place of at most three words
     * ({@code Doha, Qatar:}; only with {@link DatelineForms#DASHED_OR_COLON}); a full stop after a date ({@code BAKU, Azerbaijan, December 21.}); a plain space
     * after a date and agency ({@code Moscow, Sep 13 (IANS) The…}). A month must be a real month name or
     * abbreviation and the day a real day of it. Text starting with a digit ({@code 1993 -- …}) never is one.
     */
    static Dateline dateline(Matcher m, LocalDate published, DatelineForms forms) {
        if (!m.lookingAt()) {
            return null;
        }
        String place = m.group("place");
        String agency = m.group("agency");
        String term = m.group("term").strip();
        LocalDate date = null;
        boolean hasDate = m.group("month") != null;
        if (hasDate) {
            Integer month = MONTHS.get(m.group("month").toLowerCase(Locale.ROOT));
            if (month == null) {
                return null;
            }
            date = resolve(month, Integer.parseInt(m.group("day")),
                    m.group("year") == null ? null : Integer.parseInt(m.group("year")), published);
            if (date == null) {
                return null;
            }
        }
        boolean upperPlace = place.equals(place.toUpperCase(Locale.ROOT));
        boolean fits;
        if (term.isEmpty()) {
            fits = agency != null && hasDate;
        } else if (term.equals(":")) {
            fits = forms == DatelineForms.DASHED_OR_COLON && !hasDate && agency == null
                    && place.split("[ ,]+").length <= 3;
        } else if (term.equals(".")) {
            fits = hasDate && agency == null;
        } else {
            boolean spaced = m.group("term").startsWith(" ") || m.group("term").startsWith("\t");
            fits = hasDate || agency != null || upperPlace && spaced;
        }
        if (!fits) {
            return null;
        }
        String text = m.group().substring(0, m.start("term")).strip();
        return new Dateline(text, place, published == null ? null : date, agency);
    }

    /**
     * The day named by month and day, in the stated year or else the year that puts it nearest the
     * publication date (a December dateline on a January story is last year's); null when it is no real day.
     */
    private static LocalDate resolve(int month, int day, Integer year, LocalDate published) {
        // without any year, 2000 (a leap year) only checks that the day exists in the month
        int base = year != null ? year : published != null ? published.getYear() : 2000;
        LocalDate best = null;
        for (int y = base - (year == null ? 1 : 0); y <= base + (year == null ? 1 : 0); y++) {
            LocalDate d;
            try {
                d = LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                continue;
            }
            if (best == null || published != null && Math.abs(ChronoUnit.DAYS.between(d, published))
                    < Math.abs(ChronoUnit.DAYS.between(best, published))) {
                best = d;
            }
        }
        return best;
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], i + 1);
            m.put(names[i].substring(0, 3), i + 1);
        }
        m.put("sept", 9);
        return Map.copyOf(m);
    }

    private static void addFlag(List<String> flags, String flag) {
        if (!flags.contains(flag)) {
            flags.add(flag);
        }
    }
}
