package dev.wireetl.common.entities;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A first-order structured averaged perceptron over IOB2 tags with Viterbi decoding. Features are
 * 64-bit hashes of (template, value) — word, lower case, word shape, prefixes and suffixes 1–4,
 * neighbours ±2, neighbour bigrams, word clusters, gazetteer membership — computed without building
 * strings, and mapped to weight rows through an open-addressing table.
 *
 * <p>Immutable after training or loading; {@link #tag} is thread-safe.
 */
public final class NerTagger {
    private static final Logger LOG = LoggerFactory.getLogger(NerTagger.class);
    private static final int MAGIC = 0x4E455231; // "NER1"

    /** Tags: 0 = O, 1..4 = B-type, 5..8 = I-type, types in {@link #TYPES} order. */
    static final String[] TYPES = {"PER", "LOC", "ORG", "MISC"};
    static final int T = 1 + 2 * TYPES.length;
    private static final float BLOCKED = -1e30f;

    private final WeightTable weights;
    private final float[] transitions; // (prev + 1) * T + tag, prev = -1 at sentence start
    private final Gazetteer gazetteer;
    private final WordClusters clusters;

    private NerTagger(WeightTable weights, float[] transitions, Gazetteer gazetteer, WordClusters clusters) {
        this.weights = weights;
        this.transitions = transitions;
        this.gazetteer = gazetteer;
        this.clusters = clusters;
    }

    /** Number of weight rows (features) in the model. */
    public int featureCount() {
        return weights.size();
    }

    public static String tagName(int tag) {
        return tag == 0 ? "O" : (tag <= TYPES.length ? "B-" : "I-") + TYPES[(tag - 1) % TYPES.length];
    }

    static int tagIndex(String tag) {
        if (tag.equals("O")) {
            return 0;
        }
        String type = tag.substring(2);
        for (int i = 0; i < TYPES.length; i++) {
            if (TYPES[i].equals(type)) {
                return 1 + i + (tag.charAt(0) == 'I' ? TYPES.length : 0);
            }
        }
        throw new IllegalArgumentException("unknown tag " + tag);
    }

    private static boolean allowed(int prev, int tag) {
        if (tag <= TYPES.length) {
            return true;
        }
        int type = tag - 1 - TYPES.length;
        return prev > 0 && (prev - 1) % TYPES.length == type;
    }

    /** Tags one sentence; returns tag indices (see {@link #tagName}). */
    public int[] tag(List<String> tokens) {
        return tag(tokens, null);
    }

    /**
     * Tags one sentence; returns tag indices (see {@link #tagName}). If {@code confidence} is not null
     * (length at least the token count) it receives, per token, a confidence in (0, 1): the logistic of
     * the margin of the chosen tag over the best other tag, emission plus transition from the chosen
     * previous tag (not a calibrated probability).
     */
    public int[] tag(List<String> tokens, float[] confidence) {
        int n = tokens.size();
        if (n == 0) {
            return new int[0];
        }
        long[] feats = NerFeatures.extract(tokens, gazetteer, clusters);
        float[] emission = new float[n * T];
        for (int i = 0; i < n; i++) {
            int base = i * NerFeatures.PER_TOKEN;
            int eb = i * T;
            for (int f = 0; f < NerFeatures.PER_TOKEN; f++) {
                long h = feats[base + f];
                if (h != 0) {
                    weights.addTo(h, emission, eb);
                }
            }
        }
        int[] tags = viterbi(emission, n, transitions);
        if (confidence != null) {
            for (int i = 0; i < n; i++) {
                int prev = i == 0 ? -1 : tags[i - 1];
                float chosen = emission[i * T + tags[i]] + transitions[(prev + 1) * T + tags[i]];
                float other = -Float.MAX_VALUE;
                for (int t = 0; t < T; t++) {
                    if (t != tags[i] && allowed(prev, t)) {
                        other = Math.max(other, emission[i * T + t] + transitions[(prev + 1) * T + t]);
                    }
                }
                confidence[i] = (float) (1 / (1 + Math.exp(-(chosen - other) / 4.0)));
            }
        }
        return tags;
    }

    private static int[] viterbi(float[] emission, int n, float[] transitions) {
        float[] score = new float[n * T];
        int[] back = new int[n * T];
        for (int t = 0; t < T; t++) {
            score[t] = allowed(-1, t) ? emission[t] + transitions[t] : BLOCKED;
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < T; t++) {
                float best = BLOCKED * 2;
                int arg = 0;
                for (int p = 0; p < T; p++) {
                    float s = score[(i - 1) * T + p] + (allowed(p, t) ? transitions[(p + 1) * T + t] : BLOCKED);
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i * T + t] = best + emission[i * T + t];
                back[i * T + t] = arg;
            }
        }
        int[] out = new int[n];
        float best = BLOCKED * 2;
        for (int t = 0; t < T; t++) {
            if (score[(n - 1) * T + t] > best) {
                best = score[(n - 1) * T + t];
                out[n - 1] = t;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            out[i - 1] = back[i * T + out[i]];
        }
        return out;
    }

    /**
     * Trains a tagger.
     *
     * @param minFeatureCount features seen fewer times in the gold data are dropped
     */
    public static NerTagger train(List<TaggedSentence> data, Gazetteer gazetteer, WordClusters clusters,
            int iterations, int minFeatureCount, long seed) {
        List<long[]> feats = new ArrayList<>(data.size());
        List<int[]> gold = new ArrayList<>(data.size());
        LongIntMap counts = new LongIntMap(1 << 20);
        for (TaggedSentence s : data) {
            long[] f = NerFeatures.extract(s.tokens(), gazetteer, clusters);
            feats.add(f);
            int[] g = new int[s.tags().length];
            for (int i = 0; i < g.length; i++) {
                g[i] = tagIndex(s.tags()[i]);
            }
            gold.add(g);
            for (long h : f) {
                if (h != 0) {
                    counts.add(h, 1);
                }
            }
        }
        LongIntMap ids = new LongIntMap(counts.size());
        int[] next = {0};
        counts.forEach((k, c) -> {
            if (c >= minFeatureCount) {
                ids.put(k, next[0]++);
            }
        });
        int nf = next[0];
        LOG.info("training on {} sentences, {} features (of {} seen)", data.size(), nf, counts.size());
        float[] w = new float[nf * T];
        double[] u = new double[nf * T];
        float[] tw = new float[(T + 1) * T];
        double[] tu = new double[(T + 1) * T];
        // feature ids per sentence, -1 for pruned
        List<int[]> featIds = new ArrayList<>(feats.size());
        for (long[] f : feats) {
            int[] x = new int[f.length];
            for (int i = 0; i < f.length; i++) {
                x[i] = f[i] == 0 ? -1 : ids.get(f[i], -1);
            }
            featIds.add(x);
        }
        feats.clear();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        Random rnd = new Random(seed);
        long c = 1;
        for (int it = 0; it < iterations; it++) {
            Collections.shuffle(order, rnd);
            int errors = 0;
            int tokens = 0;
            for (int si : order) {
                int[] x = featIds.get(si);
                int[] y = gold.get(si);
                int n = y.length;
                float[] emission = new float[n * T];
                for (int i = 0; i < n; i++) {
                    for (int f = 0; f < NerFeatures.PER_TOKEN; f++) {
                        int id = x[i * NerFeatures.PER_TOKEN + f];
                        if (id >= 0) {
                            for (int t = 0; t < T; t++) {
                                emission[i * T + t] += w[id * T + t];
                            }
                        }
                    }
                }
                int[] pred = viterbi(emission, n, tw);
                tokens += n;
                for (int i = 0; i < n; i++) {
                    int prevGold = i == 0 ? -1 : y[i - 1];
                    int prevPred = i == 0 ? -1 : pred[i - 1];
                    if (y[i] == pred[i] && prevGold == prevPred) {
                        continue;
                    }
                    if (y[i] != pred[i]) {
                        errors++;
                        for (int f = 0; f < NerFeatures.PER_TOKEN; f++) {
                            int id = x[i * NerFeatures.PER_TOKEN + f];
                            if (id >= 0) {
                                w[id * T + y[i]] += 1;
                                u[id * T + y[i]] += c;
                                w[id * T + pred[i]] -= 1;
                                u[id * T + pred[i]] -= c;
                            }
                        }
                    }
                    tw[(prevGold + 1) * T + y[i]] += 1;
                    tu[(prevGold + 1) * T + y[i]] += c;
                    tw[(prevPred + 1) * T + pred[i]] -= 1;
                    tu[(prevPred + 1) * T + pred[i]] -= c;
                }
                c++;
            }
            LOG.info("iteration {}: token errors {} / {}", it + 1, errors, tokens);
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (w[i] - u[i] / c);
        }
        for (int i = 0; i < tw.length; i++) {
            tw[i] = (float) (tw[i] - tu[i] / c);
        }
        return compact(ids, w, tw, gazetteer, clusters);
    }

    /** Keeps the features with a non-negligible averaged weight, in a {@link WeightTable}. */
    private static NerTagger compact(LongIntMap ids, float[] w, float[] tw, Gazetteer gazetteer,
            WordClusters clusters) {
        int[] keep = {0};
        ids.forEach((k, id) -> {
            if (significant(w, id * T)) {
                keep[0]++;
            }
        });
        WeightTable table = new WeightTable(keep[0], T);
        ids.forEach((k, id) -> {
            if (significant(w, id * T)) {
                table.put(k, w, id * T);
            }
        });
        return new NerTagger(table, tw, gazetteer, clusters);
    }

    private static boolean significant(float[] w, int offset) {
        for (int t = 0; t < T; t++) {
            if (Math.abs(w[offset + t]) >= 1e-3f) {
                return true;
            }
        }
        return false;
    }

    /** Writes the weights (gzip): header, transitions, then per feature its hash and weights as floats. */
    public void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out), 1 << 16));
        d.writeInt(MAGIC);
        d.writeInt(T);
        d.writeInt(NerFeatures.VERSION);
        for (float f : transitions) {
            d.writeFloat(f);
        }
        d.writeInt(weights.size());
        weights.forEach((k, row) -> {
            d.writeLong(k);
            for (int t = 0; t < T; t++) {
                d.writeFloat(row[t]);
            }
        });
        d.flush();
        d.close();
    }

    /** Reads weights written by {@link #write}. */
    public static NerTagger read(InputStream in, Gazetteer gazetteer, WordClusters clusters) throws IOException {
        try (DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16))) {
            if (d.readInt() != MAGIC || d.readInt() != T) {
                throw new IOException("not an NER model (bad header)");
            }
            int version = d.readInt();
            if (version != NerFeatures.VERSION) {
                throw new IOException("model feature version " + version + " != code version " + NerFeatures.VERSION);
            }
            float[] tw = new float[(T + 1) * T];
            for (int i = 0; i < tw.length; i++) {
                tw[i] = d.readFloat();
            }
            int n = d.readInt();
            WeightTable table = new WeightTable(n, T);
            float[] row = new float[T];
            for (int i = 0; i < n; i++) {
                long key = d.readLong();
                for (int t = 0; t < T; t++) {
                    row[t] = d.readFloat();
                }
                table.put(key, row, 0);
            }
            return new NerTagger(table, tw, gazetteer, clusters);
        }
    }
}
