package dev.wireetl.common.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SparseWeightsTest {
    private static final int CLASSES = 10;

    /** Row k (keys 1..200) holds weight k/4 on class k % 10 and, for every 7th key, weights on all classes. */
    private static SparseWeights table() {
        SparseWeights w = new SparseWeights(CLASSES, 200);
        short[] cls = new short[CLASSES];
        float[] weight = new float[CLASSES];
        for (int k = 1; k <= 200; k++) {
            int n = k % 7 == 0 ? CLASSES : 1;
            for (int e = 0; e < n; e++) {
                cls[e] = (short) (n == 1 ? k % CLASSES : e);
                weight[e] = k / 4f;
            }
            w.put(k, cls, weight, n);
        }
        return w;
    }

    private static float[] score(SparseWeights w, long... keys) {
        float[] scores = new float[CLASSES];
        w.addAll(keys, keys.length, scores, new int[SparseWeights.scratchSize(keys.length)]);
        return scores;
    }

    @Test
    void sumsTheRowsOfPresentKeysAndIgnoresAbsentOnes() {
        float[] expected = new float[CLASSES];
        expected[3] = 3 / 4f;
        expected[5] = 5 / 4f;
        for (int c = 0; c < CLASSES; c++) {
            expected[c] += 14 / 4f;
        }
        assertArrayEquals(expected, score(table(), 3, 5, 14, 999, -1), 1e-4f);
        assertEquals(200, table().rows());
        assertEquals(200 - 28 + 28 * CLASSES, table().entries());
    }

    @Test
    void pruningDropsSmallWeightsAndEmptyRows() {
        SparseWeights pruned = table().pruned(10f);
        // keys 40..200 have weight >= 10
        assertEquals(161, pruned.rows());
        assertArrayEquals(new float[CLASSES], score(pruned, 3, 39), 0f);
        assertArrayEquals(score(table(), 40, 77, 200), score(pruned, 40, 77, 200), 0f);
    }

    @Test
    void survivesAWriteReadRoundTrip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            table().write(out);
        }
        SparseWeights read = SparseWeights.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(200, read.rows());
        for (long k = 1; k <= 201; k++) {
            assertArrayEquals(score(table(), k), score(read, k), 0f, "key " + k);
        }
    }
}
