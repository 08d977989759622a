package dev.wireetl.common.text;

/**
 * 64-bit feature hashes built without strings: FNV-1a over characters, mixed with a template number
 * and combined by a finaliser, so (template, values) tuples become weight-table keys. Shared by the entity
 * tagger's and the syntax layer's features: the shipped models' weights are keyed by these exact values.
 */
public final class FeatureHash {
    public static final long NONE = 0x6a09_e667_f3bc_c908L;
    public static final long ROOT = 0x3c6e_f372_fe94_f82bL;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    /** The key of template {@code template} with value {@code value}; never 0. */
    public static long key(int template, long value) {
        long h = fmix(value * 0x9E3779B97F4A7C15L + (template + 1) * 0xC2B2AE3D27D4EB4FL);
        return h == 0 ? 1 : h;
    }

    public static long mix(long a, long b) {
        return fmix(a * 0x9E3779B97F4A7C15L ^ b);
    }

    public static long mix(long a, long b, long c) {
        return mix(mix(a, b), c);
    }

    /** The MurmurHash3 64-bit finaliser. */
    public static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** FNV-1a of {@code s[from, to)}, lower-cased if asked. */
    public static long chars(String s, int from, int to, boolean lower) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (lower) {
                c = Character.toLowerCase(c);
            }
            h = (h ^ c) * FNV_PRIME;
        }
        return h;
    }

    /** Hash of the word shape (upper X, lower x, digit d, others kept; repeats collapsed). */
    public static long shape(String s) {
        long h = FNV_OFFSET ^ 0x5A;
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != prev) {
                h = (h ^ k) * FNV_PRIME;
                prev = k;
            }
        }
        return h;
    }
}
