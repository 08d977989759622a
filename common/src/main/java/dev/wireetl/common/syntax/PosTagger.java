package dev.wireetl.common.syntax;

import dev.wireetl.common.text.FeatureHash;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An averaged-perceptron tagger predicting UPOS and Penn XPOS together, read in both directions: a greedy
 * left-to-right pass (the two previous XPOS decisions are features of the next word) and a greedy
 * right-to-left pass over the reversed sentence, each with its own weights. One weight row per feature
 * holds both tag sets (UPOS classes first); a word's tags are the (UPOS, XPOS) pair seen in training
 * whose summed scores of the two passes are highest. The second direction and the pair restriction each
 * measured better on EWT dev than the left-to-right pass alone (docs/quality.md).
 *
 * <p>Immutable; {@link #tag} is thread-safe.
 */
public final class PosTagger {
    /** Stream format; 2 was one left-to-right pass with free UPOS and XPOS arg-maxes. */
    public static final int FORMAT = 3;

    private final List<String> upos;
    private final List<String> xpos;
    private final SparseWeights forward;
    private final SparseWeights backward;
    private final Map<String, Long> ambiguityClasses;
    private final int[] pairUpos;
    private final int[] pairXpos;

    /**
     * @param forward weights of the left-to-right pass
     * @param backward weights of the right-to-left pass (trained on reversed sentences)
     * @param ambiguityClasses see {@link #ambiguityClasses(Map)}
     * @param pairs allowed (UPOS id, XPOS id) pairs, each as {@code upos * xposTags + xpos}
     */
    public PosTagger(List<String> upos, List<String> xpos, SparseWeights forward, SparseWeights backward,
            Map<String, Long> ambiguityClasses, int[] pairs) {
        int width = upos.size() + xpos.size();
        if (forward.classes() != width || backward.classes() != width) {
            throw new IllegalArgumentException("weights have " + forward.classes() + " and " + backward.classes()
                    + " classes, tag sets " + upos.size() + " + " + xpos.size());
        }
        if (pairs.length == 0) {
            throw new IllegalArgumentException("no (UPOS, XPOS) pairs");
        }
        this.upos = List.copyOf(upos);
        this.xpos = List.copyOf(xpos);
        this.forward = forward;
        this.backward = backward;
        this.ambiguityClasses = Map.copyOf(ambiguityClasses);
        int[] sorted = pairs.clone();
        Arrays.sort(sorted);
        pairUpos = new int[sorted.length];
        pairXpos = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            pairUpos[i] = sorted[i] / xpos.size();
            pairXpos[i] = sorted[i] % xpos.size();
            if (pairUpos[i] < 0 || pairUpos[i] >= upos.size()) {
                throw new IllegalArgumentException("pair " + sorted[i] + " outside the tag sets");
            }
        }
    }

    /**
     * Ambiguity classes from tag sets: lower-cased word → a hash of its sorted set of XPOS tag ids.
     */
    public static Map<String, Long> ambiguityClasses(Map<String, ? extends Collection<Integer>> tagSets) {
        Map<String, Long> out = new HashMap<>();
        for (Map.Entry<String, ? extends Collection<Integer>> e : tagSets.entrySet()) {
            long h = 0x51_7cc1_b727_220aL;
            for (int t : new TreeSet<>(e.getValue())) {
                h = FeatureHash.mix(h, t + 1);
            }
            out.put(e.getKey(), h);
        }
        return out;
    }

    public List<String> uposTags() {
        return upos;
    }

    public List<String> xposTags() {
        return xpos;
    }

    /** Feature rows of both passes. */
    int rows() {
        return forward.rows() + backward.rows();
    }

    /** Tags of one sentence: UPOS and XPOS ids (indices into {@link #uposTags}, {@link #xposTags}). */
    public record Tags(int[] upos, int[] xpos) {
    }

    public Tags tag(String[] words) {
        int n = words.length;
        int nu = upos.size();
        float[][] scores = new float[n][nu + xpos.size()];
        pass(forward, words, scores, false);
        String[] reversed = new String[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = words[n - 1 - i];
        }
        pass(backward, reversed, scores, true);
        int[] u = new int[n];
        int[] x = new int[n];
        for (int i = 0; i < n; i++) {
            float[] s = scores[i];
            int best = 0;
            float bestScore = Float.NEGATIVE_INFINITY;
            for (int p = 0; p < pairUpos.length; p++) {
                float v = s[pairUpos[p]] + s[nu + pairXpos[p]];
                if (v > bestScore) {
                    bestScore = v;
                    best = p;
                }
            }
            u[i] = pairUpos[best];
            x[i] = pairXpos[best];
        }
        return new Tags(u, x);
    }

    /**
     * One greedy pass over {@code words}, adding each word's class scores to {@code scores} (row {@code n-1-i}
     * for word {@code i} when {@code reversed}); the history is the pass's own XPOS arg-max.
     */
    private void pass(SparseWeights weights, String[] words, float[][] scores, boolean reversed) {
        int n = words.length;
        int nu = upos.size();
        int width = nu + xpos.size();
        int[] x = new int[n];
        TaggerFeatures features = new TaggerFeatures(words, ambiguityClasses);
        long[] keys = new long[TaggerFeatures.COUNT];
        int[] scratch = new int[SparseWeights.scratchSize(TaggerFeatures.COUNT)];
        float[] own = new float[width];
        for (int i = 0; i < n; i++) {
            features.extract(i, i > 0 ? x[i - 1] : -1, i > 1 ? x[i - 2] : -1, keys);
            Arrays.fill(own, 0f);
            weights.addAll(keys, keys.length, own, scratch);
            x[i] = argmax(own, nu, width) - nu;
            float[] total = scores[reversed ? n - 1 - i : i];
            for (int c = 0; c < width; c++) {
                total[c] += own[c];
            }
        }
    }

    static int argmax(float[] scores, int from, int to) {
        int best = from;
        for (int c = from + 1; c < to; c++) {
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        return best;
    }

    void write(DataOutputStream d) throws IOException {
        d.writeInt(FORMAT);
        d.writeInt(TaggerFeatures.VERSION);
        SyntaxModel.writeNames(d, upos);
        SyntaxModel.writeNames(d, xpos);
        forward.write(d);
        backward.write(d);
        d.writeInt(pairUpos.length);
        for (int p = 0; p < pairUpos.length; p++) {
            d.writeInt(pairUpos[p] * xpos.size() + pairXpos[p]);
        }
        List<String> words = new ArrayList<>(ambiguityClasses.keySet());
        Collections.sort(words);
        d.writeInt(words.size());
        for (String w : words) {
            d.writeUTF(w);
            d.writeLong(ambiguityClasses.get(w));
        }
    }

    static PosTagger read(DataInputStream d) throws IOException {
        int format = d.readInt();
        if (format != FORMAT) {
            throw new IOException("tagger format " + format + " != code format " + FORMAT + " (retrain the model)");
        }
        int version = d.readInt();
        if (version != TaggerFeatures.VERSION) {
            throw new IOException("tagger feature version " + version + " != code version " + TaggerFeatures.VERSION);
        }
        List<String> u = SyntaxModel.readNames(d);
        List<String> x = SyntaxModel.readNames(d);
        SparseWeights forward = SparseWeights.read(d);
        SparseWeights backward = SparseWeights.read(d);
        int pairCount = d.readInt();
        if (pairCount <= 0 || pairCount > u.size() * x.size()) {
            throw new IOException("bad (UPOS, XPOS) pair count " + pairCount);
        }
        int[] pairs = new int[pairCount];
        for (int i = 0; i < pairCount; i++) {
            pairs[i] = d.readInt();
        }
        int n = d.readInt();
        if (n < 0) {
            throw new IOException("bad ambiguity class count " + n);
        }
        Map<String, Long> classes = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            classes.put(d.readUTF(), d.readLong());
        }
        try {
            return new PosTagger(u, x, forward, backward, classes, pairs);
        } catch (IllegalArgumentException e) {
            throw new IOException("bad tagger: " + e.getMessage(), e);
        }
    }
}
