package dev.wireetl.common.entities;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Word clusters learned from unlabelled text: every frequent word gets a fine cluster and a coarse
 * cluster (the cluster of its fine cluster's centroid), used as tagger features so rare names share
 * weights with distributionally similar frequent ones.
 *
 * <p>Learning ({@link #learn}): positive-PMI vectors over lower-cased neighbours at offsets −2…+2
 * (the most frequent context words), randomly projected to a dense space, L2-normalised, then spherical
 * k-means; deterministic for a given seed and input order. File format: {@code word<TAB>coarse<TAB>fine}.
 */
public final class WordClusters {
    private static final Pattern TAB = Pattern.compile("\t");
    private static final int DIM = 96;
    private static final int[] OFFSETS = {-2, -1, 1, 2};

    private final Map<String, int[]> clusters;

    private WordClusters(Map<String, int[]> clusters) {
        this.clusters = clusters;
    }

    /** No clusters: every lookup misses. */
    public static WordClusters empty() {
        return new WordClusters(Map.of());
    }

    /** Coarse and fine cluster of {@code word}, or null when unknown. */
    int[] of(String word) {
        return clusters.get(word);
    }

    public int size() {
        return clusters.size();
    }

    public static WordClusters read(InputStream in) throws IOException {
        Map<String, int[]> m = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            String[] f = TAB.split(line);
            if (f.length == 3) {
                m.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
            }
        }
        return new WordClusters(m);
    }

    public void write(OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        List<String> words = new ArrayList<>(clusters.keySet());
        words.sort(null);
        for (String word : words) {
            int[] c = clusters.get(word);
            w.write(word + "\t" + c[0] + "\t" + c[1] + "\n");
        }
        w.flush();
    }

    /**
     * Learns clusters from tokenised sentences.
     *
     * @param minCount words seen fewer times get no cluster
     * @param contexts number of most frequent lower-cased words used as contexts
     */
    public static WordClusters learn(List<List<String>> sentences, int minCount, int contexts, int fineK, int coarseK,
            int iterations, long seed) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Integer> lowerCount = new HashMap<>();
        long total = 0;
        for (List<String> s : sentences) {
            for (String t : s) {
                count.merge(t, 1, Integer::sum);
                lowerCount.merge(t.toLowerCase(Locale.ROOT), 1, Integer::sum);
                total++;
            }
        }
        List<String> vocab = count.entrySet().stream().filter(e -> e.getValue() >= minCount)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        Map<String, Integer> wordId = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            wordId.put(vocab.get(i), i);
        }
        List<String> ctxWords = lowerCount.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(contexts).map(Map.Entry::getKey).toList();
        Map<String, Integer> ctxId = new HashMap<>();
        for (int i = 0; i < ctxWords.size(); i++) {
            ctxId.put(ctxWords.get(i), i);
        }
        int dims = contexts * OFFSETS.length;
        LongIntMap pairs = new LongIntMap(1 << 22);
        long[] ctxTotal = new long[dims];
        long[] wordTotal = new long[vocab.size()];
        for (List<String> s : sentences) {
            int n = s.size();
            int[] wid = new int[n];
            int[] cid = new int[n];
            for (int i = 0; i < n; i++) {
                wid[i] = wordId.getOrDefault(s.get(i), -1);
                cid[i] = ctxId.getOrDefault(s.get(i).toLowerCase(Locale.ROOT), -1);
            }
            for (int i = 0; i < n; i++) {
                if (wid[i] < 0) {
                    continue;
                }
                for (int o = 0; o < OFFSETS.length; o++) {
                    int j = i + OFFSETS[o];
                    if (j < 0 || j >= n || cid[j] < 0) {
                        continue;
                    }
                    int c = o * contexts + cid[j];
                    pairs.add((long) wid[i] * dims + c, 1);
                    ctxTotal[c]++;
                    wordTotal[wid[i]]++;
                }
            }
        }
        Random rnd = new Random(seed);
        float[][] proj = new float[dims][DIM];
        for (float[] p : proj) {
            for (int d = 0; d < DIM; d++) {
                p[d] = (float) rnd.nextGaussian();
            }
        }
        float[][] vec = new float[vocab.size()][DIM];
        long events = Arrays.stream(ctxTotal).sum();
        pairs.forEach((key, value) -> {
            int w = (int) (key / dims);
            int c = (int) (key % dims);
            double pmi = Math.log((double) value * events / ((double) wordTotal[w] * ctxTotal[c]));
            if (pmi > 0) {
                float[] v = vec[w];
                float[] p = proj[c];
                for (int d = 0; d < DIM; d++) {
                    v[d] += (float) pmi * p[d];
                }
            }
        });
        for (float[] v : vec) {
            normalise(v);
        }
        int[] fine = kmeans(vec, Math.min(fineK, vec.length), iterations, rnd);
        float[][] centroids = centroids(vec, fine, Math.min(fineK, vec.length));
        int[] coarseOfFine = kmeans(centroids, Math.min(coarseK, centroids.length), iterations, rnd);
        Map<String, int[]> m = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            m.put(vocab.get(i), new int[] {coarseOfFine[fine[i]], fine[i]});
        }
        return new WordClusters(m);
    }

    private static int[] kmeans(float[][] x, int k, int iterations, Random rnd) {
        int n = x.length;
        float[][] c = new float[k][];
        // start from k evenly spread points of the frequency-ordered input, jittered by the seed
        for (int i = 0; i < k; i++) {
            c[i] = x[Math.min(n - 1, (int) ((long) i * n / k) + rnd.nextInt(Math.max(1, n / k)))].clone();
        }
        int[] assign = new int[n];
        for (int it = 0; it < iterations; it++) {
            for (int i = 0; i < n; i++) {
                float[] v = x[i];
                int best = 0;
                float bestDot = -Float.MAX_VALUE;
                for (int j = 0; j < k; j++) {
                    float[] cj = c[j];
                    float dot = 0;
                    for (int d = 0; d < DIM; d++) {
                        dot += v[d] * cj[d];
                    }
                    if (dot > bestDot) {
                        bestDot = dot;
                        best = j;
                    }
                }
                assign[i] = best;
            }
            float[][] next = centroids(x, assign, k);
            for (int j = 0; j < k; j++) {
                if (next[j] != null) {
                    c[j] = next[j];
                }
            }
        }
        return assign;
    }

    private static float[][] centroids(float[][] x, int[] assign, int k) {
        float[][] c = new float[k][];
        for (int i = 0; i < x.length; i++) {
            float[] cj = c[assign[i]];
            if (cj == null) {
                cj = new float[DIM];
                c[assign[i]] = cj;
            }
            for (int d = 0; d < DIM; d++) {
                cj[d] += x[i][d];
            }
        }
        for (int j = 0; j < k; j++) {
            if (c[j] == null) {
                c[j] = new float[DIM];
            }
            normalise(c[j]);
        }
        return c;
    }

    private static void normalise(float[] v) {
        double s = 0;
        for (float f : v) {
            s += f * f;
        }
        if (s > 0) {
            float inv = (float) (1 / Math.sqrt(s));
            for (int d = 0; d < v.length; d++) {
                v[d] *= inv;
            }
        }
    }
}
