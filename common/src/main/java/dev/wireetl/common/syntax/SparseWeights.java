package dev.wireetl.common.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Read-only feature-key → sparse weight-row table laid out for one cache miss per lookup of a rare
 * feature. Open addressing over slots of {@value #STRIDE} ints: the 64-bit key (two ints), the row
 * length (0 = empty slot), then the row's entries inline when there are at most {@value #INLINE} of them
 * (most features: a perceptron touches few classes per rare feature), else the offset of the row in an
 * overflow array. Each entry is a float weight whose lowest 7 mantissa bits are replaced by the class
 * number (a relative rounding of 2^-16, far below what moves a perceptron decision).
 *
 * <p>{@link #addAll} looks a whole feature vector up in two passes: first it reads the home slot of
 * every key (independent loads the CPU overlaps), then it scores from slots that are now in cache; the
 * table is far larger than the caches, so this, not arithmetic, sets the parser's speed.
 */
public final class SparseWeights {
    private static final int STRIDE = 8;
    private static final int INLINE = STRIDE - 3;
    private static final int CLASS_BITS = 7;
    private static final int CLASS_MASK = (1 << CLASS_BITS) - 1;
    private static final int FORMAT = 2;

    private final int classes;
    private final int slotMask;
    private final int intMask;
    private final int[] table;
    private int[] overflow;
    private int overflowUsed;
    private int size;
    private long entries;

    /** An empty table for {@code rowCount} rows over {@code classes} classes. */
    public SparseWeights(int classes, int rowCount) {
        this(classes, Integer.highestOneBit(Math.max(16, (int) (rowCount / 0.7)) * 2 - 1), 1024);
    }

    private SparseWeights(int classes, int slotCount, int overflowCapacity) {
        if (classes > CLASS_MASK + 1) {
            throw new IllegalArgumentException("at most " + (CLASS_MASK + 1) + " classes, got " + classes);
        }
        this.classes = classes;
        this.slotMask = slotCount - 1;
        this.intMask = slotCount * STRIDE - 1;
        this.table = new int[slotCount * STRIDE];
        this.overflow = new int[overflowCapacity];
    }

    public int classes() {
        return classes;
    }

    public int rows() {
        return size;
    }

    /** Weights stored over all rows. */
    public long entries() {
        return entries;
    }

    /** Adds a row of {@code count} (class, weight) pairs; {@code key} must be new. Empty rows are dropped. */
    public void put(long key, short[] cls, float[] weight, int count) {
        if (count == 0) {
            return;
        }
        int[] packed = new int[count];
        for (int e = 0; e < count; e++) {
            packed[e] = (Float.floatToRawIntBits(weight[e]) & ~CLASS_MASK) | cls[e];
        }
        place(key, packed, count);
    }

    private void place(long key, int[] packed, int count) {
        int b = home(key);
        while (table[b + 2] != 0) {
            b = (b + STRIDE) & intMask;
        }
        table[b] = (int) key;
        table[b + 1] = (int) (key >>> 32);
        table[b + 2] = count;
        if (count <= INLINE) {
            System.arraycopy(packed, 0, table, b + 3, count);
        } else {
            if (overflowUsed + count > overflow.length) {
                overflow = Arrays.copyOf(overflow, Math.max(overflow.length * 2, overflowUsed + count));
            }
            table[b + 3] = overflowUsed;
            System.arraycopy(packed, 0, overflow, overflowUsed, count);
            overflowUsed += count;
        }
        size++;
        entries += count;
    }

    /**
     * Adds the rows of {@code keys[0, count)} to {@code scores}, in key order; {@code scratch} holds at least
     * {@link #scratchSize}{@code (count)} ints (per-call, so concurrent callers need their own). Three passes:
     * read every home slot, then find every key's slot and start loading its overflow row (one independent
     * load each, summed into a word of {@code scratch} so it is not optimised away), then sum the rows, which
     * are in cache by then: the misses of a whole feature vector overlap instead of coming one at a time.
     */
    void addAll(long[] keys, int count, float[] scores, int[] scratch) {
        int[] t = table;
        int[] o = overflow;
        for (int i = 0; i < count; i++) {
            int b = home(keys[i]);
            scratch[i] = b;
            scratch[count + i] = t[b + 2];
        }
        int touched = 0;
        for (int i = 0; i < count; i++) {
            int b = scratch[i];
            int n = scratch[count + i];
            long key = keys[i];
            int lo = (int) key;
            int hi = (int) (key >>> 32);
            while (n != 0 && (t[b] != lo || t[b + 1] != hi)) {
                b = (b + STRIDE) & intMask;
                n = t[b + 2];
            }
            scratch[i] = b;
            scratch[count + i] = n;
            if (n > INLINE) {
                touched += o[t[b + 3]];
            }
        }
        scratch[2 * count] = touched;
        for (int i = 0; i < count; i++) {
            int n = scratch[count + i];
            if (n != 0) {
                addRow(scratch[i], n, scores);
            }
        }
    }

    /** Ints of scratch space {@link #addAll} needs for {@code count} keys. */
    static int scratchSize(int count) {
        return 2 * count + 1;
    }

    private void addRow(int b, int n, float[] scores) {
        int[] src = table;
        int from = b + 3;
        if (n > INLINE) {
            src = overflow;
            from = table[b + 3];
        }
        for (int e = from; e < from + n; e++) {
            int bits = src[e];
            scores[bits & CLASS_MASK] += Float.intBitsToFloat(bits & ~CLASS_MASK);
        }
    }

    /** A copy without the weights below {@code minAbs} in magnitude (and without rows left empty). */
    public SparseWeights pruned(float minAbs) {
        int kept = 0;
        for (int b = 0; b < table.length; b += STRIDE) {
            if (table[b + 2] != 0 && keptEntries(b, minAbs, null) > 0) {
                kept++;
            }
        }
        SparseWeights out = new SparseWeights(classes, kept);
        int[] packed = new int[classes];
        for (int b = 0; b < table.length; b += STRIDE) {
            if (table[b + 2] != 0) {
                int n = keptEntries(b, minAbs, packed);
                if (n > 0) {
                    out.place(key(b), packed, n);
                }
            }
        }
        return out;
    }

    private int keptEntries(int b, float minAbs, int[] packed) {
        int n = table[b + 2];
        int[] src = n > INLINE ? overflow : table;
        int from = n > INLINE ? table[b + 3] : b + 3;
        int k = 0;
        for (int e = from; e < from + n; e++) {
            if (Math.abs(Float.intBitsToFloat(src[e] & ~CLASS_MASK)) >= minAbs) {
                if (packed != null) {
                    packed[k] = src[e];
                }
                k++;
            }
        }
        return k;
    }

    private long key(int b) {
        return (table[b] & 0xFFFF_FFFFL) | ((long) table[b + 1] << 32);
    }

    /**
     * Writes the header (format, classes, rows, entries), then three column blocks: the keys, the row
     * lengths, the packed entries. Slots are not written: {@link #read} rebuilds the table.
     */
    void write(DataOutputStream d) throws IOException {
        d.writeInt(FORMAT);
        d.writeInt(classes);
        d.writeInt(size);
        d.writeInt(Math.toIntExact(entries));
        ByteBuffer keys = ByteBuffer.allocate(size * 8);
        ByteBuffer lengths = ByteBuffer.allocate(size * 2);
        ByteBuffer packed = ByteBuffer.allocate(Math.toIntExact(entries * 4));
        for (int b = 0; b < table.length; b += STRIDE) {
            int n = table[b + 2];
            if (n == 0) {
                continue;
            }
            keys.putLong(key(b));
            lengths.putShort((short) n);
            int[] src = n > INLINE ? overflow : table;
            int from = n > INLINE ? table[b + 3] : b + 3;
            for (int e = from; e < from + n; e++) {
                packed.putInt(src[e]);
            }
        }
        d.write(keys.array());
        d.write(lengths.array());
        d.write(packed.array());
    }

    static SparseWeights read(DataInputStream d) throws IOException {
        int format = d.readInt();
        int classes = d.readInt();
        int size = d.readInt();
        int entryCount = d.readInt();
        if (format != FORMAT || classes <= 0 || classes > CLASS_MASK + 1 || size < 0 || entryCount < size
                || entryCount > 1 << 28) {
            throw new IOException("bad weight table header: format " + format + ", " + classes + " classes, "
                    + size + " rows, " + entryCount + " weights");
        }
        long[] keys = new long[size];
        ByteBuffer.wrap(readBytes(d, size * 8)).asLongBuffer().get(keys);
        short[] lengths = new short[size];
        ByteBuffer.wrap(readBytes(d, size * 2)).asShortBuffer().get(lengths);
        int[] packed = new int[entryCount];
        ByteBuffer.wrap(readBytes(d, entryCount * 4)).asIntBuffer().get(packed);
        SparseWeights w = new SparseWeights(classes, size);
        w.overflow = new int[Math.max(16, entryCount)];
        int at = 0;
        int[] row = new int[classes];
        for (int r = 0; r < size; r++) {
            int n = lengths[r];
            if (n <= 0 || n > classes || at + n > entryCount) {
                throw new IOException("bad weight row " + r + " (length " + n + ")");
            }
            System.arraycopy(packed, at, row, 0, n);
            at += n;
            w.place(keys[r], row, n);
        }
        if (at != entryCount) {
            throw new IOException("weight rows hold " + at + " weights, header says " + entryCount);
        }
        w.overflow = Arrays.copyOf(w.overflow, Math.max(16, w.overflowUsed));
        return w;
    }

    private static byte[] readBytes(DataInputStream d, int n) throws IOException {
        byte[] b = new byte[n];
        d.readFully(b);
        return b;
    }

    private int home(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return ((int) (h ^ (h >>> 29)) & slotMask) * STRIDE;
    }
}
