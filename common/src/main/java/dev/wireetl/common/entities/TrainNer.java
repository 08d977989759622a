package dev.wireetl.common.entities;

import dev.wireetl.common.text.Token;
import dev.wireetl.common.text.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the NER tagger and writes a model directory.
 *
 * <pre>
 * TrainNer --train FILE[,FILE...] --model-out DIR [--gazetteer DIR] [--iterations N] [--min-count N]
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
public final class TrainNer {
    private static final Logger LOG = LoggerFactory.getLogger(TrainNer.class);
    private static final String USAGE = "usage: TrainNer --train FILE[,FILE...] --model-out DIR [--gazetteer DIR]"
            + " [--iterations N] [--min-count N] [--seed N] [--cluster-text PATH[,PATH...]] [--clusters K] [--upper-copies F] [--synthetic-sports N]";

    private TrainNer() {
    }

    public static void main(String[] args) {
        Map<String, String> o;
        try {
            o = Cli.parse(args, Set.of("--train", "--model-out", "--gazetteer", "--iterations", "--min-count", "--seed",
                    "--cluster-text", "--clusters", "--upper-copies", "--synthetic-sports"), Set.of());
            Cli.require(o, "--train", "--model-out");
        } catch (IllegalArgumentException e) {
            System.err.println("train-ner: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try {
            run(o);
        } catch (IOException | RuntimeException e) {
            System.err.println("train-ner failed: " + e);
            System.exit(1);
        }
    }

    static void run(Map<String, String> o) throws IOException {
        run(o, List.of(), List.of());
    }

    /**
     * Trains with the options of {@link #main}; {@code unlabelled} (tokenised sentences, e.g. a user's own
     * archive, see {@code tools.AdaptNer}) joins the word-cluster text, {@code extraLabelled} (e.g. that
     * archive tagged by the current extractor) the training sentences.
     */
    public static void run(Map<String, String> o, List<List<String>> unlabelled, List<NerCorpus.Sentence> extraLabelled)
            throws IOException {
        int iterations = Integer.parseInt(o.getOrDefault("--iterations", "12"));
        int minCount = Integer.parseInt(o.getOrDefault("--min-count", "2"));
        long seed = Long.parseLong(o.getOrDefault("--seed", "20250107"));
        int fineK = Integer.parseInt(o.getOrDefault("--clusters", "600"));
        Path gazDir = Path.of(o.getOrDefault("--gazetteer", "conf/gazetteer"));
        Gazetteer gaz = Gazetteer.load(ResourceOpener.of(gazDir));
        List<NerCorpus.Sentence> data = new ArrayList<>();
        for (String f : o.get("--train").split(",")) {
            List<NerCorpus.Sentence> s = NerCorpus.read(Path.of(f), d -> gaz.countryByDemonym(d) != null
                    || EntityNormaliser.looksLikeDemonym(d));
            LOG.info("{}: {} sentences", f, s.size());
            data.addAll(s);
        }
        int sports = Integer.parseInt(o.getOrDefault("--synthetic-sports", "0"));
        data.addAll(SyntheticSports.generate(gaz, sports, seed));
        List<List<String>> text = new ArrayList<>();
        data.forEach(s -> text.add(s.tokens()));
        data.addAll(extraLabelled);
        double upper = Double.parseDouble(o.getOrDefault("--upper-copies", "0.1"));
        Random rnd = new Random(seed);
        int originals = data.size();
        for (int i = 0; i < originals; i++) {
            if (rnd.nextDouble() < upper) {
                NerCorpus.Sentence s = data.get(i);
                data.add(new NerCorpus.Sentence(s.tokens().stream().map(t -> t.toUpperCase(Locale.ROOT)).toList(),
                        s.tags(), false));
            }
        }
        if (o.containsKey("--cluster-text")) {
            for (String p : o.get("--cluster-text").split(",")) {
                text.addAll(readTokens(Path.of(p)));
            }
        }
        text.addAll(unlabelled);
        long t0 = System.nanoTime();
        WordClusters clusters = WordClusters.learn(text, 3, 1500, fineK, Math.max(2, fineK / 8), 8, seed);
        LOG.info("learned {} word clusters from {} sentences in {}s", clusters.size(), text.size(),
                (System.nanoTime() - t0) / 1_000_000_000L);
        t0 = System.nanoTime();
        NerTagger tagger = NerTagger.train(data, gaz, clusters, iterations, minCount, seed);
        long secs = (System.nanoTime() - t0) / 1_000_000_000L;
        Properties p = new Properties();
        p.setProperty("train", fileNames(o.get("--train")));
        p.setProperty("cluster_text", fileNames(o.getOrDefault("--cluster-text", "")));
        p.setProperty("unlabelled_sentences", Integer.toString(unlabelled.size()));
        p.setProperty("extra_labelled_sentences", Integer.toString(extraLabelled.size()));
        p.setProperty("upper_copies", Double.toString(upper));
        p.setProperty("synthetic_sports", Integer.toString(sports));
        p.setProperty("iterations", Integer.toString(iterations));
        p.setProperty("min_count", Integer.toString(minCount));
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("fine_clusters", Integer.toString(fineK));
        p.setProperty("sentences", Integer.toString(data.size()));
        p.setProperty("features", Integer.toString(tagger.featureCount()));
        p.setProperty("feature_version", Integer.toString(NerFeatures.VERSION));
        NerModel.save(Path.of(o.get("--model-out")), tagger, clusters, p);
        System.out.printf(Locale.ROOT, "trained on %d sentences in %ds: %d features -> %s%n", data.size(), secs,
                tagger.featureCount(), o.get("--model-out"));
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
