package dev.wireetl.syntaxpeers;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads CoNLL-U (syntactic words only: multiword-token ranges and empty nodes are dropped) and scores a system
 * file against a gold file with the same words: UPOS accuracy, UAS and LAS over all words, punctuation included.
 * LAS compares the full relation (subtypes such as nmod:poss included); LAS_universal compares the part before ':'
 * as the CoNLL 2018 shared-task script does.
 *
 * <p>Usage: {@code ConlluScorer GOLD.conllu SYSTEM.conllu [ENGINE_NAME]}
 */
public final class ConlluScorer {

    /** One syntactic word; columns as in CoNLL-U. */
    public record Word(String form, String lemma, String upos, String xpos, String feats, int head, String deprel) {}

    /** One sentence of syntactic words, word i at index i-1. */
    public record Sentence(String sentId, List<Word> words) {}

    /** Counts behind one score line. */
    public record Score(long words, long uposCorrect, long headCorrect, long labelledCorrect, long labelledUniversal) {
        double upos() { return percent(uposCorrect); }
        double uas() { return percent(headCorrect); }
        double las() { return percent(labelledCorrect); }
        double lasUniversal() { return percent(labelledUniversal); }
        private double percent(long n) { return words == 0 ? 0.0 : 100.0 * n / words; }
    }

    private ConlluScorer() {}

    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        String sentId = null;
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                if (!words.isEmpty()) sentences.add(new Sentence(sentId, List.copyOf(words)));
                words.clear();
                sentId = null;
                continue;
            }
            if (line.startsWith("#")) {
                if (line.startsWith("# sent_id = ")) sentId = line.substring("# sent_id = ".length());
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 8) throw new IOException(file + ":" + lineNo + ": expected 10 tab-separated columns");
            if (c[0].contains("-") || c[0].contains(".")) continue; // multiword range or empty node
            int id = Integer.parseInt(c[0]);
            if (id != words.size() + 1) throw new IOException(file + ":" + lineNo + ": word id " + id + " out of order");
            int head = c[6].equals("_") ? -1 : Integer.parseInt(c[6]);
            words.add(new Word(c[1], c[2], c[3], c[4], c[5], head, c[7]));
        }
        if (!words.isEmpty()) sentences.add(new Sentence(sentId, List.copyOf(words)));
        return sentences;
    }

    /** Writes sentences as 10-column lines; CoNLL-X and CoNLL-U share the layout for plain words. */
    public static void write(List<Sentence> sentences, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Sentence s : sentences) {
                if (s.sentId() != null) out.write("# sent_id = " + s.sentId() + "\n");
                for (int i = 0; i < s.words().size(); i++) {
                    Word w = s.words().get(i);
                    out.write((i + 1) + "\t" + w.form() + "\t" + w.lemma() + "\t" + w.upos() + "\t" + w.xpos() + "\t"
                            + w.feats() + "\t" + (w.head() < 0 ? "_" : Integer.toString(w.head())) + "\t" + w.deprel()
                            + "\t_\t_\n");
                }
                out.write("\n");
            }
        }
    }

    public static long wordCount(List<Sentence> sentences) {
        return sentences.stream().mapToLong(s -> s.words().size()).sum();
    }

    public static Score score(List<Sentence> gold, List<Sentence> system) {
        if (gold.size() != system.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " sentences, system " + system.size());
        }
        long words = 0, upos = 0, heads = 0, labelled = 0, universal = 0;
        for (int s = 0; s < gold.size(); s++) {
            List<Word> g = gold.get(s).words();
            List<Word> p = system.get(s).words();
            if (g.size() != p.size()) {
                throw new IllegalArgumentException("sentence " + (s + 1) + ": gold has " + g.size() + " words, system " + p.size());
            }
            for (int i = 0; i < g.size(); i++) {
                Word gw = g.get(i), pw = p.get(i);
                words++;
                if (gw.upos().equals(pw.upos())) upos++;
                if (gw.head() == pw.head()) {
                    heads++;
                    if (gw.deprel().equals(pw.deprel())) labelled++;
                    if (universal(gw.deprel()).equals(universal(pw.deprel()))) universal++;
                }
            }
        }
        return new Score(words, upos, heads, labelled, universal);
    }

    private static String universal(String deprel) {
        int colon = deprel.indexOf(':');
        return colon < 0 ? deprel : deprel.substring(0, colon);
    }

    /** The summary line every engine prints. */
    public static String summary(String engine, Score score, double tokensPerSecond, long modelBytes, long loadMs) {
        return String.format(Locale.ROOT,
                "engine=%s upos accuracy=%.2f uas=%.2f las=%.2f tokens/s=%.0f model_bytes=%d load_ms=%d",
                engine, score.upos(), score.uas(), score.las(), tokensPerSecond, modelBytes, loadMs);
    }

    public static String detail(String engine, Score score) {
        return String.format(Locale.ROOT, "engine=%s words=%d las_universal=%.2f", engine, score.words(), score.lasUniversal());
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ConlluScorer GOLD.conllu SYSTEM.conllu [ENGINE_NAME]");
            System.exit(2);
        }
        String engine = args.length > 2 ? args[2] : "system";
        Score score = score(read(Path.of(args[0])), read(Path.of(args[1])));
        System.out.println(String.format(Locale.ROOT, "engine=%s upos accuracy=%.2f uas=%.2f las=%.2f",
                engine, score.upos(), score.uas(), score.las()));
        System.out.println(detail(engine, score));
    }
}
