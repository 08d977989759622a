package dev.wireetl.common.entities;

import dev.wireetl.common.text.FeatureHash;
import java.util.List;

/**
 * Computes the tagger's features for a sentence as 64-bit hashes, {@link #PER_TOKEN} slots per token
 * (0 = absent), without building feature strings. Changing any template requires bumping
 * {@link #VERSION}: models record the version they were trained with.
 */
public final class NerFeatures {
    public static final int VERSION = 2;
    static final int PER_TOKEN = 42;

    private static final long BOS = 0x1234_5678_9abc_def1L;
    private static final long EOS = 0x0fed_cba9_8765_4321L;

    private NerFeatures() {
    }


    static long[] extract(List<String> tokens, Gazetteer gazetteer, WordClusters clusters) {
        int n = tokens.size();
        long[] hw = new long[n];
        long[] hl = new long[n];
        long[] hs = new long[n];
        long[] coarse = new long[n];
        long[] fine = new long[n];
        for (int i = 0; i < n; i++) {
            String t = tokens.get(i);
            hw[i] = FeatureHash.chars(t, 0, t.length(), false);
            hl[i] = FeatureHash.chars(t, 0, t.length(), true);
            hs[i] = FeatureHash.shape(t);
            int[] c = clusters.of(t);
            coarse[i] = c == null ? -1 : c[0];
            fine[i] = c == null ? -1 : c[1];
        }
        int[] flags = gazetteer.tokenFlags(tokens);
        long[] out = new long[n * PER_TOKEN];
        for (int i = 0; i < n; i++) {
            String t = tokens.get(i);
            int b = i * PER_TOKEN;
            long lm1 = i > 0 ? hl[i - 1] : BOS;
            long lp1 = i + 1 < n ? hl[i + 1] : EOS;
            long sm1 = i > 0 ? hs[i - 1] : BOS;
            long sp1 = i + 1 < n ? hs[i + 1] : EOS;
            out[b] = f(0, 0);
            out[b + 1] = f(1, hw[i]);
            out[b + 2] = f(2, hl[i]);
            out[b + 3] = f(3, hs[i]);
            int len = t.length();
            for (int k = 1; k <= 4; k++) {
                if (len > k) {
                    out[b + 3 + k] = f(3 + k, FeatureHash.chars(t, 0, k, true));
                    out[b + 7 + k] = f(7 + k, FeatureHash.chars(t, len - k, len, true));
                }
            }
            out[b + 12] = f(12, lm1);
            out[b + 13] = f(13, lp1);
            out[b + 14] = f(14, i > 1 ? hl[i - 2] : BOS);
            out[b + 15] = f(15, i + 2 < n ? hl[i + 2] : EOS);
            out[b + 16] = f(16, sm1);
            out[b + 17] = f(17, sp1);
            out[b + 18] = f(18, FeatureHash.mix(lm1, hl[i]));
            out[b + 19] = f(19, FeatureHash.mix(hl[i], lp1));
            out[b + 20] = f(20, FeatureHash.mix(FeatureHash.mix(sm1, hs[i]), sp1));
            if (coarse[i] >= 0) {
                out[b + 21] = f(21, coarse[i]);
                out[b + 22] = f(22, fine[i]);
            }
            out[b + 23] = f(23, i > 0 ? fine[i - 1] : BOS);
            out[b + 24] = f(24, i + 1 < n ? fine[i + 1] : EOS);
            out[b + 25] = f(25, i + 1 < n ? coarse[i + 1] : EOS);
            for (int k = 0; k < Gazetteer.FLAG_COUNT; k++) {
                if ((flags[i] & (1 << k)) != 0) {
                    out[b + 26 + k] = f(26 + k, 1);
                }
            }
            out[b + 38] = f(38, i > 0 ? flags[i - 1] : BOS);
            out[b + 39] = f(39, i + 1 < n ? flags[i + 1] : EOS);
            if (i == 0) {
                out[b + 40] = f(40, hs[i]);
            }
            out[b + 41] = f(41, FeatureHash.mix(i > 0 ? coarse[i - 1] : BOS, hs[i]));
        }
        return out;
    }

    private static long f(int template, long value) {
        long h = FeatureHash.fmix(value * 0x9E3779B97F4A7C15L + (template + 1) * 0xC2B2AE3D27D4EB4FL);
        return h == 0 || h == Long.MIN_VALUE ? 1 : h;
    }
}
