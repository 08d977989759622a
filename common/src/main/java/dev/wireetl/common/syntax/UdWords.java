package dev.wireetl.common.syntax;

import dev.wireetl.common.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the project's tokens ({@link dev.wireetl.common.text.Tokenizer}) to the words of UD English
 * (EWT), which the parser was trained on. The tokenizer already splits the clitics {@code n't} and
 * {@code 's} as UD does and keeps {@code U.S.} whole as UD does; it differs in two ways mapped here:
 * <ul>
 *   <li>hyphenated words are one token ({@code Belgorod-based}) where UD has three words
 *       ({@code Belgorod - based}), except after the prefixes UD keeps attached ({@code e-mail},
 *       {@code non-profit}, {@code pre-war}: {@link #KEPT_PREFIXES}) and in digit groups like phone
 *       numbers ({@code 713-853-3989});</li>
 *   <li>fused forms UD splits into two words stay whole: {@code cannot} (can not), {@code gonna}
 *       (gon na), {@code wanna} (wan na), {@code gotta} (got ta).</li>
 * </ul>
 * Curly apostrophes and quotes are given to the model as the straight ones EWT mostly uses, other currency
 * signs as {@code $}, scaled numbers ({@code 3bn}) as the number and wire abbreviations ({@code pct}, {@code mln},
 * {@code dlrs}) spelled out ({@link #modelForm}); the words keep their
 * original text and offsets.
 */
public final class UdWords {
    private static final Map<String, Integer> FUSED = Map.of("cannot", 3, "gonna", 3, "wanna", 3, "gotta", 3);

    /** Prefixes EWT keeps in one word with the hyphen (counted in its training words). */
    static final Set<String> KEPT_PREFIXES = Set.of("e", "non", "pre", "anti", "re", "mid", "post", "co", "over",
            "pro", "multi", "ex", "sub", "semi", "neo", "cross", "un", "micro", "intra", "inter", "socio", "counter",
            "vice", "bi", "tri");

    /** Words with offsets, and the forms the model sees. */
    public record Words(String[] text, int[] begin, int[] end, String[] modelForms) {
    }

    private UdWords() {
    }

    public static Words of(List<Token> tokens) {
        List<String> text = new ArrayList<>(tokens.size() + 8);
        List<int[]> spans = new ArrayList<>(tokens.size() + 8);
        for (Token t : tokens) {
            String s = t.text();
            Integer fusedAt = FUSED.get(s.toLowerCase(Locale.ROOT));
            if (fusedAt != null) {
                add(text, spans, s, t.begin(), 0, fusedAt);
                add(text, spans, s, t.begin(), fusedAt, s.length());
                continue;
            }
            if (keepsHyphens(s)) {
                add(text, spans, s, t.begin(), 0, s.length());
                continue;
            }
            int from = 0;
            for (int i = 1; i + 1 < s.length(); i++) {
                if (s.charAt(i) == '-' && Character.isLetterOrDigit(s.charAt(i - 1))
                        && Character.isLetterOrDigit(s.charAt(i + 1))) {
                    add(text, spans, s, t.begin(), from, i);
                    add(text, spans, s, t.begin(), i, i + 1);
                    from = i + 1;
                }
            }
            add(text, spans, s, t.begin(), from, s.length());
        }
        int n = text.size();
        String[] words = text.toArray(new String[0]);
        int[] begin = new int[n];
        int[] end = new int[n];
        String[] forms = new String[n];
        for (int i = 0; i < n; i++) {
            begin[i] = spans.get(i)[0];
            end[i] = spans.get(i)[1];
            forms[i] = modelForm(words[i]);
        }
        return new Words(words, begin, end, forms);
    }

    private static boolean keepsHyphens(String token) {
        int hyphen = token.indexOf('-');
        if (hyphen < 0) {
            return true;
        }
        if (KEPT_PREFIXES.contains(token.substring(0, hyphen).toLowerCase(Locale.ROOT))) {
            return true;
        }
        int hyphens = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '-') {
                hyphens++;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return hyphens >= 2;
    }

    private static void add(List<String> text, List<int[]> spans, String token, int offset, int from, int to) {
        text.add(token.substring(from, to));
        spans.add(new int[] {offset + from, offset + to});
    }

    /** Currency signs EWT (American web text) has too few of: the model sees {@code $}, which it tags SYM. */
    private static final Set<String> CURRENCY_SIGNS = Set.of("£", "€", "¥", "₹", "₽", "₩");
    /** Wire-copy abbreviations (Reuters) EWT never writes, given to the model as the words it knows. */
    private static final Map<String, String> WIRE_ABBREVIATIONS = Map.of("pct", "%", "dlrs", "dollars",
            "dlr", "dollar", "mln", "million", "bln", "billion", "cts", "cents", "shrs", "shares", "qtr", "quarter");
    /** A number with a scale suffix written onto it ({@code 3bn}, {@code 600m}, {@code 1.5tn}), rare in EWT. */
    private static final Pattern SCALED_NUMBER =
            Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)(?:bn|m|mn|mln|bln|tn|trn|k)", Pattern.CASE_INSENSITIVE);

    /**
     * The form the model sees: straight apostrophes and quotes for curly ones, {@code $} for other currency
     * signs, the number alone for a number with a scale suffix ({@code £3bn} is tagged and parsed as
     * {@code $3}: a number, not an unknown noun).
     */
    static String modelForm(String word) {
        if (CURRENCY_SIGNS.contains(word)) {
            return "$";
        }
        if (word.length() == 3 || word.length() == 4) { // every abbreviation's length: no lower-casing of other words
            String spelled = WIRE_ABBREVIATIONS.get(word.toLowerCase(Locale.ROOT));
            if (spelled != null) {
                return spelled;
            }
        }
        if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
            Matcher scaled = SCALED_NUMBER.matcher(word);
            if (scaled.matches()) {
                return scaled.group(1);
            }
        }
        if (word.indexOf('\u2019') < 0 && word.indexOf('\u2018') < 0 && word.indexOf('\u201C') < 0
                && word.indexOf('\u201D') < 0) {
            return word;
        }
        return word.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }
}
