package dev.wireetl.tools.ner;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.entities.Gazetteer;
import dev.wireetl.common.entities.NerFeatures;
import dev.wireetl.common.entities.NerModel;
import dev.wireetl.common.entities.NerTagger;
import dev.wireetl.common.entities.ResourceOpener;
import dev.wireetl.common.entities.TaggedSentence;
import dev.wireetl.common.entities.WordClusters;
import dev.wireetl.common.text.Token;
import dev.wireetl.common.text.Tokenizer;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import dev.wireetl.tools.conll.NerCorpus;
import dev.wireetl.tools.sparknlp.SparkNlpCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Trains the NER tagger and writes a model directory.
 *
 * <pre>
 * wire-etl train-ner --train FILE[,FILE...] --model-out DIR [--gazetteer DIR] [--iterations N] [--min-count N]
 *          [--seed N] [--cluster-text PATH[,PATH...]] [--clusters K] [--upper-copies F]
 *          [--synthetic-sports N]
 * </pre>
 *
 * {@code --upper-copies F} adds an upper-cased copy of a random fraction F (default 0.1) of the training
 * sentences, so headline text in capitals is seen in training. {@code --synthetic-sports N} adds N
 * generated sports-results sentences ({@link SyntheticSports}; default 0).
 *
 * Training files are CoNLL or GMB CSV ({@link NerCorpus}). Word clusters are learned from the training
 * tokens plus the optional {@code --cluster-text} (CoNLL/CSV files, or directories of raw text files).
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train the NER model from CoNLL files or the GMB CSV (docs/entities.md).")
public final class TrainNer implements Subcommand {
    private static final Logger LOG = LoggerFactory.getLogger(TrainNer.class);
    public TrainNer() {
    }

    @Option(names = "--train", required = true, paramLabel = "FILE[,FILE...]", description = "CoNLL files or GMB CSVs")
    String train;
    @Option(names = "--model-out", required = true, paramLabel = "DIR", description = "model folder to write")
    String modelOut;
    @Option(names = "--engine", defaultValue = "default", paramLabel = "default|sparknlp",
            description = "default: the project's tagger; sparknlp: a Spark NLP pipeline (docs/sparknlp.md)")
    String engine;
    @Option(names = "--gazetteer", defaultValue = "conf/gazetteer", paramLabel = "DIR")
    String gazetteer;
    @Option(names = "--iterations", defaultValue = "12")
    int iterations;
    @Option(names = "--min-count", defaultValue = "2")
    int minCount;
    @Option(names = "--seed", defaultValue = "20250107")
    long seed;
    @Option(names = "--cluster-text", paramLabel = "PATH[,PATH...]", description = "extra text for the word clusters")
    String clusterText;
    @Option(names = "--clusters", defaultValue = "600", paramLabel = "K")
    int clusterCount;
    @Option(names = "--upper-copies", defaultValue = "0.1", paramLabel = "F")
    double upperCopies;
    @Option(names = "--synthetic-sports", defaultValue = "0", paramLabel = "N")
    int syntheticSports;
    @Option(names = "--max-epochs", paramLabel = "N", description = "sparknlp only (default 5)")
    Integer maxEpochs;
    @Option(names = "--embeddings-dim", paramLabel = "N", description = "sparknlp only (default 50)")
    Integer embeddingsDim;
    @Option(names = "--sample-sentences", paramLabel = "N", description = "sparknlp only (default all)")
    Integer sampleSentences;

    @Override
    public Integer call() throws IOException {
        if (engine.equals("sparknlp")) {
            List<String> args = new ArrayList<>(List.of("--train", train, "--model-out", modelOut, "--gazetteer",
                    gazetteer));
            addIfSet(args, "--max-epochs", maxEpochs);
            addIfSet(args, "--embeddings-dim", embeddingsDim);
            addIfSet(args, "--sample-sentences", sampleSentences);
            return SparkNlpCommands.trainNer(args);
        }
        if (!engine.equals("default")) {
            throw new ConfigException("--engine '" + engine + "': expected default or sparknlp");
        }
        run(this);
        return ExitCode.OK;
    }

    static void addIfSet(List<String> args, String flag, Integer value) {
        if (value != null) {
            args.add(flag);
            args.add(value.toString());
        }
    }

    static void run(TrainNer o) throws IOException {
        int iterations = o.iterations;
        int minCount = o.minCount;
        long seed = o.seed;
        int fineK = o.clusterCount;
        Path gazDir = Path.of(o.gazetteer);
        Gazetteer gaz = Gazetteer.load(ResourceOpener.of(gazDir));
        List<TaggedSentence> data = new ArrayList<>();
        for (String f : o.train.split(",")) {
            List<TaggedSentence> s = NerCorpus.read(Path.of(f), NerCorpus.demonyms(gaz));
            LOG.info("{}: {} sentences", f, s.size());
            data.addAll(s);
        }
        int sports = o.syntheticSports;
        data.addAll(SyntheticSports.generate(gaz, sports, seed));
        List<List<String>> text = new ArrayList<>();
        data.forEach(s -> text.add(s.tokens()));
        double upper = o.upperCopies;
        Random rnd = new Random(seed);
        int originals = data.size();
        for (int i = 0; i < originals; i++) {
            if (rnd.nextDouble() < upper) {
                TaggedSentence s = data.get(i);
                data.add(new TaggedSentence(s.tokens().stream().map(t -> t.toUpperCase(Locale.ROOT)).toList(),
                        s.tags(), false));
            }
        }
        if (o.clusterText != null) {
            for (String p : o.clusterText.split(",")) {
                text.addAll(readTokens(Path.of(p)));
            }
        }
        long t0 = System.nanoTime();
        WordClusters clusters = WordClusters.learn(text, 3, 1500, fineK, Math.max(2, fineK / 8), 8, seed);
        LOG.info("learned {} word clusters from {} sentences in {}s", clusters.size(), text.size(),
                (System.nanoTime() - t0) / 1_000_000_000L);
        t0 = System.nanoTime();
        NerTagger tagger = NerTagger.train(data, gaz, clusters, iterations, minCount, seed);
        long secs = (System.nanoTime() - t0) / 1_000_000_000L;
        Properties p = new Properties();
        p.setProperty("train", fileNames(o.train));
        p.setProperty("cluster_text", fileNames(o.clusterText == null ? "" : o.clusterText));
        p.setProperty("upper_copies", Double.toString(upper));
        p.setProperty("synthetic_sports", Integer.toString(sports));
        p.setProperty("iterations", Integer.toString(iterations));
        p.setProperty("min_count", Integer.toString(minCount));
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("fine_clusters", Integer.toString(fineK));
        p.setProperty("sentences", Integer.toString(data.size()));
        p.setProperty("features", Integer.toString(tagger.featureCount()));
        p.setProperty("feature_version", Integer.toString(NerFeatures.VERSION));
        NerModel.save(Path.of(o.modelOut), tagger, clusters, p);
        System.out.printf(Locale.ROOT, "trained on %d sentences in %ds: %d features -> %s%n", data.size(), secs,
                tagger.featureCount(), o.modelOut);
    }

    /** The file names of a comma-separated path list (the model records no machine-specific paths). */
    private static String fileNames(String paths) {
        List<String> names = new ArrayList<>();
        for (String p : paths.split(",")) {
            if (!p.isBlank()) {
                names.add(Path.of(p).getFileName().toString());
            }
        }
        return String.join(",", names);
    }

    /** Token sequences of a CoNLL/CSV file, or of every raw text file under a directory (one per line). */
    static List<List<String>> readTokens(Path p) throws IOException {
        List<List<String>> out = new ArrayList<>();
        if (!Files.isDirectory(p)) {
            NerCorpus.read(p, s -> false).forEach(s -> out.add(s.tokens()));
            return out;
        }
        Tokenizer tok = Tokenizer.instance();
        List<Path> files;
        try (Stream<Path> s = Files.walk(p)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.ISO_8859_1)) {
                if (!line.isBlank()) {
                    out.add(tok.tokenize(line).stream().map(Token::text).toList());
                }
            }
        }
        return out;
    }
}
