package dev.wireetl.common.entities;

import java.io.IOException;

/**
 * Read-only feature-hash → weight-row table for tagging: open addressing with the 64-bit key and the
 * row's {@code width} float weights interleaved in one int array, so a lookup touches one cache line
 * or two instead of a key table plus a weight table.
 */
final class WeightTable {
    private static final int EMPTY_HI = 0;
    private static final int EMPTY_LO = 0;

    private final int width;
    private final int stride;
    private final int mask;
    private final int[] data;
    private int size;

    WeightTable(int capacity, int width) {
        int slots = Integer.highestOneBit(Math.max(16, (int) (capacity / 0.55)) * 2 - 1);
        this.width = width;
        this.stride = width + 2;
        this.mask = slots - 1;
        this.data = new int[slots * stride];
    }

    int size() {
        return size;
    }

    /** Adds a row; {@code key} must be non-zero and not already present. */
    void put(long key, float[] row, int offset) {
        int s = slot(key);
        while (data[s * stride] != EMPTY_HI || data[s * stride + 1] != EMPTY_LO) {
            s = (s + 1) & mask;
        }
        int b = s * stride;
        data[b] = (int) (key >>> 32);
        data[b + 1] = (int) key;
        for (int t = 0; t < width; t++) {
            data[b + 2 + t] = Float.floatToRawIntBits(row[offset + t]);
        }
        size++;
    }

    /** Adds the row of {@code key} to {@code acc[accOffset..]}; returns false if the key is absent. */
    boolean addTo(long key, float[] acc, int accOffset) {
        int hi = (int) (key >>> 32);
        int lo = (int) key;
        int s = slot(key);
        while (true) {
            int b = s * stride;
            int h = data[b];
            int l = data[b + 1];
            if (h == hi && l == lo) {
                for (int t = 0; t < width; t++) {
                    acc[accOffset + t] += Float.intBitsToFloat(data[b + 2 + t]);
                }
                return true;
            }
            if (h == EMPTY_HI && l == EMPTY_LO) {
                return false;
            }
            s = (s + 1) & mask;
        }
    }

    /** Visits every row: key and weights. */
    void forEach(RowVisitor v) throws IOException {
        float[] row = new float[width];
        for (int s = 0; s <= mask; s++) {
            int b = s * stride;
            if (data[b] == EMPTY_HI && data[b + 1] == EMPTY_LO) {
                continue;
            }
            for (int t = 0; t < width; t++) {
                row[t] = Float.intBitsToFloat(data[b + 2 + t]);
            }
            v.visit(((long) data[b] << 32) | (data[b + 1] & 0xffffffffL), row);
        }
    }

    /** Receives a row (the array is reused between calls). */
    @FunctionalInterface
    interface RowVisitor {
        void visit(long key, float[] row) throws IOException;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }
}
