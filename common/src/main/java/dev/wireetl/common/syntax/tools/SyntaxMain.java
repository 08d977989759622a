package dev.wireetl.common.syntax.tools;

import dev.wireetl.common.syntax.DependencyParser;
import dev.wireetl.common.syntax.SyntaxModel;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Development entry point until the CLI wires the commands: {@code train TRAIN DEV OUT [taggerEpochs
 * parserEpochs folds minCount]}, {@code evaluate MODEL GOLD}, {@code prune MODEL OUT MIN_ABS},
 * {@code bench MODEL TEXT_DIR PASSES}.
 */
public final class SyntaxMain {
    private SyntaxMain() {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "train" -> {
                SyntaxTrainer.Options d = SyntaxTrainer.Options.defaults();
                SyntaxTrainer.Options o = new SyntaxTrainer.Options(
                        args.length > 4 ? Integer.parseInt(args[4]) : d.taggerEpochs(),
                        args.length > 5 ? Integer.parseInt(args[5]) : d.parserEpochs(),
                        args.length > 6 ? Integer.parseInt(args[6]) : d.jackknifeFolds(),
                        args.length > 7 ? Integer.parseInt(args[7]) : d.minFeatureCount(),
                        args.length > 8 ? Integer.parseInt(args[8]) : d.exploreFrom(),
                        d.exploreProbability(), d.seed());
                SyntaxTrainer.Result r = SyntaxTrainer.train(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), o);
                System.out.println(String.format(Locale.ROOT, "trained in %.1f s: %s", r.seconds(), o));
                print(r.dev());
                print(SyntaxEvaluation.evaluateTokenized(r.model(), Path.of(args[2])));
            }
            case "evaluate" -> {
                long t0 = System.nanoTime();
                SyntaxModel m = SyntaxModel.load(Path.of(args[1]));
                System.out.println(String.format(Locale.ROOT, "load ms=%d", (System.nanoTime() - t0) / 1_000_000));
                List<Conllu.Sentence> gold = Conllu.read(Path.of(args[2]));
                print(SyntaxEvaluation.evaluate(m, gold));
                print(SyntaxEvaluation.evaluateTokenized(m, gold));
                int half = gold.size() / 2;
                System.out.println("first half:");
                print(SyntaxEvaluation.evaluate(m, gold.subList(0, half)));
                print(SyntaxEvaluation.evaluateTokenized(m, gold.subList(0, half)));
                System.out.println("second half:");
                print(SyntaxEvaluation.evaluate(m, gold.subList(half, gold.size())));
                print(SyntaxEvaluation.evaluateTokenized(m, gold.subList(half, gold.size())));
            }
            case "prune" -> {
                // prune MODEL OUT MIN_ABS: the model with parser weights below MIN_ABS dropped
                SyntaxModel m = SyntaxModel.load(Path.of(args[1]));
                DependencyParser pruned = m.parser().pruned(Float.parseFloat(args[3]));
                System.out.println("parser table " + m.parser().tableSize() + " -> " + pruned.tableSize());
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(Path.of(args[1]).resolve(SyntaxModel.PROPERTIES),
                        StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                p.setProperty("parser.prune.min.abs", args[3]);
                new SyntaxModel(m.tagger(), m.lemmatizer(), pruned).save(Path.of(args[2]), p);
            }
            case "bench" -> {
                long before = usedHeapAfterGc();
                long t0 = System.nanoTime();
                SyntaxModel m = SyntaxModel.load(Path.of(args[1]));
                long loadMs = (System.nanoTime() - t0) / 1_000_000;
                long model = usedHeapAfterGc() - before;
                SyntaxBenchmark.Result r = SyntaxBenchmark.run(m, Path.of(args[2]), Integer.parseInt(args[3]));
                System.out.println(String.format(Locale.ROOT,
                        "bench: %d sentences, %d words, tokens/s=%d (tagger alone %d), load ms=%d, model heap=%d MB",
                        r.sentences(), r.words(), Math.round(r.tokensPerSecond()), Math.round(r.taggerTokensPerSecond()),
                        loadMs, model >> 20));
                System.out.println("model reference kept: " + m.parser().labels().size() + " labels");
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void print(SyntaxEvaluation.Result r) {
        System.out.println(String.format(Locale.ROOT, "gold words: %d sentences, %d words, xpos=%.2f lemma=%.2f",
                r.sentences(), r.words(), r.xpos(), r.lemma()));
        r.summary().forEach(System.out::println);
    }

    private static void print(SyntaxEvaluation.TokenizedResult r) {
        System.out.println(String.format(Locale.ROOT,
                "project tokenizer: %d sentences, gold %d / system %d words, words F1=%.2f upos F1=%.2f uas F1=%.2f las F1=%.2f",
                r.sentences(), r.goldWords(), r.systemWords(), r.wordF1(), r.upos(), r.uas(), r.las()));
    }
}
