package dev.wireetl.common.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news text into sentences on top of {@link Tokenizer} tokens, so abbreviations the tokenizer
 * keeps whole ({@code U.S.}, {@code Jan.}, {@code Mr.}) and decimals never end a sentence by themselves.
 *
 * <p>A sentence ends
 * <ul>
 *   <li>at a paragraph break (a blank line between two tokens);</li>
 *   <li>after a {@code .}, {@code !}, {@code ?} or {@code ...} token (with the closing quotes and brackets
 *       that follow it), unless the next token starts with a lower-case letter;</li>
 *   <li>after an abbreviation with a dot ({@code U.S.}, {@code Inc.}) when the next word is a typical
 *       sentence opener ({@code The}, {@code He}, {@code In}…); titles and initials ({@code Mr.},
 *       {@code J.}) never end a sentence.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class SentenceSplitter {

    private static final Set<String> TITLES = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "mt.", "ft.", "gen.", "col.", "lt.", "sgt.", "capt.",
            "cpt.", "maj.", "adm.", "cmdr.", "cdr.", "gov.", "sen.", "rep.", "rev.", "hon.", "pres.", "supt.",
            "insp.", "no.", "nos.", "vol.", "vs.");

    private static final Set<String> OPENERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
            "there", "in", "on", "at", "but", "and", "however", "meanwhile", "his", "her", "its", "their", "our",
            "if", "when", "while", "after", "before", "as", "some", "many", "most", "both", "last", "earlier",
            "later", "also", "so", "yet", "what", "who", "why", "how", "according", "for", "with", "since",
            "despite", "officials", "analysts", "shares", "mr.", "mrs.", "ms.", "dr.");

    private static final SentenceSplitter INSTANCE = new SentenceSplitter(Tokenizer.instance());

    private final Tokenizer tokenizer;

    public SentenceSplitter(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The shared instance, using the shared {@link Tokenizer}. */
    public static SentenceSplitter instance() {
        return INSTANCE;
    }

    /** Character offsets (UTF-16) at which each sentence of {@code text} begins, ascending. */
    public int[] sentenceStarts(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        int[] firstTokens = sentenceTokenStarts(text, tokens);
        int[] starts = new int[firstTokens.length];
        for (int s = 0; s < firstTokens.length; s++) {
            starts[s] = tokens.get(firstTokens[s]).begin();
        }
        return starts;
    }

    /**
     * Index of the first token of each sentence, ascending, for tokens already produced by the
     * tokenizer from {@code text}. Empty when there are no tokens.
     */
    public int[] sentenceTokenStarts(String text, List<Token> tokens) {
        int n = tokens.size();
        if (n == 0) {
            return new int[0];
        }
        int[] starts = new int[8];
        int count = 0;
        starts[count++] = 0;
        int k = 0;
        while (k < n - 1) {
            Token t = tokens.get(k);
            int next = k + 1;
            boolean boundary;
            if (isTerminal(t.text())) {
                while (next < n && isCloser(tokens.get(next).text()) && !paragraphBreak(text, tokens.get(next - 1), tokens.get(next))) {
                    next++;
                }
                boundary = next < n && !startsLowerCase(tokens.get(next).text());
            } else if (t.text().length() > 1 && t.text().endsWith(".")) {
                boundary = !TITLES.contains(t.text().toLowerCase(Locale.ROOT)) && t.text().length() != 2
                        && OPENERS.contains(tokens.get(next).text().toLowerCase(Locale.ROOT))
                        && Character.isUpperCase(tokens.get(next).text().charAt(0));
            } else {
                boundary = false;
            }
            if (!boundary && next < n && paragraphBreak(text, tokens.get(next - 1), tokens.get(next))) {
                boundary = true;
            }
            if (boundary && next < n) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = next;
            }
            k = next;
        }
        return Arrays.copyOf(starts, count);
    }

    /** Index of the sentence containing {@code offset}, given the sentence start offsets. */
    public static int sentenceIndex(int[] sentenceStarts, int offset) {
        int i = Arrays.binarySearch(sentenceStarts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    private static boolean isTerminal(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                return false;
            }
        }
        return true;
    }

    private static boolean isCloser(String s) {
        if (s.length() != 1) {
            return false;
        }
        char c = s.charAt(0);
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '}';
    }

    private static boolean startsLowerCase(String s) {
        return Character.isLowerCase(s.charAt(0));
    }

    private static boolean paragraphBreak(String text, Token before, Token after) {
        int newlines = 0;
        for (int i = before.end(); i < after.begin(); i++) {
            if (text.charAt(i) == '\n' && ++newlines == 2) {
                return true;
            }
        }
        return false;
    }
}
