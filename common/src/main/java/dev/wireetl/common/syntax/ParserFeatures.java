package dev.wireetl.common.syntax;

import dev.wireetl.common.text.FeatureHash;
import static dev.wireetl.common.text.FeatureHash.NONE;
import static dev.wireetl.common.text.FeatureHash.key;
import static dev.wireetl.common.text.FeatureHash.mix;

/**
 * Feature templates of the parser, after Zhang and Nivre (2011) adapted to arc-hybrid: words and tags
 * of s0–s2 and b0–b2, pairs and triples of them, the distance s0–b0 and s1–s0, valencies, the nearest
 * and second-nearest children (word, tag, label) of s0, s1 and b0, and their label sets. Changing a
 * template requires bumping {@link #VERSION}: models record it.
 */
public final class ParserFeatures {
    public static final int VERSION = 1;
    public static final int COUNT = 92;

    private ParserFeatures() {
    }

    /**
     * Per-word hashes, index 0 the root: lower-cased word, tag, word+tag. {@code tags} are tag ids
     * (XPOS) of words 1..n.
     */
    public static long[][] words(String[] words, int[] tags) {
        int n = words.length;
        long[] w = new long[n + 1];
        long[] p = new long[n + 1];
        long[] wp = new long[n + 1];
        w[0] = FeatureHash.ROOT;
        p[0] = FeatureHash.ROOT;
        wp[0] = FeatureHash.ROOT;
        for (int i = 0; i < n; i++) {
            w[i + 1] = FeatureHash.chars(words[i], 0, words[i].length(), true);
            p[i + 1] = tags[i] + 17;
            wp[i + 1] = mix(w[i + 1], p[i + 1]);
        }
        return new long[][] {w, p, wp};
    }

    private static long at(long[] v, int i) {
        return i < 0 ? NONE : v[i];
    }

    private static long lab(ParseState s, int i) {
        return i < 0 ? NONE : s.label[i] + 1;
    }

    private static long distance(int a, int b) {
        if (a < 0 || b < 0) {
            return NONE;
        }
        int d = Math.abs(b - a);
        return d < 5 ? d : d < 10 ? 5 : 6;
    }

    public static void extract(ParseState s, long[][] h, long[] out) {
        long[] w = h[0];
        long[] p = h[1];
        long[] wp = h[2];
        int s0 = s.stack(0);
        int s1 = s.stack(1);
        int s2 = s.stack(2);
        int b0 = s.buffer(0);
        int b1 = s.buffer(1);
        int b2 = s.buffer(2);
        int s0l1 = s0 < 0 ? -1 : s.left1[s0];
        int s0l2 = s0 < 0 ? -1 : s.left2[s0];
        int s0r1 = s0 < 0 ? -1 : s.right1[s0];
        int s0r2 = s0 < 0 ? -1 : s.right2[s0];
        int s1l1 = s1 < 0 ? -1 : s.left1[s1];
        int s1r1 = s1 < 0 ? -1 : s.right1[s1];
        int s1r2 = s1 < 0 ? -1 : s.right2[s1];
        int b0l1 = b0 < 0 ? -1 : s.left1[b0];
        int b0l2 = b0 < 0 ? -1 : s.left2[b0];

        long s0w = at(w, s0);
        long s0p = at(p, s0);
        long s0wp = at(wp, s0);
        long s1w = at(w, s1);
        long s1p = at(p, s1);
        long s1wp = at(wp, s1);
        long b0w = at(w, b0);
        long b0p = at(p, b0);
        long b0wp = at(wp, b0);
        long b1p = at(p, b1);
        long b2p = at(p, b2);
        long s2p = at(p, s2);
        long s0l1p = at(p, s0l1);
        long s0r1p = at(p, s0r1);
        long s1l1p = at(p, s1l1);
        long s1r1p = at(p, s1r1);
        long b0l1p = at(p, b0l1);
        long d = distance(s0, b0);
        long d1 = distance(s1, s0);
        long s0vl = s0 < 0 ? NONE : s.leftCount[s0];
        long s0vr = s0 < 0 ? NONE : s.rightCount[s0];
        long b0vl = b0 < 0 ? NONE : s.leftCount[b0];
        long s1vl = s1 < 0 ? NONE : s.leftCount[s1];
        long s1vr = s1 < 0 ? NONE : s.rightCount[s1];
        long s0ll = s0 < 0 ? NONE : s.leftLabels[s0];
        long s0rl = s0 < 0 ? NONE : s.rightLabels[s0];
        long b0ll = b0 < 0 ? NONE : s.leftLabels[b0];
        long s1ll = s1 < 0 ? NONE : s.leftLabels[s1];
        long s1rl = s1 < 0 ? NONE : s.rightLabels[s1];

        int k = 0;
        out[k++] = key(0, 0);
        out[k++] = key(1, s0w);
        out[k++] = key(2, s0p);
        out[k++] = key(3, s0wp);
        out[k++] = key(4, s1w);
        out[k++] = key(5, s1p);
        out[k++] = key(6, s1wp);
        out[k++] = key(7, b0w);
        out[k++] = key(8, b0p);
        out[k++] = key(9, b0wp);
        out[k++] = key(10, at(w, b1));
        out[k++] = key(11, b1p);
        out[k++] = key(12, at(wp, b1));
        out[k++] = key(13, at(w, b2));
        out[k++] = key(14, b2p);
        out[k++] = key(15, s2p);
        out[k++] = key(16, at(wp, s2));
        // pairs
        out[k++] = key(17, mix(s0wp, b0wp));
        out[k++] = key(18, mix(s0wp, b0w));
        out[k++] = key(19, mix(s0w, b0wp));
        out[k++] = key(20, mix(s0wp, b0p));
        out[k++] = key(21, mix(s0p, b0wp));
        out[k++] = key(22, mix(s0w, b0w));
        out[k++] = key(23, mix(s0p, b0p));
        out[k++] = key(24, mix(b0p, b1p));
        out[k++] = key(25, mix(s1p, s0p));
        out[k++] = key(26, mix(s1w, s0w));
        out[k++] = key(27, mix(s1wp, s0p));
        out[k++] = key(28, mix(s1p, s0wp));
        out[k++] = key(29, mix(s1wp, s0wp));
        out[k++] = key(30, mix(s1p, b0p));
        out[k++] = key(31, mix(s1wp, b0p));
        out[k++] = key(32, mix(s1p, b0wp));
        // triples
        out[k++] = key(33, mix(b0p, b1p, b2p));
        out[k++] = key(34, mix(s0p, b0p, b1p));
        out[k++] = key(35, mix(s1p, s0p, b0p));
        out[k++] = key(36, mix(s2p, s1p, s0p));
        out[k++] = key(37, mix(s0p, s0l1p, b0p));
        out[k++] = key(38, mix(s0p, s0r1p, b0p));
        out[k++] = key(39, mix(s0p, b0p, b0l1p));
        out[k++] = key(40, mix(s1p, s1r1p, s0p));
        out[k++] = key(41, mix(s1p, s1l1p, s0p));
        out[k++] = key(42, mix(s1p, s0p, s0l1p));
        out[k++] = key(43, mix(s1p, s0p, s0r1p));
        out[k++] = key(44, mix(s1p, s0p, b0l1p));
        // distance
        out[k++] = key(45, mix(s0w, d));
        out[k++] = key(46, mix(s0p, d));
        out[k++] = key(47, mix(b0w, d));
        out[k++] = key(48, mix(b0p, d));
        out[k++] = key(49, mix(s0w, b0w, d));
        out[k++] = key(50, mix(s0p, b0p, d));
        out[k++] = key(51, mix(s1p, s0p, d1));
        out[k++] = key(52, mix(s1w, s0w, d1));
        out[k++] = key(53, mix(s1wp, s0p, d1));
        // valency
        out[k++] = key(54, mix(s0w, s0vr));
        out[k++] = key(55, mix(s0p, s0vr));
        out[k++] = key(56, mix(s0w, s0vl));
        out[k++] = key(57, mix(s0p, s0vl));
        out[k++] = key(58, mix(b0w, b0vl));
        out[k++] = key(59, mix(b0p, b0vl));
        out[k++] = key(60, mix(s1w, s1vr));
        out[k++] = key(61, mix(s1p, s1vr));
        out[k++] = key(62, mix(s1p, s1vl));
        // children
        out[k++] = key(63, at(w, s0l1));
        out[k++] = key(64, s0l1p);
        out[k++] = key(65, mix(s0p, lab(s, s0l1)));
        out[k++] = key(66, at(w, s0r1));
        out[k++] = key(67, s0r1p);
        out[k++] = key(68, mix(s0p, lab(s, s0r1)));
        out[k++] = key(69, at(w, b0l1));
        out[k++] = key(70, b0l1p);
        out[k++] = key(71, mix(b0p, lab(s, b0l1)));
        out[k++] = key(72, at(w, s1r1));
        out[k++] = key(73, s1r1p);
        out[k++] = key(74, mix(s1p, lab(s, s1r1)));
        out[k++] = key(75, mix(s1p, lab(s, s1l1)));
        out[k++] = key(76, mix(at(p, s0l2), lab(s, s0l2)));
        out[k++] = key(77, mix(at(p, s0r2), lab(s, s0r2)));
        out[k++] = key(78, mix(at(p, b0l2), lab(s, b0l2)));
        // third order
        out[k++] = key(79, mix(s0p, s0l1p, at(p, s0l2)));
        out[k++] = key(80, mix(s0p, s0r1p, at(p, s0r2)));
        out[k++] = key(81, mix(b0p, b0l1p, at(p, b0l2)));
        out[k++] = key(82, mix(s1p, s1r1p, at(p, s1r2)));
        // label sets
        out[k++] = key(83, mix(s0w, s0ll));
        out[k++] = key(84, mix(s0p, s0ll));
        out[k++] = key(85, mix(s0w, s0rl));
        out[k++] = key(86, mix(s0p, s0rl));
        out[k++] = key(87, mix(b0w, b0ll));
        out[k++] = key(88, mix(b0p, b0ll));
        out[k++] = key(89, mix(s1p, s1rl));
        out[k++] = key(90, mix(s1p, s1ll));
        out[k++] = key(91, mix(s0wp, b0wp, b1p));
    }
}
