package dev.wireetl.common.figures;

import java.util.Arrays;
import java.util.Locale;

/**
 * The body cut into words, numbers, symbols and punctuation, with the spacing facts the scanners need
 * (attached to the previous token, line start, table gap). Internal to the extractor: a single pass over
 * the characters, no regular expressions, so that extraction stays above a million tokens a second.
 */
final class TokenStream {
    static final byte WORD = 1;
    static final byte NUM = 2;
    static final byte SYM = 3;
    static final byte PUNCT = 4;

    /** No whitespace between the previous token and this one. */
    static final int ATTACHED = 1;
    /** The whitespace before this token holds a line break. */
    static final int LINE_START = 2;
    /** Two or more spaces before this token on the same line: a table column gap. */
    static final int GAP = 4;
    /** The first character is upper case. */
    static final int CAPITALIZED = 8;
    /** First token of a sentence (after . ! ? or a blank line). */
    static final int SENTENCE_START = 16;

    /** One-character strings for ASCII punctuation and symbols, shared by all streams. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    final String text;
    /** The text as characters: scanning an array avoids String bounds checks on every character. */
    private final char[] chars;
    int size;
    int[] begin;
    int[] end;
    byte[] type;
    int[] flags;
    /** Lower-cased text for words, raw text for other tokens. */
    String[] norm;
    /** {@link Lexicon#WORD_CLASSES} bits of each word, 0 for other tokens. */
    int[] wordClass;
    /** Running sentence number of each token, by this stream's own sentence starts. */
    int[] sentence;
    private int sentenceCount = -1;

    private TokenStream(String text, int capacity) {
        this.text = text;
        this.chars = text.toCharArray();
        begin = new int[capacity];
        end = new int[capacity];
        type = new byte[capacity];
        flags = new int[capacity];
        norm = new String[capacity];
        sentence = new int[capacity];
        wordClass = new int[capacity];
    }

    static TokenStream of(String text) {
        TokenStream ts = new TokenStream(text, Math.max(16, text.length() / 5));
        ts.lex();
        return ts;
    }

    boolean is(int i, byte t) {
        return i >= 0 && i < size && type[i] == t;
    }

    boolean has(int i, int flag) {
        return i >= 0 && i < size && (flags[i] & flag) != 0;
    }

    /** The token's normalised text, or "" outside the stream. */
    String n(int i) {
        return i >= 0 && i < size ? norm[i] : "";
    }

    boolean isWord(int i, String lower) {
        return is(i, WORD) && norm[i].equals(lower);
    }

    boolean isPunct(int i, char c) {
        return i >= 0 && i < size && type[i] == PUNCT && chars[begin[i]] == c;
    }

    /** True when token i ends a sentence: . ! ? ; or a blank line follows. */
    boolean endsSentence(int i) {
        if (i < 0 || i >= size) {
            return true;
        }
        if (type[i] == PUNCT) {
            char c = chars[begin[i]];
            if (c == '.' || c == '!' || c == '?' || c == ';') {
                return true;
            }
        }
        return has(i + 1, SENTENCE_START);
    }

    /** Source text from the start of token a to the end of token b, inclusive. */
    String slice(int a, int b) {
        return text.substring(begin[a], end[b]);
    }

    private void add(int b, int e, byte t, int f) {
        if (size == begin.length) {
            int cap = size * 2;
            begin = Arrays.copyOf(begin, cap);
            end = Arrays.copyOf(end, cap);
            type = Arrays.copyOf(type, cap);
            flags = Arrays.copyOf(flags, cap);
            norm = Arrays.copyOf(norm, cap);
            sentence = Arrays.copyOf(sentence, cap);
            wordClass = Arrays.copyOf(wordClass, cap);
        }
        char first = chars[b];
        String raw = e - b == 1 && first < 128 ? ASCII[first] : text.substring(b, e);
        begin[size] = b;
        end[size] = e;
        type[size] = t;
        if (first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first)) {
            f |= CAPITALIZED;
        }
        flags[size] = f;
        if ((f & SENTENCE_START) != 0) {
            sentenceCount++;
        }
        sentence[size] = Math.max(sentenceCount, 0);
        norm[size] = t == WORD && hasUpperCase(b, e) ? raw.toLowerCase(Locale.ROOT) : raw;
        wordClass[size] = t == WORD ? Lexicon.WORD_CLASSES.getOrDefault(norm[size], 0) : 0;
        size++;
    }

    private boolean hasUpperCase(int b, int e) {
        for (int i = b; i < e; i++) {
            char c = chars[i];
            if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c < 128 ? c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 11 : Character.isWhitespace(c)
                || c == '\u00a0';
    }

    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static boolean isLetter(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(c);
    }

    private void lex() {
        char[] s = chars;
        int len = s.length;
        int i = 0;
        boolean sentenceStart = true;
        while (i < len) {
            int wsStart = i;
            int newlines = 0;
            int spaces = 0;
            while (i < len && isSpace(s[i])) {
                char c = s[i];
                if (c == '\n') {
                    newlines++;
                    spaces = 0;
                } else {
                    spaces++;
                }
                i++;
            }
            if (i >= len) {
                break;
            }
            int f = 0;
            if (i == wsStart && size > 0) {
                f |= ATTACHED;
            }
            if (newlines > 0 || size == 0) {
                f |= LINE_START;
            }
            if (newlines == 0 && spaces >= 2) {
                f |= GAP;
            }
            // A blank line or an indented line (wire paragraph) starts a sentence.
            if (sentenceStart || newlines >= 2 || newlines == 1 && spaces >= 3) {
                f |= SENTENCE_START;
            }
            char c = s[i];
            int start = i;
            if (isDigit(c)) {
                i = scanNumber(i);
                add(start, i, NUM, f);
                sentenceStart = false;
            } else if (isLetter(c)) {
                i = scanWord(i);
                add(start, i, WORD, f);
                sentenceStart = false;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < len && (s[i + 1] == 's' || s[i + 1] == 'S')
                    && (i + 2 >= len || !isLetter(s[i + 2])) && size > 0 && i == wsStart) {
                i += 2;
                add(start, i, WORD, f);
            } else {
                i++;
                boolean symbol = c == '%' || Character.getType(c) == Character.CURRENCY_SYMBOL;
                add(start, i, symbol ? SYM : PUNCT, f);
                if (c == '.' || c == '!' || c == '?') {
                    sentenceStart = true;
                } else if (!(c == '"' || c == '\'' || c == '\u201c' || c == '\u201d' || c == '\u2019' || c == '(')) {
                    sentenceStart = false;
                }
            }
        }
    }

    /**
     * Digits with {@code ,} thousands groups and a {@code .} decimal part; also the Indian grouping of lakhs
     * and crores ({@code 5,00,000}, {@code 1,20,00,000}), which South Asian wire copy writes.
     */
    private int scanNumber(int i) {
        char[] s = chars;
        int len = s.length;
        int start = i;
        while (i < len && isDigit(s[i])) {
            i++;
        }
        int indian = indianGroupsEnd(start, i);
        if (indian > 0) {
            i = indian;
        }
        while (i + 1 < len) {
            char c = s[i];
            if (c == ',' && i + 3 < len + 1 && isDigits(i + 1, 3) && (i + 4 >= len || !isDigit(s[i + 4]))) {
                i += 4;
            } else if (c == '.' && isDigit(s[i + 1])) {
                i++;
                while (i < len && isDigit(s[i])) {
                    i++;
                }
                break;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * End of {@code ,dd} groups and a final {@code ,ddd} after one or two leading digits ({@code start..i}), or -1:
     * {@code 5,00,000} but not {@code 5,000} or {@code 12,34}.
     */
    private int indianGroupsEnd(int start, int i) {
        char[] s = chars;
        int lead = i - start;
        if (lead < 1 || lead > 2) {
            return -1;
        }
        int j = i;
        int pairs = 0;
        while (j + 3 < s.length && s[j] == ',' && isDigits(j + 1, 2) && s[j + 3] == ',') {
            j += 3;
            pairs++;
        }
        if (pairs > 0 && j < s.length && s[j] == ',' && isDigits(j + 1, 3)
                && (j + 4 >= s.length || !isDigit(s[j + 4]))) {
            return j + 4;
        }
        return -1;
    }

    private boolean isCurrencyPrefix(int from, int to) {
        return Character.isUpperCase(chars[from])
                && Lexicon.CURRENCY_BEFORE.containsKey(new String(chars, from, to - from).toLowerCase(Locale.ROOT));
    }

    private boolean isDigits(int from, int count) {
        if (from + count > chars.length) {
            return false;
        }
        for (int k = from; k < from + count; k++) {
            if (!isDigit(chars[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Letters and digits; internal apostrophes ({@code don't}); short dotted abbreviations ({@code U.S.},
     * {@code n.a.}). A possessive {@code 's} is left for its own token.
     */
    private int scanWord(int i) {
        char[] s = chars;
        int len = s.length;
        int start = i;
        int segment = 0;
        boolean dotted = false;
        while (i < len) {
            char c = s[i];
            if (isDigit(c) && i - start >= 2 && i - start <= 3 && isCurrencyPrefix(start, i)) {
                break; // Dh5bn, QR300mn, Rs500: the currency and the amount are two tokens
            }
            if (isLetterOrDigit(c)) {
                i++;
                segment++;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < len && isLetter(s[i + 1])
                    && !((s[i + 1] == 's' || s[i + 1] == 'S')
                    && (i + 2 >= len || !isLetter(s[i + 2])))) {
                i++;
            } else if (c == '.' && segment <= 2 && i + 1 < len && isLetter(s[i + 1])
                    && (i + 2 >= len || !isLetter(s[i + 2]) || s[i + 2] == '.')) {
                i++;
                segment = 0;
                dotted = true;
            } else {
                break;
            }
        }
        if (dotted && i < len && s[i] == '.' && segment <= 2) {
            i++;
        }
        return i;
    }
}
