package dev.wireetl.common.entities;

import java.util.Arrays;

/** Open-addressing map from long keys (never {@link Long#MIN_VALUE}) to int values; grows as needed. */
public final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE;

    /** Visits entries. */
    @FunctionalInterface
    public interface Visitor {
        void visit(long key, int value);
    }

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    public LongIntMap(int capacity) {
        int cap = Integer.highestOneBit(Math.max(16, capacity) * 2 - 1);
        keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        values = new int[cap];
        mask = cap - 1;
    }

    public int size() {
        return size;
    }

    /** The value of {@code key}, or {@code missing}. */
    public int get(long key, int missing) {
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    public void put(long key, int value) {
        int i = find(key);
        values[i] = value;
    }

    public void add(long key, int delta) {
        int i = find(key);
        values[i] += delta;
    }

    /** Slot of {@code key}, inserting it with value 0 if absent. */
    private int find(long key) {
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return i;
            }
            if (k == EMPTY) {
                if (size + 1 > (mask + 1) * 0.6) {
                    grow();
                    return find(key);
                }
                keys[i] = key;
                size++;
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    public void forEach(Visitor v) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                v.visit(keys[i], values[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int j = find(oldKeys[i]);
                values[j] = oldValues[i];
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
