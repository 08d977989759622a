package dev.wireetl.common.syntax;

import dev.wireetl.common.text.FeatureHash;
import static dev.wireetl.common.text.FeatureHash.NONE;
import static dev.wireetl.common.text.FeatureHash.chars;
import static dev.wireetl.common.text.FeatureHash.key;
import static dev.wireetl.common.text.FeatureHash.mix;

import java.util.Locale;
import java.util.Map;

/**
 * Feature templates of the part-of-speech tagger: the word, its lower case, shape, prefixes 1–3 and
 * suffixes 1–4; neighbours ±2 (lower case), their suffixes and shapes; the two previous predicted
 * XPOS tags alone, together and with the word; the ambiguity class (the set of XPOS tags a word had in
 * training) of the word and the next two. Changing a template requires bumping {@link #VERSION}.
 */
public final class TaggerFeatures {
    public static final int VERSION = 2;
    public static final int COUNT = 35;

    private final String[] words;
    private final long[] lower;
    private final long[] shape;
    private final long[] suffix3;
    private final long[] ambiguity;

    /** {@code ambiguityClasses}: lower-cased word → hash of its set of training tags. */
    public TaggerFeatures(String[] words, Map<String, Long> ambiguityClasses) {
        this.words = words;
        int n = words.length;
        lower = new long[n];
        shape = new long[n];
        suffix3 = new long[n];
        ambiguity = new long[n];
        for (int i = 0; i < n; i++) {
            String t = words[i];
            lower[i] = chars(t, 0, t.length(), true);
            shape[i] = FeatureHash.shape(t);
            suffix3[i] = chars(t, Math.max(0, t.length() - 3), t.length(), true);
            ambiguity[i] = ambiguityClasses.getOrDefault(t.toLowerCase(Locale.ROOT), NONE);
        }
    }

    private long lowerAt(int i) {
        return i < 0 ? NONE + i : i >= lower.length ? NONE - 1 - (i - lower.length) : lower[i];
    }

    /** Features of word {@code i} given the tags of words i-1 and i-2 (-1 before the sentence). */
    public void extract(int i, int prev1, int prev2, long[] out) {
        String t = words[i];
        int n = words.length;
        int len = t.length();
        long lw = lower[i];
        long p1 = prev1 + 11;
        long p2 = prev2 + 11;
        int k = 0;
        out[k++] = key(0, 0);
        out[k++] = key(1, chars(t, 0, len, false));
        out[k++] = key(2, lw);
        out[k++] = key(3, shape[i]);
        for (int a = 1; a <= 3; a++) {
            out[k++] = len > a ? key(3 + a, chars(t, 0, a, true)) : key(3 + a, NONE);
        }
        for (int a = 1; a <= 4; a++) {
            out[k++] = len > a ? key(6 + a, chars(t, len - a, len, true)) : key(6 + a, NONE);
        }
        long lm1 = lowerAt(i - 1);
        long lp1 = lowerAt(i + 1);
        out[k++] = key(11, lm1);
        out[k++] = key(12, lp1);
        out[k++] = key(13, lowerAt(i - 2));
        out[k++] = key(14, lowerAt(i + 2));
        out[k++] = key(15, p1);
        out[k++] = key(16, mix(p1, p2));
        out[k++] = key(17, mix(p1, lw));
        out[k++] = key(18, mix(lw, lp1));
        out[k++] = key(19, mix(lm1, lw));
        out[k++] = key(20, i + 1 < n ? suffix3[i + 1] : NONE);
        out[k++] = key(21, i > 0 ? suffix3[i - 1] : NONE);
        out[k++] = key(22, i + 1 < n ? shape[i + 1] : NONE);
        out[k++] = key(23, i > 0 ? shape[i - 1] : NONE);
        out[k++] = key(24, i == 0 ? shape[i] : NONE);
        out[k++] = key(25, mix(p1, suffix3[i]));
        out[k++] = key(26, mix(lp1, lowerAt(i + 2)));
        out[k++] = key(27, mix(p1, lp1));
        out[k++] = key(28, mix(lm1, lw, lp1));
        out[k++] = key(29, mix(p1, shape[i]));
        long a0 = ambiguity[i];
        long a1 = i + 1 < n ? ambiguity[i + 1] : NONE - 1;
        out[k++] = key(30, a0);
        out[k++] = key(31, a1);
        out[k++] = key(32, i + 2 < n ? ambiguity[i + 2] : NONE - 1);
        out[k++] = key(33, mix(p1, a0));
        out[k++] = key(34, mix(a0, a1));
    }
}
