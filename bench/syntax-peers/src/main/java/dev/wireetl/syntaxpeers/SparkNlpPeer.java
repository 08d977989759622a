package dev.wireetl.syntaxpeers;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.IAnnotation;
import com.johnsnowlabs.nlp.JavaAnnotation;
import com.johnsnowlabs.nlp.LightPipeline;
import com.johnsnowlabs.nlp.annotators.RegexTokenizer;
import com.johnsnowlabs.nlp.annotators.parser.dep.DependencyParserApproach;
import com.johnsnowlabs.nlp.annotators.parser.dep.DependencyParserModel;
import com.johnsnowlabs.nlp.annotators.parser.typdep.TypedDependencyParserApproach;
import com.johnsnowlabs.nlp.annotators.parser.typdep.TypedDependencyParserModel;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronApproach;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronModel;
import com.johnsnowlabs.nlp.training.POS;
import com.johnsnowlabs.nlp.util.io.ReadAs$;
import dev.wireetl.syntaxpeers.ConlluScorer.Sentence;
import dev.wireetl.syntaxpeers.ConlluScorer.Word;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark NLP 5.5.3 (PerceptronApproach, DependencyParserApproach, TypedDependencyParserApproach) on UD EWT, local[1].
 *
 * <pre>
 * SparkNlpPeer train pos|dep|typed TRAIN.conllu WORKDIR ITERATIONS   (each stage saved to WORKDIR/STAGE)
 * SparkNlpPeer evaluate GOLD.conllu WORKDIR OUT.conllu
 * SparkNlpPeer tag GOLD.conllu WORKDIR OUT.conllu   (UPOS from WORKDIR/pos, XPOS from WORKDIR/xpos; heads kept gold,
 *                                                     for feeding predicted tags to another parser)
 * </pre>
 * Stage xpos is a second PerceptronApproach trained on XPOS, used only to give MaltParser predicted Penn tags.
 *
 * Tokens are the gold words (text = words joined by one space, split again on whitespace), so scores are for gold
 * tokenisation. The tagger learns UPOS. DependencyParserApproach reads CoNLL-U column 5 (XPOS) and
 * TypedDependencyParserApproach column 4 (UPOS), but at run time both read the one tagger's output, so both are
 * trained on a copy of the CoNLL-U whose XPOS column holds the UPOS tag (WORKDIR/train.upos.conllu, with ranges
 * and empty nodes removed, which the Spark NLP readers do not skip).
 */
public final class SparkNlpPeer {

    private SparkNlpPeer() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 5 && args[0].equals("train")) {
            train(args[1], Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]));
        } else if (args.length == 4 && args[0].equals("tag")) {
            tag(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        } else if (args.length == 4 && args[0].equals("evaluate")) {
            evaluate(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        } else {
            System.err.println("usage: SparkNlpPeer train pos|dep|typed TRAIN.conllu WORKDIR ITERATIONS | "
                    + "evaluate GOLD.conllu WORKDIR OUT.conllu");
            System.exit(2);
        }
    }

    static SparkSession session() {
        return SparkSession.builder().master("local[1]").appName("syntax-peers")
                .config("spark.ui.enabled", "false")
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .config("spark.kryoserializer.buffer.max", "2000M")
                .config("spark.driver.maxResultSize", "0")
                .getOrCreate();
    }

    static void train(String stage, Path trainConllu, Path workDir, int iterations) throws Exception {
        Files.createDirectories(workDir);
        List<Sentence> train = ConlluScorer.read(trainConllu);
        SparkSession spark = session();
        long start = System.nanoTime();
        PipelineStage trained;
        switch (stage) {
            case "pos", "xpos" -> {
                PerceptronApproach tagger = new PerceptronApproach();
                tagger.setInputCols(new String[] {"document", "token"});
                tagger.setOutputCol("pos");
                tagger.setPosColumn("tags");
                tagger.setNIterations(iterations);
                Dataset<Row> tagged = new POS().readFromDataframe(
                        wordsAndTags(spark, train, stage.equals("pos")), "tokens", "labels", "text", "tags");
                PipelineModel fitted = new Pipeline().setStages(new PipelineStage[] {document(), tokenizer(), tagger}).fit(tagged);
                trained = fitted.stages()[2];
            }
            case "dep" -> {
                Path uposConllu = uposCopy(train, workDir);
                DependencyParserApproach parser = new DependencyParserApproach();
                parser.setInputCols(new String[] {"document", "pos", "token"});
                parser.setOutputCol("dependency");
                parser.setConllU(uposConllu.toAbsolutePath().toString(), ReadAs$.MODULE$.TEXT(), scala.collection.immutable.Map$.MODULE$.empty());
                parser.setNumberOfIterations(iterations);
                PipelineModel fitted = new Pipeline().setStages(new PipelineStage[] {
                    document(), tokenizer(), (PerceptronModel) PerceptronModel.load(workDir.resolve("pos").toString()), parser})
                        .fit(texts(spark, train.subList(0, 10)));
                trained = fitted.stages()[3];
            }
            case "typed" -> {
                Path uposConllu = uposCopy(train, workDir);
                TypedDependencyParserApproach labeller = new TypedDependencyParserApproach();
                labeller.setInputCols(new String[] {"token", "pos", "dependency"});
                labeller.setOutputCol("labdep");
                labeller.setConllU(uposConllu.toAbsolutePath().toString(), ReadAs$.MODULE$.TEXT(), scala.collection.immutable.Map$.MODULE$.empty());
                labeller.setNumberOfIterations(iterations);
                // The approach learns from the CoNLL-U file only and ignores the dataset, so it is trained directly
                // (no unlabelled model needed first, which lets dep and typed train at the same time).
                trained = labeller.train(texts(spark, train.subList(0, 10)), scala.Option.empty());
            }
            default -> throw new IllegalArgumentException("unknown stage " + stage + " (pos, dep or typed)");
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        ((org.apache.spark.ml.util.MLWritable) trained).write().overwrite().save(workDir.resolve(stage).toString());
        System.out.printf(Locale.ROOT, "engine=sparknlp stage=%s iterations=%d train_ms=%d%n", stage, iterations, ms);
        spark.stop();
    }

    static void evaluate(Path goldConllu, Path workDir, Path out) throws Exception {
        List<Sentence> gold = ConlluScorer.read(goldConllu);
        long sessionStart = System.nanoTime();
        SparkSession spark = session();
        long sessionMs = (System.nanoTime() - sessionStart) / 1_000_000;

        // Stages that have been trained so far; a tagger alone still gives UPOS accuracy and tagging speed.
        boolean parsed = Files.isDirectory(workDir.resolve("dep"));
        boolean labelled = parsed && Files.isDirectory(workDir.resolve("typed"));
        long loadStart = System.nanoTime();
        List<PipelineStage> stages = new ArrayList<>(List.of(document(), tokenizer(),
                (PerceptronModel) PerceptronModel.load(workDir.resolve("pos").toString())));
        if (parsed) {
            stages.add((DependencyParserModel) DependencyParserModel.load(workDir.resolve("dep").toString()));
        }
        if (labelled) {
            stages.add((TypedDependencyParserModel) TypedDependencyParserModel.load(workDir.resolve("typed").toString()));
        }
        PipelineModel pipeline = new Pipeline().setStages(stages.toArray(PipelineStage[]::new)).fit(texts(spark, gold.subList(0, 1)));
        LightPipeline light = new LightPipeline(pipeline, false);
        long loadMs = (System.nanoTime() - loadStart) / 1_000_000;

        ArrayList<String> texts = new ArrayList<>();
        for (Sentence s : gold) texts.add(String.join(" ", s.words().stream().map(Word::form).toList()));
        long tokenCount = ConlluScorer.wordCount(gold);

        // LightPipeline: in-process, no DataFrame; first pass warms the JIT, the second is timed.
        long coldNs = timeLight(light, texts, null);
        List<Map<String, List<IAnnotation>>> results = new ArrayList<>();
        long warmNs = timeLight(light, texts, results);

        // The same models through a DataFrame on local[1] (includes Spark row conversion and collect).
        Dataset<Row> frame = texts(spark, gold).cache();
        frame.count();
        long dfStart = System.nanoTime();
        long rows = pipeline.transform(frame).selectExpr(labelled ? "labdep.result" : parsed ? "dependency.result" : "pos.result").collectAsList().size();
        long dfNs = System.nanoTime() - dfStart;

        List<Sentence> system = new ArrayList<>();
        for (int s = 0; s < gold.size(); s++) system.add(toSentence(gold.get(s), results.get(s), parsed, labelled, s == 0));
        ConlluScorer.write(system, out);

        ConlluScorer.Score score = ConlluScorer.score(gold, system);
        String engine = labelled ? "sparknlp" : parsed ? "sparknlp-unlabelled" : "sparknlp-tagger-only";
        System.out.printf(Locale.ROOT, "engine=%s spark_session_ms=%d%n", engine, sessionMs);
        System.out.printf(Locale.ROOT, "engine=%s lightpipeline_cold_tokens/s=%.0f lightpipeline_warm_tokens/s=%.0f "
                        + "dataframe_local1_tokens/s=%.0f (rows=%d)%n",
                engine, tokenCount / (coldNs / 1e9), tokenCount / (warmNs / 1e9), tokenCount / (dfNs / 1e9), rows);
        long bytes = 0;
        for (String stage : labelled ? List.of("pos", "dep", "typed") : parsed ? List.of("pos", "dep") : List.of("pos")) {
            long b = directoryBytes(workDir.resolve(stage));
            bytes += b;
            System.out.printf(Locale.ROOT, "engine=%s stage=%s model_bytes=%d%n", engine, stage, b);
        }
        if (labelled) {
            System.out.println(ConlluScorer.detail(engine, score));
            System.out.println(ConlluScorer.summary(engine, score, tokenCount / (warmNs / 1e9), bytes, loadMs));
        } else if (parsed) {
            System.out.printf(Locale.ROOT, "engine=%s upos accuracy=%.2f uas=%.2f las=NA tokens/s=%.0f model_bytes=%d load_ms=%d%n",
                    engine, score.upos(), score.uas(), tokenCount / (warmNs / 1e9), bytes, loadMs);
        } else {
            System.out.printf(Locale.ROOT, "engine=%s upos accuracy=%.2f tokens/s=%.0f model_bytes=%d load_ms=%d%n",
                    engine, score.upos(), tokenCount / (warmNs / 1e9), bytes, loadMs);
        }
        spark.stop();
    }

    static void tag(Path goldConllu, Path workDir, Path out) throws Exception {
        List<Sentence> gold = ConlluScorer.read(goldConllu);
        SparkSession spark = session();
        PerceptronModel upos = (PerceptronModel) PerceptronModel.load(workDir.resolve("pos").toString());
        PerceptronModel xpos = (PerceptronModel) PerceptronModel.load(workDir.resolve("xpos").toString());
        xpos.setOutputCol("xpos");
        PipelineModel pipeline = new Pipeline().setStages(new PipelineStage[] {document(), tokenizer(), upos, xpos})
                .fit(texts(spark, gold.subList(0, 1)));
        LightPipeline light = new LightPipeline(pipeline, false);
        List<Sentence> tagged = new ArrayList<>();
        long uposCorrect = 0, xposCorrect = 0;
        for (Sentence s : gold) {
            Map<String, List<IAnnotation>> r = light.fullAnnotateJava(String.join(" ", s.words().stream().map(Word::form).toList()));
            List<JavaAnnotation> u = annotations(r, "pos");
            List<JavaAnnotation> x = annotations(r, "xpos");
            if (u.size() != s.words().size() || x.size() != s.words().size()) {
                throw new IllegalStateException("sentence " + s.sentId() + ": tag count differs from word count");
            }
            List<Word> words = new ArrayList<>();
            for (int i = 0; i < u.size(); i++) {
                Word g = s.words().get(i);
                if (g.upos().equals(u.get(i).result())) uposCorrect++;
                if (g.xpos().equals(x.get(i).result())) xposCorrect++;
                words.add(new Word(g.form(), g.lemma(), u.get(i).result(), x.get(i).result(), "_", g.head(), g.deprel()));
            }
            tagged.add(new Sentence(s.sentId(), words));
        }
        ConlluScorer.write(tagged, out);
        long n = ConlluScorer.wordCount(gold);
        System.out.printf(Locale.ROOT, "engine=sparknlp-perceptron upos accuracy=%.2f xpos accuracy=%.2f words=%d%n",
                100.0 * uposCorrect / n, 100.0 * xposCorrect / n, n);
        spark.stop();
    }

    private static long timeLight(LightPipeline light, ArrayList<String> texts, List<Map<String, List<IAnnotation>>> results) {
        long start = System.nanoTime();
        for (String text : texts) {
            Map<String, List<IAnnotation>> r = light.fullAnnotateJava(text);
            if (results != null) results.add(r);
        }
        return System.nanoTime() - start;
    }

    /** Maps Spark NLP annotations back to the gold words; heads found by the head token's begin offset. */
    private static Sentence toSentence(Sentence gold, Map<String, List<IAnnotation>> result, boolean parsed, boolean labelled,
            boolean show) {
        List<JavaAnnotation> tokens = annotations(result, "token");
        List<JavaAnnotation> pos = annotations(result, "pos");
        if (!parsed) {
            if (pos.size() != gold.words().size()) {
                throw new IllegalStateException("sentence " + gold.sentId() + ": " + gold.words().size() + " words but pos=" + pos.size());
            }
            List<Word> words = new ArrayList<>();
            for (int i = 0; i < pos.size(); i++) {
                Word g = gold.words().get(i);
                words.add(new Word(g.form(), g.lemma(), pos.get(i).result(), "_", "_", -1, "_"));
            }
            return new Sentence(gold.sentId(), words);
        }
        List<JavaAnnotation> deps = annotations(result, "dependency");
        List<JavaAnnotation> labels = labelled ? annotations(result, "labdep") : deps;
        if (show) {
            System.out.println("sample dependency=" + describe(deps));
            System.out.println("sample labdep=" + describe(labels));
        }
        int n = gold.words().size();
        if (tokens.size() != n || pos.size() != n || deps.size() != n || labels.size() != n) {
            throw new IllegalStateException("sentence " + gold.sentId() + ": " + n + " words but tokens=" + tokens.size()
                    + " pos=" + pos.size() + " dependency=" + deps.size() + " labdep=" + labels.size());
        }
        Map<Integer, Integer> indexByBegin = new HashMap<>();
        for (int i = 0; i < n; i++) indexByBegin.put(tokens.get(i).begin(), i + 1);
        List<Word> words = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Word g = gold.words().get(i);
            Map<String, String> meta = deps.get(i).metadata();
            int headBegin = Integer.parseInt(meta.getOrDefault("head.begin", "-1"));
            int head = "ROOT".equals(deps.get(i).result()) || "0".equals(meta.get("head")) ? 0
                    : indexByBegin.getOrDefault(headBegin, -1);
            words.add(new Word(g.form(), g.lemma(), pos.get(i).result(), "_", "_", head, labelled ? labels.get(i).result() : "_"));
        }
        return new Sentence(gold.sentId(), words);
    }

    private static List<JavaAnnotation> annotations(Map<String, List<IAnnotation>> result, String column) {
        return result.get(column).stream().map(a -> (JavaAnnotation) a).toList();
    }

    private static String describe(List<JavaAnnotation> annotations) {
        return annotations.stream().map(a -> a.begin() + "-" + a.end() + ":" + a.result() + a.metadata()).toList().toString();
    }

    private static DocumentAssembler document() {
        DocumentAssembler document = new DocumentAssembler();
        document.setInputCol("text");
        document.setOutputCol("document");
        return document;
    }

    private static RegexTokenizer tokenizer() {
        RegexTokenizer tokenizer = new RegexTokenizer();
        tokenizer.setInputCols(new String[] {"document"});
        tokenizer.setOutputCol("token");
        tokenizer.setPattern("\\s+");
        return tokenizer;
    }

    private static Dataset<Row> wordsAndTags(SparkSession spark, List<Sentence> sentences, boolean upos) {
        List<Row> rows = new ArrayList<>();
        for (Sentence s : sentences) {
            rows.add(RowFactory.create(s.words().stream().map(Word::form).toArray(String[]::new),
                    s.words().stream().map(upos ? Word::upos : Word::xpos).toArray(String[]::new)));
        }
        StructType schema = new StructType()
                .add("tokens", DataTypes.createArrayType(DataTypes.StringType))
                .add("labels", DataTypes.createArrayType(DataTypes.StringType));
        return spark.createDataFrame(rows, schema);
    }

    private static Dataset<Row> texts(SparkSession spark, List<Sentence> sentences) {
        List<Row> rows = new ArrayList<>();
        for (Sentence s : sentences) rows.add(RowFactory.create(String.join(" ", s.words().stream().map(Word::form).toList())));
        return spark.createDataFrame(rows, new StructType().add("text", DataTypes.StringType));
    }

    private static Path uposCopy(List<Sentence> train, Path workDir) throws IOException {
        Path file = workDir.resolve("train.upos.conllu");
        List<Sentence> copy = new ArrayList<>();
        for (Sentence s : train) {
            copy.add(new Sentence(s.sentId(), s.words().stream()
                    .map(w -> new Word(w.form(), w.lemma(), w.upos(), w.upos(), w.feats(), w.head(), w.deprel())).toList()));
        }
        ConlluScorer.write(copy, file);
        return file;
    }

    private static long directoryBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
