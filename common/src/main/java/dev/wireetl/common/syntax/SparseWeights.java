package dev.wireetl.common.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Read-only feature-key → sparse weight-row table laid out for one cache miss per lookup of a rare
 * feature. Open addressing over slots of {@value #STRIDE} ints: a 32-bit fingerprint of the key, the row
 * length, then the row's entries inline when there are at most {@value #INLINE} of them (most features:
 * a perceptron touches few classes per rare feature), else the offset of the row in an overflow array.
 * Each entry is a float weight whose lowest 7 mantissa bits are replaced by the class number (a relative
 * rounding of 2^-16, far below what moves a perceptron decision).
 *
 * <p>Fingerprints make this a hashing-trick table: two keys sharing a probe chain and a fingerprint (odds
 * about 2^-32 per lookup) share a row.
 */
public final class SparseWeights {
    private static final int STRIDE = 8;
    private static final int INLINE = STRIDE - 2;
    private static final int CLASS_BITS = 7;
    private static final int CLASS_MASK = (1 << CLASS_BITS) - 1;

    private final int classes;
    private final int mask;
    private final int[] table;
    private int[] overflow;
    private int overflowUsed;
    private int size;

    /** An empty table for {@code rowCount} rows over {@code classes} classes. */
    public SparseWeights(int classes, int rowCount) {
        this(classes, Integer.highestOneBit(Math.max(16, (int) (rowCount / 0.7)) * 2 - 1), 1024);
    }

    private SparseWeights(int classes, int slotCount, int overflowCapacity) {
        if (classes > CLASS_MASK + 1) {
            throw new IllegalArgumentException("at most " + (CLASS_MASK + 1) + " classes, got " + classes);
        }
        this.classes = classes;
        this.mask = slotCount - 1;
        this.table = new int[slotCount * STRIDE];
        this.overflow = new int[overflowCapacity];
    }

    public int classes() {
        return classes;
    }

    public int rows() {
        return size;
    }

    private static int fingerprint(long key) {
        int f = (int) (key >>> 32) ^ (int) key;
        return f == 0 ? 1 : f;
    }

    /** Adds a row of {@code count} (class, weight) pairs; {@code key} must be new. */
    public void put(long key, short[] cls, float[] weight, int count) {
        int s = slot(key);
        while (table[s * STRIDE] != 0) {
            s = (s + 1) & mask;
        }
        int[] packed = new int[count];
        for (int e = 0; e < count; e++) {
            packed[e] = (Float.floatToRawIntBits(weight[e]) & ~CLASS_MASK) | cls[e];
        }
        place(s, fingerprint(key), packed, count);
    }

    private void place(int s, int fingerprint, int[] packed, int count) {
        int b = s * STRIDE;
        table[b] = fingerprint;
        table[b + 1] = count;
        if (count <= INLINE) {
            System.arraycopy(packed, 0, table, b + 2, count);
        } else {
            if (overflowUsed + count > overflow.length) {
                overflow = Arrays.copyOf(overflow, Math.max(overflow.length * 2, overflowUsed + count));
            }
            table[b + 2] = overflowUsed;
            System.arraycopy(packed, 0, overflow, overflowUsed, count);
            overflowUsed += count;
        }
        size++;
    }

    /** Adds the row of {@code key} to {@code scores}; absent keys add nothing. */
    void addTo(long key, float[] scores) {
        int f = fingerprint(key);
        int s = slot(key);
        while (true) {
            int b = s * STRIDE;
            int g = table[b];
            if (g == f) {
                int n = table[b + 1];
                int[] src = table;
                int from = b + 2;
                if (n > INLINE) {
                    src = overflow;
                    from = table[b + 2];
                }
                for (int e = from; e < from + n; e++) {
                    int bits = src[e];
                    scores[bits & CLASS_MASK] += Float.intBitsToFloat(bits & ~CLASS_MASK);
                }
                return;
            }
            if (g == 0) {
                return;
            }
            s = (s + 1) & mask;
        }
    }

    /** Writes the header, then per row its slot, fingerprint, length and packed entries. */
    void write(DataOutputStream d) throws IOException {
        d.writeInt(classes);
        d.writeInt(size);
        d.writeInt(mask + 1);
        d.writeInt(overflowUsed);
        for (int s = 0; s <= mask; s++) {
            int b = s * STRIDE;
            if (table[b] == 0) {
                continue;
            }
            int n = table[b + 1];
            d.writeInt(s);
            d.writeInt(table[b]);
            d.writeShort(n);
            int[] src = n > INLINE ? overflow : table;
            int from = n > INLINE ? table[b + 2] : b + 2;
            for (int e = from; e < from + n; e++) {
                d.writeInt(src[e]);
            }
        }
    }

    static SparseWeights read(DataInputStream d) throws IOException {
        int classes = d.readInt();
        int size = d.readInt();
        int slotCount = d.readInt();
        int overflowSize = d.readInt();
        if (classes <= 0 || classes > CLASS_MASK + 1 || size < 0 || size > slotCount || overflowSize < 0
                || Integer.bitCount(slotCount) != 1) {
            throw new IOException("bad weight table header: " + classes + " classes, " + slotCount + " slots");
        }
        SparseWeights w = new SparseWeights(classes, slotCount, Math.max(16, overflowSize));
        int[] packed = new int[classes];
        for (int r = 0; r < size; r++) {
            int s = d.readInt();
            int f = d.readInt();
            int n = d.readShort();
            if (s < 0 || s >= slotCount || f == 0 || n < 0 || n > classes || w.table[s * STRIDE] != 0) {
                throw new IOException("bad weight row " + r + " (slot " + s + ", length " + n + ")");
            }
            for (int e = 0; e < n; e++) {
                packed[e] = d.readInt();
            }
            w.place(s, f, packed, n);
        }
        return w;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }
}
