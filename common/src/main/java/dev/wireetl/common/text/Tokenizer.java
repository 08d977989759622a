package dev.wireetl.common.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A news-text tokenizer following CoNLL / Penn Treebank conventions closely enough that a tagger
 * trained on CoNLL-style token sequences sees familiar tokens on raw text, while keeping character
 * offsets.
 *
 * <ul>
 *   <li>Dotted abbreviations stay whole: {@code U.S.}, {@code a.m.}, single-capital initials
 *       ({@code J.}) and listed abbreviations ({@code Mr.}, {@code Jan.}, {@code Inc.}).</li>
 *   <li>Numbers keep their decimal point and thousands separators: {@code 1,234.5}.</li>
 *   <li>Hyphenated words stay whole: {@code Belgorod-based}, {@code 10-year}.</li>
 *   <li>Clitics split off: {@code Russia’s} → {@code Russia} {@code ’s}; {@code don't} → {@code do}
 *       {@code n't}; a trailing plural-possessive apostrophe becomes its own token. Internal apostrophes
 *       in names stay ({@code O'Brien}).</li>
 *   <li>Every other punctuation mark (straight or curly quotes, brackets, commas…) is a token of its
 *       own, except runs of dots ({@code ...}) and dashes ({@code --}).</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Tokenizer {

    /**
     * Abbreviations (lower-cased, without the dot) that keep their trailing dot when written
     * capitalised: {@code Mr.}, {@code Jan.}, {@code Inc.}.
     */
    static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt",
            "cpt", "maj", "adm", "cmdr", "cdr", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "tue", "tues", "thu", "thur", "thurs", "fri",
            "inc", "corp", "co", "ltd", "plc", "bros", "dept", "univ", "assn", "no", "nos", "vol",
            "ave", "blvd", "rd", "ariz", "calif", "colo", "conn", "fla", "kan", "mich", "minn", "nev",
            "okla", "ore", "pa", "penn", "tenn", "tex", "va", "wis", "wyo");

    /** Lower-case abbreviations that keep their trailing dot: {@code etc.}, {@code vs.}, {@code mln.}. */
    static final Set<String> LOWER_CASE_ABBREVIATIONS = Set.of(
            "etc", "vs", "approx", "mln", "bln", "pct", "dlrs", "cts");

    private static final Tokenizer INSTANCE = new Tokenizer();

    /** The shared instance (the tokenizer has no state). */
    public static Tokenizer instance() {
        return INSTANCE;
    }

    /** Splits {@code text} into tokens with offsets. */
    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                i++;
                continue;
            }
            int end;
            if (Character.isLetterOrDigit(c)) {
                end = scanWord(text, i, n, out);
                if (end < 0) {
                    // scanWord emitted the tokens itself (clitic split); -end is the resume position
                    i = -end;
                    continue;
                }
            } else if (c == '.' || c == '-' || c == '\u2014' || c == '\u2013') {
                end = i + 1;
                while (end < n && text.charAt(end) == c) {
                    end++;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                end = i + 2;
            } else {
                end = i + 1;
            }
            out.add(new Token(text.substring(i, end), i, end));
            i = end;
        }
        return out;
    }

    /**
     * Scans a word starting at {@code start}. Returns its end if the caller should emit it as one token,
     * or minus the resume position when this method already emitted the word and its clitic.
     */
    private static int scanWord(String text, int start, int n, List<Token> out) {
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            if (i + 1 < n) {
                char prev = text.charAt(i - 1);
                char next = text.charAt(i + 1);
                if ((c == ',' || c == '.') && Character.isDigit(prev) && Character.isDigit(next)) {
                    i++; // 1,234.5
                    continue;
                }
                if ((c == '-' || c == '/' || c == '&') && Character.isLetterOrDigit(next)
                        && (c != '/' || Character.isDigit(prev) && Character.isDigit(next))
                        && (c != '&' || Character.isUpperCase(prev) && Character.isUpperCase(next))) {
                    i++; // Belgorod-based, 14-3/4, AT&T
                    continue;
                }
                if (c == '.' && Character.isLetter(prev) && Character.isLetter(next)
                        && isDottedAbbreviationAt(text, start, i, n)) {
                    i++; // U.S. / a.m.
                    continue;
                }
            }
            if (isApostrophe(c)) {
                int cliticEnd = i + 1;
                while (cliticEnd < n && Character.isLetter(text.charAt(cliticEnd))) {
                    cliticEnd++;
                }
                int cliticStart = cliticEnd - i <= 3 ? cliticStart(text, start, i, cliticEnd) : -1;
                if (cliticStart >= 0) {
                    out.add(new Token(text.substring(start, cliticStart), start, cliticStart));
                    out.add(new Token(text.substring(cliticStart, cliticEnd), cliticStart, cliticEnd));
                    return -cliticEnd;
                }
                if (i + 1 < n && Character.isLetter(text.charAt(i + 1)) && Character.isLetter(text.charAt(i - 1))) {
                    i++; // O'Brien
                    continue;
                }
            }
            break;
        }
        if (i < n && text.charAt(i) == '.' && keepsDot(text, start, i)) {
            i++;
        }
        return i;
    }

    /**
     * Start of the clitic at the apostrophe {@code i} ({@code 's}, {@code 'll}, {@code 're}, {@code 've},
     * {@code 'd}, {@code 'm} start at the apostrophe, {@code n't} one char before it), or -1 when the
     * apostrophe is not a clitic boundary. The clitic ends where the letters after the apostrophe end.
     */
    private static int cliticStart(String text, int start, int i, int cliticEnd) {
        String rest = text.substring(i + 1, cliticEnd).toLowerCase(Locale.ROOT);
        return switch (rest) {
            case "s", "d", "m", "ll", "re", "ve" -> i;
            case "t" -> i - 1 > start && (text.charAt(i - 1) == 'n' || text.charAt(i - 1) == 'N') ? i - 1 : -1;
            default -> -1;
        };
    }

    /** True if the dot at {@code dot} inside a word belongs to a dotted abbreviation like U.S. or a.m. */
    private static boolean isDottedAbbreviationAt(String text, int start, int dot, int n) {
        // every dotted segment must be one or two letters: U.S., a.m., Ph.D.
        if (dot - segmentStart(text, start, dot) > 2) {
            return false;
        }
        int j = dot + 1;
        int k = j;
        while (k < n && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return k - j <= 2 && k < n && text.charAt(k) == '.';
    }

    private static int segmentStart(String text, int start, int pos) {
        int s = pos;
        while (s > start && text.charAt(s - 1) != '.') {
            s--;
        }
        return s;
    }

    /** True if the word {@code [start, dot)} keeps the dot that follows it. */
    private static boolean keepsDot(String text, int start, int dot) {
        int len = dot - start;
        char first = text.charAt(start);
        if (text.indexOf('.', start) < dot) {
            return true; // U.S. / a.m. — word already contains dots
        }
        if (len == 1 && Character.isUpperCase(first)) {
            return true; // initial: J.
        }
        if (len > 5 || !Character.isLetter(first)) {
            return false;
        }
        String word = text.substring(start, dot);
        if (Character.isUpperCase(first)) {
            return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
        }
        return LOWER_CASE_ABBREVIATIONS.contains(word);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
