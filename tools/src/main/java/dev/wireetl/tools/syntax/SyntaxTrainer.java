package dev.wireetl.tools.syntax;

import dev.wireetl.common.entities.LongIntMap;
import dev.wireetl.common.syntax.DependencyParser;
import dev.wireetl.common.syntax.Lemmatizer;
import dev.wireetl.common.syntax.ParseState;
import dev.wireetl.common.syntax.ParserFeatures;
import dev.wireetl.common.syntax.PosTagger;
import dev.wireetl.common.syntax.SparseWeights;
import dev.wireetl.common.syntax.SyntaxModel;
import dev.wireetl.common.syntax.TaggerFeatures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link SyntaxModel} from a CoNLL-U treebank: the tagger by greedy averaged perceptron, the
 * lemma table by counting, and the parser by averaged perceptron with the arc-hybrid dynamic oracle and
 * exploration, on XPOS tags predicted by k-fold jackknifing of the tagger (so the parser learns from
 * tags as noisy as the ones it gets at run time).
 */
public final class SyntaxTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(SyntaxTrainer.class);
    /** Words seen fewer times get no ambiguity class, as unseen words at run time. */
    private static final int AMBIGUITY_MIN_COUNT = 2;

    /**
     * @param taggerEpochs passes over the data for the tagger
     * @param parserEpochs passes for the parser
     * @param jackknifeFolds folds for the parser's training tags; 0 or 1 trains the parser on gold tags
     * @param minFeatureCount features seen fewer times on the gold path are not learned
     * @param exploreFrom first parser epoch (0-based) that follows the model's own wrong transitions
     * @param exploreProbability probability of following a wrong prediction from then on
     * @param seed shuffling and exploration seed
     */
    public record Options(int taggerEpochs, int parserEpochs, int jackknifeFolds, int minFeatureCount,
            int exploreFrom, double exploreProbability, long seed) {
        /** The options of the shipped model (conf/models/syntax/model.properties). */
        public static Options defaults() {
            return new Options(8, 15, 5, 2, 1, 0.9, 1);
        }
    }

    /** The trained model, its dev scores (null without dev data) and the training time. */
    public record Result(SyntaxModel model, SyntaxEvaluation.Result dev, double seconds) {
    }

    private SyntaxTrainer() {
    }

    /** Trains on {@code train}, scores on {@code dev} (may be null), writes {@code modelOut} (may be null). */
    public static Result train(Path train, Path dev, Path modelOut, Options options) throws IOException {
        long t0 = System.nanoTime();
        List<Conllu.Sentence> data = Conllu.read(train);
        SyntaxModel model = train(data, options);
        double seconds = (System.nanoTime() - t0) / 1e9;
        SyntaxEvaluation.Result devResult = dev == null ? null : SyntaxEvaluation.evaluate(model, dev);
        if (modelOut != null) {
            Properties p = new Properties();
            p.setProperty("train", train.getFileName().toString());
            p.setProperty("train.sentences", Integer.toString(data.size()));
            p.setProperty("tagger.epochs", Integer.toString(options.taggerEpochs()));
            p.setProperty("parser.epochs", Integer.toString(options.parserEpochs()));
            p.setProperty("parser.jackknife.folds", Integer.toString(options.jackknifeFolds()));
            p.setProperty("parser.min.feature.count", Integer.toString(options.minFeatureCount()));
            p.setProperty("parser.explore.from", Integer.toString(options.exploreFrom()));
            p.setProperty("parser.explore.probability", Double.toString(options.exploreProbability()));
            p.setProperty("seed", Long.toString(options.seed()));
            p.setProperty("tagger.format", Integer.toString(PosTagger.FORMAT));
            p.setProperty("tagger.feature.version", Integer.toString(TaggerFeatures.VERSION));
            p.setProperty("parser.feature.version", Integer.toString(ParserFeatures.VERSION));
            model.save(modelOut, p);
        }
        return new Result(model, devResult, seconds);
    }

    public static SyntaxModel train(List<Conllu.Sentence> data, Options options) {
        List<String> upos = names(data, Conllu.Sentence::upos);
        List<String> xpos = names(data, Conllu.Sentence::xpos);
        List<String> labels = names(data, Conllu.Sentence::deprels);
        LOG.info("{} sentences; {} UPOS, {} XPOS, {} labels", data.size(), upos.size(), xpos.size(), labels.size());
        PosTagger tagger = trainTagger(data, upos, xpos, options.taggerEpochs(), options.seed());
        List<int[]> parserTags = jackknife(data, upos, xpos, options);
        DependencyParser parser = trainParser(data, parserTags, xpos, labels, options);
        return new SyntaxModel(tagger, lemmaTable(data), parser);
    }

    private static List<String> names(List<Conllu.Sentence> data,
            java.util.function.Function<Conllu.Sentence, String[]> column) {
        TreeSet<String> set = new TreeSet<>();
        for (Conllu.Sentence s : data) {
            Collections.addAll(set, column.apply(s));
        }
        return new ArrayList<>(set);
    }

    private static int[] ids(String[] values, Map<String, Integer> index) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = index.getOrDefault(values[i], 0);
        }
        return out;
    }

    private static Map<String, Integer> index(List<String> names) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), i);
        }
        return m;
    }

    /** XPOS ids of every training sentence as a tagger trained without that sentence's fold predicts them. */
    private static List<int[]> jackknife(List<Conllu.Sentence> data, List<String> upos, List<String> xpos,
            Options options) {
        Map<String, Integer> xIndex = index(xpos);
        List<int[]> out = new ArrayList<>(data.size());
        int folds = options.jackknifeFolds();
        if (folds <= 1) {
            for (Conllu.Sentence s : data) {
                out.add(ids(s.xpos(), xIndex));
            }
            return out;
        }
        int[][] predicted = new int[data.size()][];
        for (int f = 0; f < folds; f++) {
            List<Conllu.Sentence> rest = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (i % folds != f) {
                    rest.add(data.get(i));
                }
            }
            PosTagger t = trainTagger(rest, upos, xpos, options.taggerEpochs(), options.seed() + f);
            int errors = 0;
            int tokens = 0;
            for (int i = f; i < data.size(); i += folds) {
                predicted[i] = t.tag(data.get(i).words()).xpos();
                int[] gold = ids(data.get(i).xpos(), xIndex);
                for (int k = 0; k < gold.length; k++) {
                    errors += gold[k] == predicted[i][k] ? 0 : 1;
                }
                tokens += gold.length;
            }
            LOG.info("jackknife fold {}/{}: XPOS accuracy {}", f + 1, folds,
                    String.format(Locale.ROOT, "%.2f", 100.0 * (tokens - errors) / tokens));
        }
        Collections.addAll(out, predicted);
        return out;
    }

    /**
     * The two-direction tagger: a left-to-right pass trained on the sentences, a right-to-left pass trained on
     * them reversed (the two in parallel), and the (UPOS, XPOS) pairs the data holds.
     */
    static PosTagger trainTagger(List<Conllu.Sentence> data, List<String> upos, List<String> xpos, int epochs,
            long seed) {
        Map<String, Integer> uIndex = index(upos);
        Map<String, Integer> xIndex = index(xpos);
        Map<String, Map<Integer, Integer>> seen = new HashMap<>();
        java.util.Set<Integer> pairs = new TreeSet<>();
        for (Conllu.Sentence s : data) {
            for (int i = 0; i < s.size(); i++) {
                int x = xIndex.get(s.xpos()[i]);
                seen.computeIfAbsent(s.words()[i].toLowerCase(Locale.ROOT), k -> new HashMap<>())
                        .merge(x, 1, Integer::sum);
                pairs.add(uIndex.get(s.upos()[i]) * xpos.size() + x);
            }
        }
        Map<String, java.util.Set<Integer>> tagSets = new HashMap<>();
        seen.forEach((w, tags) -> {
            if (tags.values().stream().mapToInt(Integer::intValue).sum() >= AMBIGUITY_MIN_COUNT) {
                tagSets.put(w, tags.keySet());
            }
        });
        Map<String, Long> ambiguity = PosTagger.ambiguityClasses(tagSets);
        List<Conllu.Sentence> reversed = new ArrayList<>(data.size());
        for (Conllu.Sentence s : data) {
            reversed.add(reverse(s));
        }
        java.util.concurrent.CompletableFuture<SparseWeights> backward = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> trainPass(reversed, uIndex, xIndex, ambiguity, epochs, seed + 1_000_003L, "right-to-left"));
        SparseWeights forward = trainPass(data, uIndex, xIndex, ambiguity, epochs, seed, "left-to-right");
        return new PosTagger(upos, xpos, forward, backward.join(), ambiguity,
                pairs.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The sentence with its words and tags in reverse order (heads and relations are not used by the tagger). */
    private static Conllu.Sentence reverse(Conllu.Sentence s) {
        return new Conllu.Sentence(s.id(), s.text(), reverse(s.words()), reverse(s.lemmas()), reverse(s.upos()),
                reverse(s.xpos()), s.heads(), s.deprels(), s.begin(), s.end());
    }

    private static String[] reverse(String[] a) {
        String[] out = new String[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[a.length - 1 - i];
        }
        return out;
    }

    /** One greedy pass's averaged weights, trained with its own predicted XPOS history. */
    private static SparseWeights trainPass(List<Conllu.Sentence> data, Map<String, Integer> uIndex,
            Map<String, Integer> xIndex, Map<String, Long> ambiguity, int epochs, long seed, String name) {
        int nu = uIndex.size();
        int width = nu + xIndex.size();
        List<int[]> goldU = new ArrayList<>();
        List<int[]> goldX = new ArrayList<>();
        LongIntMap ids = new LongIntMap(1 << 20);
        long[] keys = new long[TaggerFeatures.COUNT];
        for (Conllu.Sentence s : data) {
            int[] u = ids(s.upos(), uIndex);
            int[] x = ids(s.xpos(), xIndex);
            goldU.add(u);
            goldX.add(x);
            TaggerFeatures f = new TaggerFeatures(s.words(), ambiguity);
            for (int i = 0; i < u.length; i++) {
                f.extract(i, i > 0 ? x[i - 1] : -1, i > 1 ? x[i - 2] : -1, keys);
                for (long k : keys) {
                    if (ids.get(k, -1) < 0) {
                        ids.put(k, ids.size());
                    }
                }
            }
        }
        AveragedPerceptron p = new AveragedPerceptron(ids, ids.size(), width);
        int[] rows = new int[TaggerFeatures.COUNT];
        float[] scores = new float[width];
        List<Integer> order = order(data.size());
        Random rnd = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, rnd);
            int errors = 0;
            int tokens = 0;
            for (int si : order) {
                Conllu.Sentence s = data.get(si);
                int[] u = goldU.get(si);
                int[] x = goldX.get(si);
                int[] predX = new int[u.length];
                TaggerFeatures f = new TaggerFeatures(s.words(), ambiguity);
                for (int i = 0; i < u.length; i++) {
                    f.extract(i, i > 0 ? predX[i - 1] : -1, i > 1 ? predX[i - 2] : -1, keys);
                    p.rows(keys, keys.length, rows);
                    p.score(rows, rows.length, scores);
                    int pu = argmax(scores, 0, nu);
                    int px = argmax(scores, nu, width) - nu;
                    if (pu != u[i]) {
                        p.update(rows, rows.length, u[i], 1);
                        p.update(rows, rows.length, pu, -1);
                        errors++;
                    }
                    if (px != x[i]) {
                        p.update(rows, rows.length, nu + x[i], 1);
                        p.update(rows, rows.length, nu + px, -1);
                    }
                    predX[i] = px;
                    tokens++;
                    p.tick();
                }
            }
            LOG.info("tagger {} epoch {}: UPOS training errors {} / {}", name, epoch + 1, errors, tokens);
        }
        return p.average(1e-3f);
    }

    private static int argmax(float[] scores, int from, int to) {
        int best = from;
        for (int c = from + 1; c < to; c++) {
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        return best;
    }

    private static List<Integer> order(int n) {
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        return order;
    }

    /** Most frequent lemma per (lower-cased form, XPOS), kept only where it differs from the form. */
    static Lemmatizer lemmaTable(List<Conllu.Sentence> data) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (Conllu.Sentence s : data) {
            for (int i = 0; i < s.size(); i++) {
                counts.computeIfAbsent(Lemmatizer.tableKey(s.words()[i], s.xpos()[i]), k -> new HashMap<>())
                        .merge(s.lemmas()[i], 1, Integer::sum);
            }
        }
        Map<String, String> table = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, Integer> c : e.getValue().entrySet()) {
                if (c.getValue() > bestCount || c.getValue() == bestCount && c.getKey().compareTo(best) < 0) {
                    best = c.getKey();
                    bestCount = c.getValue();
                }
            }
            table.put(e.getKey(), best);
        }
        Lemmatizer rulesOnly = new Lemmatizer(Map.of());
        table.entrySet().removeIf(e -> {
            String key = e.getKey();
            int tab = key.indexOf('\t');
            return rulesOnly.lemma(key.substring(0, tab), key.substring(tab + 1)).equals(e.getValue());
        });
        return new Lemmatizer(table);
    }

    static DependencyParser trainParser(List<Conllu.Sentence> data, List<int[]> tags, List<String> xpos,
            List<String> labels, Options options) {
        Map<String, Integer> lIndex = index(labels);
        int nl = labels.size();
        int width = 1 + 2 * nl;
        List<int[]> goldHeads = new ArrayList<>();
        List<int[]> goldLabels = new ArrayList<>();
        for (Conllu.Sentence s : data) {
            int n = s.size();
            int[] h = new int[n + 1];
            int[] l = new int[n + 1];
            for (int i = 0; i < n; i++) {
                h[i + 1] = s.heads()[i];
                l[i + 1] = lIndex.get(s.deprels()[i]);
            }
            goldHeads.add(h);
            goldLabels.add(l);
        }
        // feature vocabulary: features on the oracle path, seen at least minFeatureCount times
        LongIntMap counts = new LongIntMap(1 << 22);
        long[] keys = new long[ParserFeatures.COUNT];
        int[] cost = new int[width];
        for (int si = 0; si < data.size(); si++) {
            Conllu.Sentence s = data.get(si);
            long[][] hashes = ParserFeatures.words(s.words(), tags.get(si));
            ParseState st = new ParseState(s.size(), nl);
            while (!st.terminal()) {
                ParserFeatures.extract(st, hashes, keys);
                for (long k : keys) {
                    counts.add(k, 1);
                }
                DynamicOracle.costs(st, goldHeads.get(si), goldLabels.get(si), cost);
                st.apply(cheapest(cost, width));
            }
        }
        LongIntMap ids = new LongIntMap(counts.size());
        int[] next = {0};
        counts.forEach((k, c) -> {
            if (c >= options.minFeatureCount()) {
                ids.put(k, next[0]++);
            }
        });
        LOG.info("parser: {} features (of {} on the oracle path), {} classes", next[0], counts.size(), width);
        AveragedPerceptron p = new AveragedPerceptron(ids, next[0], width);
        int[] rows = new int[ParserFeatures.COUNT];
        float[] scores = new float[width];
        List<Integer> order = order(data.size());
        Random rnd = new Random(options.seed());
        for (int epoch = 0; epoch < options.parserEpochs(); epoch++) {
            Collections.shuffle(order, rnd);
            boolean explore = epoch >= options.exploreFrom();
            long wrong = 0;
            long steps = 0;
            for (int si : order) {
                Conllu.Sentence s = data.get(si);
                long[][] hashes = ParserFeatures.words(s.words(), tags.get(si));
                ParseState st = new ParseState(s.size(), nl);
                int[] gh = goldHeads.get(si);
                int[] gl = goldLabels.get(si);
                while (!st.terminal()) {
                    ParserFeatures.extract(st, hashes, keys);
                    p.rows(keys, keys.length, rows);
                    p.score(rows, rows.length, scores);
                    DynamicOracle.costs(st, gh, gl, cost);
                    int pred = DependencyParser.best(st, scores, nl);
                    int min = Integer.MAX_VALUE;
                    for (int t = 0; t < width; t++) {
                        min = Math.min(min, cost[t]);
                    }
                    int next1 = pred;
                    if (cost[pred] > min) {
                        int gold = -1;
                        for (int t = 0; t < width; t++) {
                            if (cost[t] == min && (gold < 0 || scores[t] > scores[gold])) {
                                gold = t;
                            }
                        }
                        p.update(rows, rows.length, gold, 1);
                        p.update(rows, rows.length, pred, -1);
                        wrong++;
                        if (!explore || rnd.nextDouble() >= options.exploreProbability()) {
                            next1 = gold;
                        }
                    }
                    st.apply(next1);
                    steps++;
                    p.tick();
                }
            }
            LOG.info("parser epoch {}: wrong transitions {} / {}", epoch + 1, wrong, steps);
        }
        return new DependencyParser(labels, p.average(1e-3f));
    }

    private static int cheapest(int[] cost, int width) {
        int best = 0;
        for (int t = 1; t < width; t++) {
            if (cost[t] < cost[best]) {
                best = t;
            }
        }
        return best;
    }
}
