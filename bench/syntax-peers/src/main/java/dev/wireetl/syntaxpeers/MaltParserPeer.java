package dev.wireetl.syntaxpeers;

import dev.wireetl.syntaxpeers.ConlluScorer.Sentence;
import dev.wireetl.syntaxpeers.ConlluScorer.Word;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maltparser.MaltConsoleEngine;
import org.maltparser.concurrent.ConcurrentMaltParserModel;
import org.maltparser.concurrent.ConcurrentMaltParserService;

/**
 * MaltParser 1.9.2 on UD EWT.
 *
 * <pre>
 * MaltParserPeer train TRAIN.conllu WORKDIR [ALGORITHM]     (writes WORKDIR/ewt-ALGORITHM.mco; default stacklazy)
 * MaltParserPeer evaluate GOLD.conllu MODEL.mco OUT.conllu [TAGS.conllu]
 * </pre>
 *
 * CoNLL-U is converted to CoNLL-X: CPOSTAG = UPOS, POSTAG = XPOS (the column MaltParser's default feature models
 * read), FEATS kept; enhanced dependencies and MISC dropped. With TAGS.conllu (same words, predicted UPOS/XPOS) the
 * parser reads those tags instead of gold.
 */
public final class MaltParserPeer {

    private MaltParserPeer() {}

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("train")) {
            train(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? args[3] : "stacklazy");
        } else if (args.length >= 4 && args[0].equals("evaluate")) {
            evaluate(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), args.length > 4 ? Path.of(args[4]) : null);
        } else {
            System.err.println("usage: MaltParserPeer train TRAIN.conllu WORKDIR [ALGORITHM] | "
                    + "evaluate GOLD.conllu MODEL.mco OUT.conllu [TAGS.conllu]");
            System.exit(2);
        }
    }

    static void train(Path trainConllu, Path workDir, String algorithm) throws Exception {
        Files.createDirectories(workDir);
        Path conllx = workDir.resolve("train.conllx");
        ConlluScorer.write(ConlluScorer.read(trainConllu), conllx);
        String config = "ewt-" + algorithm;
        long start = System.nanoTime();
        new MaltConsoleEngine().startEngine(new String[] {
            "-c", config, "-w", workDir.toAbsolutePath().toString(), "-i", conllx.toAbsolutePath().toString(),
            "-if", "conllx", "-m", "learn", "-a", algorithm, "-l", "liblinear"});
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "engine=maltparser-%s train_ms=%d model=%s%n", algorithm, ms,
                workDir.resolve(config + ".mco"));
    }

    static void evaluate(Path goldConllu, Path model, Path out, Path tagsConllu) throws Exception {
        List<Sentence> gold = ConlluScorer.read(goldConllu);
        List<Sentence> tags = tagsConllu == null ? gold : ConlluScorer.read(tagsConllu);
        List<String[]> inputs = new ArrayList<>(tags.size());
        for (Sentence s : tags) {
            String[] tokens = new String[s.words().size()];
            for (int i = 0; i < tokens.length; i++) {
                Word w = s.words().get(i);
                tokens[i] = (i + 1) + "\t" + w.form() + "\t" + w.lemma() + "\t" + w.upos() + "\t" + w.xpos() + "\t" + w.feats();
            }
            inputs.add(tokens);
        }

        long loadStart = System.nanoTime();
        ConcurrentMaltParserModel parser = ConcurrentMaltParserService.initializeParserModel(model.toFile());
        long loadMs = (System.nanoTime() - loadStart) / 1_000_000;

        // First pass warms the JIT; the second pass is the one timed. Only parseTokens calls are inside the clock.
        long coldNs = parseAll(parser, inputs, null);
        List<String[]> parsed = new ArrayList<>(inputs.size());
        long warmNs = parseAll(parser, inputs, parsed);

        List<Sentence> system = new ArrayList<>(tags.size());
        for (int s = 0; s < tags.size(); s++) {
            List<Word> words = new ArrayList<>();
            String[] lines = parsed.get(s);
            for (int i = 0; i < lines.length; i++) {
                String[] c = lines[i].split("\t");
                Word w = tags.get(s).words().get(i);
                words.add(new Word(w.form(), w.lemma(), w.upos(), w.xpos(), w.feats(), Integer.parseInt(c[6]), c[7]));
            }
            system.add(new Sentence(tags.get(s).sentId(), words));
        }
        ConlluScorer.write(system, out);

        long tokenCount = ConlluScorer.wordCount(gold);
        String tagSource = tagsConllu == null ? "gold" : "predicted";
        String engine = "maltparser-" + tagSource + "-tags";
        ConlluScorer.Score score = ConlluScorer.score(gold, system);
        System.out.printf(Locale.ROOT, "engine=%s cold_pass_tokens/s=%.0f warm_pass_tokens/s=%.0f (parseTokens only, one thread)%n",
                engine, tokenCount / (coldNs / 1e9), tokenCount / (warmNs / 1e9));
        System.out.println(ConlluScorer.detail(engine, score));
        System.out.println(ConlluScorer.summary(engine, score, tokenCount / (warmNs / 1e9), Files.size(model), loadMs));
    }

    private static long parseAll(ConcurrentMaltParserModel parser, List<String[]> inputs, List<String[]> results)
            throws Exception {
        long start = System.nanoTime();
        for (String[] tokens : inputs) {
            String[] parsed = parser.parseTokens(tokens);
            if (results != null) results.add(parsed);
        }
        return System.nanoTime() - start;
    }

}
