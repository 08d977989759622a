package dev.wireetl.tools.syntax;

import dev.wireetl.common.entities.LongIntMap;
import dev.wireetl.common.syntax.SparseWeights;

/**
 * Training-time multi-class averaged perceptron over a fixed feature vocabulary: dense rows of
 * {@code classes} weights per feature id, with the running sums needed for averaging (Daumé's trick:
 * averaged = w - u / c), compacted into a {@link SparseWeights} at the end.
 */
final class AveragedPerceptron {
    private final int classes;
    private final LongIntMap ids;
    private final float[] w;
    private final double[] u;
    private long clock = 1;

    /** {@code ids} maps feature keys to row numbers 0..rows-1. */
    AveragedPerceptron(LongIntMap ids, int rows, int classes) {
        this.classes = classes;
        this.ids = ids;
        this.w = new float[Math.multiplyExact(rows, classes)];
        this.u = new double[w.length];
    }

    int classes() {
        return classes;
    }

    /** Replaces keys by row offsets (-1 when unknown) in place-parallel {@code rows}; returns rows. */
    int[] rows(long[] keys, int count, int[] rows) {
        for (int i = 0; i < count; i++) {
            int id = ids.get(keys[i], -1);
            rows[i] = id < 0 ? -1 : id * classes;
        }
        return rows;
    }

    /** Sets {@code scores} to the current weights summed over {@code rows}. */
    void score(int[] rows, int count, float[] scores) {
        java.util.Arrays.fill(scores, 0, classes, 0f);
        for (int i = 0; i < count; i++) {
            int r = rows[i];
            if (r >= 0) {
                for (int c = 0; c < classes; c++) {
                    scores[c] += w[r + c];
                }
            }
        }
    }

    /** Adds {@code delta} to class {@code cls} of every row. */
    void update(int[] rows, int count, int cls, float delta) {
        double cd = clock * (double) delta;
        for (int i = 0; i < count; i++) {
            int r = rows[i];
            if (r >= 0) {
                w[r + cls] += delta;
                u[r + cls] += cd;
            }
        }
    }

    /** Advances the averaging clock: one call per training instance. */
    void tick() {
        clock++;
    }

    /** The averaged weights, keeping entries with |w| >= {@code epsilon}. */
    SparseWeights average(float epsilon) {
        int[] rows = {0};
        ids.forEach((key, id) -> {
            for (int c = 0; c < classes; c++) {
                if (Math.abs(averaged(id * classes + c)) >= epsilon) {
                    rows[0]++;
                    return;
                }
            }
        });
        SparseWeights out = new SparseWeights(classes, rows[0]);
        short[] cls = new short[classes];
        float[] wt = new float[classes];
        ids.forEach((key, id) -> {
            int n = 0;
            for (int c = 0; c < classes; c++) {
                float a = averaged(id * classes + c);
                if (Math.abs(a) >= epsilon) {
                    cls[n] = (short) c;
                    wt[n++] = a;
                }
            }
            if (n > 0) {
                out.put(key, cls, wt, n);
            }
        });
        return out;
    }

    private float averaged(int i) {
        return (float) (w[i] - u[i] / clock);
    }
}
