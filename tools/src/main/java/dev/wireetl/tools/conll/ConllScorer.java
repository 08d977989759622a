package dev.wireetl.tools.conll;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level scoring with the rules of the CoNLL shared task's {@code conlleval}: a predicted chunk counts
 * only when its type, first and last token all equal a gold chunk's. Chunks are read from BIO or IOB1 tags
 * the way conlleval reads them (an {@code I-} tag after {@code O} or after another type starts a chunk).
 */
public final class ConllScorer {
    /** The types of the {@code per-loc-org} line: MISC left out. */
    public static final Set<String> PER_LOC_ORG = Set.of("PER", "LOC", "ORG");

    private ConllScorer() {
    }

    /** A chunk of consecutive tokens, {@code first} to {@code last} inclusive. */
    record Chunk(int first, int last, String type) {
    }

    /** Gold, predicted and correct chunk counts of one type, or of several added up. */
    public record Counts(long gold, long predicted, long correct) {
        Counts plus(Counts other) {
            return new Counts(gold + other.gold, predicted + other.predicted, correct + other.correct);
        }

        public double precision() {
            return predicted == 0 ? 0 : 100.0 * correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : 100.0 * correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String scores() {
            return String.format(Locale.ROOT, "precision=%.2f recall=%.2f f1=%.2f", precision(), recall(), f1());
        }
    }

    /** Scores of a whole file: counts per type, sorted by type. */
    public record Result(Map<String, Counts> byType) {
        public Counts overall() {
            return byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
        }

        /** PER, LOC and ORG added up. */
        public Counts perLocOrg() {
            return byType.entrySet().stream().filter(e -> PER_LOC_ORG.contains(e.getKey()))
                    .map(Map.Entry::getValue).reduce(new Counts(0, 0, 0), Counts::plus);
        }

        /** One line per type, then {@code overall …} and {@code per-loc-org …}; percentages, 2 decimals. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            byType.forEach((type, c) -> lines.add(type + " " + c.scores() + " gold=" + c.gold()
                    + " predicted=" + c.predicted() + " correct=" + c.correct()));
            lines.add("overall " + overall().scores());
            lines.add("per-loc-org " + perLocOrg().scores());
            return lines;
        }
    }

    /** Scores predicted against gold tag sequences, sentence by sentence (the lists are parallel). */
    public static Result score(List<List<String>> gold, List<List<String>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold but " + predicted.size() + " predicted sentences");
        }
        Map<String, long[]> counts = new TreeMap<>();
        for (int s = 0; s < gold.size(); s++) {
            if (gold.get(s).size() != predicted.get(s).size()) {
                throw new IllegalArgumentException("sentence " + s + ": " + gold.get(s).size() + " gold but "
                        + predicted.get(s).size() + " predicted tags");
            }
            List<Chunk> goldChunks = chunks(gold.get(s));
            Set<Chunk> goldSet = new HashSet<>(goldChunks);
            for (Chunk c : goldChunks) {
                counts.computeIfAbsent(c.type(), t -> new long[3])[0]++;
            }
            for (Chunk c : chunks(predicted.get(s))) {
                long[] n = counts.computeIfAbsent(c.type(), t -> new long[3]);
                n[1]++;
                if (goldSet.contains(c)) {
                    n[2]++;
                }
            }
        }
        Map<String, Counts> byType = new TreeMap<>();
        counts.forEach((type, n) -> byType.put(type, new Counts(n[0], n[1], n[2])));
        return new Result(byType);
    }

    /** The chunks of one sentence's tags, by conlleval's start-of-chunk and end-of-chunk rules. */
    static List<Chunk> chunks(List<String> tags) {
        List<Chunk> chunks = new ArrayList<>();
        int open = -1;
        String openType = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean outside = tag.length() < 3 || tag.charAt(1) != '-';
            char prefix = outside ? 'O' : tag.charAt(0);
            String type = outside ? null : tag.substring(2);
            boolean sameType = type != null && type.equals(openType);
            if (open >= 0 && (outside || prefix == 'B' || !sameType)) {
                chunks.add(new Chunk(open, i - 1, openType));
                open = -1;
                openType = null;
            }
            if (!outside && (prefix == 'B' || open < 0)) {
                open = i;
                openType = type;
            }
        }
        return chunks;
    }

    /** A chunk by character offsets, {@code end} exclusive. */
    public record Span(int begin, int end, String type) {
    }

    /**
     * BIO tags for a sentence's tokens from character-offset chunks: a chunk covers the token holding its first
     * character through the token holding its last. {@code tokenEnds} are the tokens' exclusive end offsets.
     */
    public static List<String> tagsFromSpans(int[] tokenEnds, List<Span> spans) {
        String[] tags = new String[tokenEnds.length];
        Arrays.fill(tags, "O");
        for (Span span : spans) {
            int first = tokenAt(tokenEnds, span.begin());
            int last = tokenAt(tokenEnds, span.end() - 1);
            for (int t = first; t <= last; t++) {
                tags[t] = (t == first ? "B-" : "I-") + span.type();
            }
        }
        return List.of(tags);
    }

    /** The token holding {@code offset}, or the next token when the offset falls on the space between two. */
    private static int tokenAt(int[] tokenEnds, int offset) {
        for (int t = 0; t < tokenEnds.length; t++) {
            if (offset < tokenEnds[t]) {
                return t;
            }
        }
        return tokenEnds.length - 1;
    }
}
