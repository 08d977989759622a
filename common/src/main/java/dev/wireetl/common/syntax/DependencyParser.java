package dev.wireetl.common.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * A greedy arc-hybrid dependency parser ({@link ParseState}) scored by an averaged perceptron over
 * {@link ParserFeatures}, with labelled transitions: one weight row per feature holds SHIFT, LEFT-l and
 * RIGHT-l for every UD relation l.
 *
 * <p>Immutable; {@link #parse} is thread-safe.
 */
public final class DependencyParser {
    private final List<String> labels;
    private final SparseWeights weights;

    public DependencyParser(List<String> labels, SparseWeights weights) {
        if (labels.size() > 64) {
            throw new IllegalArgumentException("at most 64 labels (label sets are bit masks), got " + labels.size());
        }
        if (weights.classes() != 1 + 2 * labels.size()) {
            throw new IllegalArgumentException("weights have " + weights.classes() + " classes, expected "
                    + (1 + 2 * labels.size()));
        }
        this.labels = List.copyOf(labels);
        this.weights = weights;
    }

    public List<String> labels() {
        return labels;
    }

    SparseWeights weights() {
        return weights;
    }

    /** This parser without the weights below {@code minAbs} in magnitude: a smaller, faster table. */
    public DependencyParser pruned(float minAbs) {
        return new DependencyParser(labels, weights.pruned(minAbs));
    }

    /** Feature rows and stored weights of the parser. */
    public String tableSize() {
        return weights.rows() + " rows, " + weights.entries() + " weights";
    }

    /** A tree: per word (0-based) its head (1-based word number, 0 = root) and label id. */
    public record Tree(int[] heads, int[] labels) {
    }

    /** Parses words with their XPOS ids. */
    public Tree parse(String[] words, int[] xpos) {
        int n = words.length;
        int nl = labels.size();
        ParseState state = new ParseState(n, nl);
        long[][] hashes = ParserFeatures.words(words, xpos);
        long[] keys = new long[ParserFeatures.COUNT];
        int[] scratch = new int[SparseWeights.scratchSize(ParserFeatures.COUNT)];
        float[] scores = new float[weights.classes()];
        while (!state.terminal()) {
            if (!state.canLeft() && !state.canRight()) {
                // only the root on the stack: SHIFT is the one valid transition, nothing to score
                state.apply(ParseState.SHIFT);
                continue;
            }
            ParserFeatures.extract(state, hashes, keys);
            java.util.Arrays.fill(scores, 0f);
            weights.addAll(keys, keys.length, scores, scratch);
            state.apply(best(state, scores, nl));
        }
        int[] heads = new int[n];
        int[] labelIds = new int[n];
        for (int i = 0; i < n; i++) {
            heads[i] = state.head(i + 1);
            labelIds[i] = state.label(i + 1);
        }
        return new Tree(heads, labelIds);
    }

    /** The highest-scoring valid transition. */
    public static int best(ParseState state, float[] scores, int nl) {
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        if (state.canShift()) {
            best = ParseState.SHIFT;
            bestScore = scores[ParseState.SHIFT];
        }
        if (state.canLeft()) {
            for (int t = 1; t <= nl; t++) {
                if (scores[t] > bestScore) {
                    best = t;
                    bestScore = scores[t];
                }
            }
        }
        if (state.canRight()) {
            for (int t = 1 + nl; t <= 2 * nl; t++) {
                if (scores[t] > bestScore) {
                    best = t;
                    bestScore = scores[t];
                }
            }
        }
        return best;
    }

    void write(DataOutputStream d) throws IOException {
        d.writeInt(ParserFeatures.VERSION);
        SyntaxModel.writeNames(d, labels);
        weights.write(d);
    }

    static DependencyParser read(DataInputStream d) throws IOException {
        int version = d.readInt();
        if (version != ParserFeatures.VERSION) {
            throw new IOException("parser feature version " + version + " != code version " + ParserFeatures.VERSION);
        }
        return new DependencyParser(SyntaxModel.readNames(d), SparseWeights.read(d));
    }
}
