package dev.wireetl.tools.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Span-level precision, recall and F1 with conlleval rules: a predicted mention counts only if its
 * type and both boundaries equal a gold mention's. Tags are IOB2 ({@code B-T}, {@code I-T}, {@code O});
 * an {@code I-T} that does not continue a {@code T} chunk starts one, as conlleval does.
 */
public final class ConllEval {
    /** A chunk {@code [start, end)} of type {@code type}. */
    record Chunk(String type, int start, int end) {
    }

    private final Map<String, int[]> counts = new TreeMap<>(); // type -> {tp, fp, fn}

    /** Adds one sentence. */
    public void add(String[] gold, String[] predicted) {
        List<Chunk> g = chunks(gold);
        List<Chunk> p = chunks(predicted);
        Set<Chunk> goldSet = Set.copyOf(g);
        for (Chunk c : p) {
            counts.computeIfAbsent(c.type(), k -> new int[3])[goldSet.contains(c) ? 0 : 1]++;
        }
        Set<Chunk> predSet = Set.copyOf(p);
        for (Chunk c : g) {
            if (!predSet.contains(c)) {
                counts.computeIfAbsent(c.type(), k -> new int[3])[2]++;
            }
        }
    }

    static List<Chunk> chunks(String[] tags) {
        List<Chunk> out = new ArrayList<>();
        String type = null;
        int start = 0;
        for (int i = 0; i <= tags.length; i++) {
            String t = i < tags.length ? tags[i] : "O";
            boolean inside = t.length() > 2 && t.charAt(0) == 'I' && t.substring(2).equals(type);
            if (type != null && !inside) {
                out.add(new Chunk(type, start, i));
                type = null;
            }
            if (type == null && t.length() > 2) {
                type = t.substring(2);
                start = i;
            }
        }
        return out;
    }

    /** Formats {@code label precision=P recall=R f1=F} (percentages, two decimals) over {@code types}. */
    public String line(String label, Set<String> types) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (types == null || types.contains(e.getKey())) {
                tp += e.getValue()[0];
                fp += e.getValue()[1];
                fn += e.getValue()[2];
            }
        }
        double p = tp + fp == 0 ? 0 : 100.0 * tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : 100.0 * tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "%s precision=%.2f recall=%.2f f1=%.2f", label, p, r, f);
    }

    /** Per-type lines with gold and predicted counts, in type order. */
    public List<String> perTypeLines() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            out.add(line(e.getKey(), Set.of(e.getKey()))
                    + String.format(Locale.ROOT, " gold=%d predicted=%d", c[0] + c[2], c[0] + c[1]));
        }
        return out;
    }
}
