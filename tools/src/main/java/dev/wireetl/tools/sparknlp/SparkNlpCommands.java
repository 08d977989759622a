package dev.wireetl.tools.sparknlp;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.entities.Gazetteer;
import dev.wireetl.common.entities.ResourceOpener;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.extract.SparkNlpEngine;
import dev.wireetl.jobs.spark.SparkSessions;
import dev.wireetl.tools.conll.ConllScorer;
import dev.wireetl.tools.conll.NerCorpus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The commands {@code train-ner --engine sparknlp} and {@code evaluate-ner --engine sparknlp}. Each returns an
 * exit code ({@link ExitCode#OK}, {@link ExitCode#USAGE} with a message naming the flag,
 * {@link ExitCode#FAILED}) and runs on the session passed in or, without one, on its own local session.
 */
public final class SparkNlpCommands {
    private static final Logger LOG = LoggerFactory.getLogger(SparkNlpCommands.class);

    static final int DEFAULT_MAX_EPOCHS = 5;
    static final int DEFAULT_EMBEDDINGS_DIM = 50;
    /** The default engine's commands read the gazetteer from here too. */
    static final String DEFAULT_GAZETTEER = "conf/gazetteer";

    private SparkNlpCommands() {
    }

    /**
     * {@code --train FILE[,FILE] --model-out DIR [--max-epochs N] [--embeddings-dim N] [--sample-sentences N]
     * [--gazetteer DIR]}: trains and saves the NER pipeline. Files are CoNLL-2003 style or GMB CSVs, read by
     * {@link NerCorpus} with the demonyms of the gazetteer (see {@link #demonyms}).
     */
    public static int trainNer(List<String> args) {
        return trainNer(args, null);
    }

    /** {@link #trainNer(List)} on {@code spark}, which stays open; null means a new local session. */
    public static int trainNer(List<String> args, SparkSession spark) {
        return run("train-ner", spark, () -> {
            NlpArguments options = NlpArguments.parse(args, Set.of("--train", "--model-out", "--max-epochs",
                    "--embeddings-dim", "--sample-sentences", "--gazetteer"));
            List<java.nio.file.Path> train = options.existingFiles("--train");
            SparkNlpTrainer.Settings settings = new SparkNlpTrainer.Settings(train, demonyms(options, train),
                    options.integer("--max-epochs", DEFAULT_MAX_EPOCHS, 1),
                    options.integer("--embeddings-dim", DEFAULT_EMBEDDINGS_DIM, 2),
                    options.integer("--sample-sentences", 0, 0));
            String modelOut = options.required("--model-out");
            return session -> {
                long start = System.nanoTime();
                SparkNlpTrainer.trainAndSave(session, settings, modelOut);
                System.out.printf(Locale.ROOT, "train-ner: saved %s in %.1f s%n", modelOut,
                        (System.nanoTime() - start) / 1e9);
            };
        });
    }

    /**
     * {@code --gold FILE --model DIR [--gazetteer DIR]}: reads the gold file with {@link NerCorpus} (as the
     * default engine's {@code evaluate-ner} does), runs the model on its sentences (tokens joined by single
     * spaces) and prints conlleval-style scores per type, {@code overall …}, {@code per-loc-org …} and
     * {@code tokens/s=N}. Predicted PERSON and NORP are scored as PER and MISC.
     */
    public static int evaluateNer(List<String> args) {
        return evaluateNer(args, null);
    }

    /** {@link #evaluateNer(List)} on {@code spark}, which stays open; null means a new local session. */
    public static int evaluateNer(List<String> args, SparkSession spark) {
        return run("evaluate-ner", spark, () -> {
            NlpArguments options = NlpArguments.parse(args, Set.of("--gold", "--model", "--gazetteer"));
            java.nio.file.Path gold = options.existingFiles("--gold").get(0);
            Predicate<String> isDemonym = demonyms(options, List.of(gold));
            String model = options.required("--model");
            checkModelExists(model);
            return session -> {
                List<ConllSentence> sentences = ConllFiles.read(gold, isDemonym);
                long start = System.nanoTime();
                List<List<ConllScorer.Span>> predicted = predictSpans(session, sentences, model);
                double seconds = (System.nanoTime() - start) / 1e9;
                List<List<String>> goldTags = new ArrayList<>();
                List<List<String>> predictedTags = new ArrayList<>();
                for (int i = 0; i < sentences.size(); i++) {
                    goldTags.add(sentences.get(i).nerTags());
                    predictedTags.add(ConllScorer.tagsFromSpans(sentences.get(i).tokenEnds(), predicted.get(i)));
                }
                ConllScorer.score(goldTags, predictedTags).lines().forEach(System.out::println);
                long tokens = sentences.stream().mapToLong(s -> s.tokens().size()).sum();
                System.out.printf(Locale.ROOT, "sentences=%d tokens=%d seconds=%.1f%n", sentences.size(), tokens,
                        seconds);
                System.out.printf(Locale.ROOT, "tokens/s=%.0f%n", tokens / seconds);
            };
        });
    }

    /** The model's chunks in each sentence, by character offsets into {@link ConllSentence#text()}. */
    static List<List<ConllScorer.Span>> predictSpans(SparkSession spark, List<ConllSentence> sentences,
                                                      String model) {
        List<Row> rows = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            rows.add(RowFactory.create(Integer.toString(i), sentences.get(i).text()));
        }
        Dataset<Row> articles = spark.createDataFrame(rows, new StructType()
                .add("article_id", DataTypes.StringType).add(SparkNlpEngine.BODY, DataTypes.StringType));
        List<List<ConllScorer.Span>> spans = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            spans.add(new ArrayList<>());
        }
        for (Row chunk : SparkNlpEngine.annotate(spark, articles, model)
                .select("article_id", "type", "begin", "end").collectAsList()) {
            spans.get(Integer.parseInt(chunk.getString(0))).add(
                    new ConllScorer.Span(chunk.getInt(2), chunk.getInt(3), conllType(chunk.getString(1))));
        }
        return spans;
    }

    /** The engine's type names back to CoNLL's: PERSON → PER, NORP → MISC, others unchanged. */
    static String conllType(String engineType) {
        return switch (engineType) {
            case "PERSON" -> "PER";
            case "NORP" -> "MISC";
            default -> engineType;
        };
    }

    /**
     * The reader's demonym test ({@link NerCorpus#demonyms}) on the gazetteer of {@code --gazetteer} (default
     * {@value #DEFAULT_GAZETTEER}), loaded only when a file is a GMB CSV: no other format asks it, so CoNLL
     * files need no gazetteer.
     */
    static Predicate<String> demonyms(NlpArguments options, List<java.nio.file.Path> files) {
        String dir = options.optional("--gazetteer", DEFAULT_GAZETTEER);
        if (files.stream().noneMatch(NerCorpus::isGmb)) {
            return s -> false;
        }
        try {
            return NerCorpus.demonyms(Gazetteer.load(ResourceOpener.of(java.nio.file.Path.of(dir))));
        } catch (IOException e) {
            throw new ConfigException("--gazetteer: cannot load '" + dir + "': " + e);
        }
    }

    private static void checkModelExists(String model) {
        try {
            Path path = new Path(model);
            if (!path.getFileSystem(new org.apache.hadoop.conf.Configuration()).exists(path)) {
                throw new ConfigException("--model: '" + model + "' does not exist");
            }
        } catch (IOException e) {
            throw new ConfigException("--model: cannot check '" + model + "': " + e.getMessage());
        }
    }

    /** What a command does once its options are checked: its work on a session. */
    private interface Work {
        void on(SparkSession spark);
    }

    /** What a command does first: check its options (throwing {@link ConfigException}) and say the work. */
    private interface Checked {
        Work check();
    }

    private static int run(String command, SparkSession given, Checked checked) {
        Work work;
        try {
            work = checked.check();
        } catch (ConfigException e) {
            System.err.println("wire-etl " + command + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        SparkSession spark = given != null ? given : SparkSessions.local("wire-etl " + command);
        try {
            work.on(spark);
            return ExitCode.OK;
        } catch (RuntimeException e) {
            LOG.error("{} failed", command, e);
            System.err.println("wire-etl " + command + ": failed: " + e);
            return ExitCode.FAILED;
        } finally {
            if (given == null) {
                spark.stop();
            }
        }
    }
}
