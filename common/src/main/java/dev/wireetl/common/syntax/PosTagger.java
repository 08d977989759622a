package dev.wireetl.common.syntax;

import dev.wireetl.common.text.FeatureHash;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A greedy left-to-right averaged-perceptron tagger predicting UPOS and Penn XPOS together: one weight
 * row per feature holds both tag sets (UPOS classes first), each decided by its own arg-max; the two
 * previous XPOS decisions are features of the next word.
 *
 * <p>Immutable; {@link #tag} is thread-safe.
 */
public final class PosTagger {
    private final List<String> upos;
    private final List<String> xpos;
    private final SparseWeights weights;
    private final Map<String, Long> ambiguityClasses;

    /** {@code ambiguityClasses}: see {@link #ambiguityClasses(Map)}. */
    public PosTagger(List<String> upos, List<String> xpos, SparseWeights weights, Map<String, Long> ambiguityClasses) {
        if (weights.classes() != upos.size() + xpos.size()) {
            throw new IllegalArgumentException("weights have " + weights.classes() + " classes, tag sets "
                    + upos.size() + " + " + xpos.size());
        }
        this.upos = List.copyOf(upos);
        this.xpos = List.copyOf(xpos);
        this.weights = weights;
        this.ambiguityClasses = Map.copyOf(ambiguityClasses);
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

    SparseWeights weights() {
        return weights;
    }

    /** Tags of one sentence: UPOS and XPOS ids (indices into {@link #uposTags}, {@link #xposTags}). */
    public record Tags(int[] upos, int[] xpos) {
    }

    public Tags tag(String[] words) {
        int n = words.length;
        int nu = upos.size();
        int width = weights.classes();
        int[] u = new int[n];
        int[] x = new int[n];
        TaggerFeatures features = new TaggerFeatures(words, ambiguityClasses);
        long[] keys = new long[TaggerFeatures.COUNT];
        int[] scratch = new int[SparseWeights.scratchSize(TaggerFeatures.COUNT)];
        float[] scores = new float[width];
        for (int i = 0; i < n; i++) {
            features.extract(i, i > 0 ? x[i - 1] : -1, i > 1 ? x[i - 2] : -1, keys);
            java.util.Arrays.fill(scores, 0f);
            weights.addAll(keys, keys.length, scores, scratch);
            u[i] = argmax(scores, 0, nu);
            x[i] = argmax(scores, nu, width) - nu;
        }
        return new Tags(u, x);
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
        d.writeInt(TaggerFeatures.VERSION);
        SyntaxModel.writeNames(d, upos);
        SyntaxModel.writeNames(d, xpos);
        weights.write(d);
        List<String> words = new ArrayList<>(ambiguityClasses.keySet());
        Collections.sort(words);
        d.writeInt(words.size());
        for (String w : words) {
            d.writeUTF(w);
            d.writeLong(ambiguityClasses.get(w));
        }
    }

    static PosTagger read(DataInputStream d) throws IOException {
        int version = d.readInt();
        if (version != TaggerFeatures.VERSION) {
            throw new IOException("tagger feature version " + version + " != code version " + TaggerFeatures.VERSION);
        }
        List<String> u = SyntaxModel.readNames(d);
        List<String> x = SyntaxModel.readNames(d);
        SparseWeights weights = SparseWeights.read(d);
        int n = d.readInt();
        if (n < 0) {
            throw new IOException("bad ambiguity class count " + n);
        }
        Map<String, Long> classes = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            classes.put(d.readUTF(), d.readLong());
        }
        return new PosTagger(u, x, weights, classes);
    }
}
