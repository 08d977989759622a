package dev.wireetl.tools.sparknlp;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.ner.NerConverter;
import com.johnsnowlabs.nlp.annotators.ner.Verbose;
import com.johnsnowlabs.nlp.annotators.ner.crf.NerCrfApproach;
import com.johnsnowlabs.nlp.annotators.ner.crf.NerCrfModel;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronApproach;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronModel;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.embeddings.Word2VecApproach;
import com.johnsnowlabs.nlp.embeddings.Word2VecModel;
import com.johnsnowlabs.nlp.training.CoNLL;
import dev.wireetl.jobs.extract.SparkNlpEngine;
import dev.wireetl.tools.conll.NerCorpus;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Trains a Spark NLP NER pipeline from CoNLL files (or GMB CSVs) without TensorFlow or pretrained models:
 * a perceptron POS tagger on the file's POS column, Word2Vec embeddings on its tokens and a CRF on its NER
 * column; then assembles the inference {@link PipelineModel} that takes raw text in {@code body}:
 * DocumentAssembler → SentenceDetector → Tokenizer → POS → embeddings → NER CRF → NerConverter
 * ({@code ner_chunk}), which {@link SparkNlpEngine#annotate} runs.
 */
public final class SparkNlpTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(SparkNlpTrainer.class);

    /** Perceptron passes over the training sentences. */
    static final int POS_ITERATIONS = 5;
    /** Word2Vec passes over the training tokens. */
    static final int EMBEDDINGS_ITERATIONS = 5;
    /** Word2Vec ignores tokens seen fewer times; the CRF's word-shape features still cover them. */
    static final int EMBEDDINGS_MIN_COUNT = 2;
    /**
     * The CRF's first SGD step size. Spark NLP's SGD starts at {@code sentences / (2 * l2 * c0)}: with the
     * default {@code c0} (2,250,000) that is 0.003 on CoNLL-2003's 14,041 training sentences but vanishes on
     * small sets, so {@code c0} is derived from the sentence count to start at 0.003 whatever the size.
     * Larger steps diverge: at 0.1 a 5,000-sentence GMB run ended with NaN loss and all-zero weights.
     */
    static final double CRF_INITIAL_STEP = 0.003;
    static final int SEED = 42;
    static final String EMBEDDINGS_REF = "wire-etl-word2vec";

    private SparkNlpTrainer() {
    }

    /**
     * What to train on and how long. {@code isDemonym} is the reader's demonym test for GMB files
     * ({@link NerCorpus#demonyms}); {@code sampleSentences} 0 means every sentence.
     */
    public record Settings(List<Path> trainFiles, Predicate<String> isDemonym, int maxEpochs, int embeddingsDim,
                           int sampleSentences) {
        public Settings {
            trainFiles = List.copyOf(trainFiles);
        }
    }

    /** Trains on {@code settings} and saves the inference pipeline to {@code modelOut} (path or URI). */
    public static PipelineModel trainAndSave(SparkSession spark, Settings settings, String modelOut) {
        List<ConllSentence> sentences = readTrainingSentences(settings.trainFiles(), settings.isDemonym(),
                settings.sampleSentences());
        PipelineModel model = train(spark, sentences, settings.maxEpochs(), settings.embeddingsDim());
        try {
            model.write().overwrite().save(modelOut);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the model to " + modelOut, e);
        }
        LOG.info("saved the NER pipeline to {}", modelOut);
        return model;
    }

    /**
     * The sentences of every file (CoNLL or GMB CSV), then at most {@code sampleSentences} of them. Every
     * sentence needs POS tags: the pipeline's POS tagger is trained on them.
     */
    public static List<ConllSentence> readTrainingSentences(List<Path> files, Predicate<String> isDemonym,
                                                            int sampleSentences) {
        List<ConllSentence> all = new ArrayList<>();
        for (Path file : files) {
            List<ConllSentence> read = ConllFiles.read(file, isDemonym);
            if (read.stream().anyMatch(s -> s.posTags().isEmpty())) {
                throw new IllegalArgumentException(file + ": sentences without POS tags; Spark NLP training needs"
                        + " CoNLL-2003 lines 'token POS chunk NER' or the GMB CSV");
            }
            LOG.info("{}: {} sentences", file, read.size());
            all.addAll(read);
        }
        return ConllFiles.sample(all, sampleSentences);
    }

    /** Trains the POS tagger, embeddings and CRF on {@code sentences} and returns the inference pipeline. */
    public static PipelineModel train(SparkSession spark, List<ConllSentence> sentences, int maxEpochs,
                                      int embeddingsDim) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no training sentences");
        }
        Path conllFile = null;
        try {
            conllFile = Files.createTempFile("wire-etl-ner-train-", ".conll");
            ConllFiles.writeConll(sentences, conllFile);
            Dataset<Row> training = trainingReader()
                    .readDataset(spark, conllFile.toString(), "TEXT", spark.sparkContext().defaultParallelism(),
                            StorageLevel.MEMORY_AND_DISK())
                    .toDF()
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                long tokens = sentences.stream().mapToLong(s -> s.tokens().size()).sum();
                LOG.info("training on {} sentences, {} tokens, {} epochs at most, {}-dimensional embeddings",
                        sentences.size(), tokens, maxEpochs, embeddingsDim);
                PerceptronModel pos = timed("POS tagger", () -> posTagger().fit(training));
                Dataset<Row> tagged = pos.transform(training);
                Word2VecModel embeddings = timed("embeddings", () -> embeddings(embeddingsDim).fit(tagged));
                Dataset<Row> embedded = embeddings.transform(tagged);
                NerCrfModel ner = timed("NER CRF", () -> nerTagger(maxEpochs, sentences.size()).fit(embedded));
                return inferencePipeline(spark, pos, embeddings, ner);
            } finally {
                training.unpersist();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the training file", e);
        } finally {
            deleteQuietly(conllFile);
        }
    }

    /** Spark NLP's CoNLL reader; the gold POS goes to {@code gold_pos} so the tagger can write {@code pos}. */
    private static CoNLL trainingReader() {
        return new CoNLL("document", "sentence", "token", "gold_pos", 3, 1, "doc_id", "text", "label", true, " ",
                false);
    }

    private static PerceptronApproach posTagger() {
        PerceptronApproach pos = new PerceptronApproach();
        pos.setInputCols(new String[] {"sentence", "token"});
        pos.setOutputCol("pos");
        pos.setPosColumn("gold_pos");
        pos.setNIterations(POS_ITERATIONS);
        return pos;
    }

    private static Word2VecApproach embeddings(int dimensions) {
        Word2VecApproach embeddings = new Word2VecApproach();
        embeddings.setInputCols(new String[] {"token"});
        embeddings.setOutputCol("embeddings");
        embeddings.setVectorSize(dimensions);
        embeddings.setMaxIter(EMBEDDINGS_ITERATIONS);
        embeddings.setMinCount(EMBEDDINGS_MIN_COUNT);
        embeddings.setNumPartitions(1);
        embeddings.setSeed(SEED);
        embeddings.setStorageRef(EMBEDDINGS_REF);
        return embeddings;
    }

    /** With L2 weight 1 (the default), {@code c0 = sentences / (2 * step)} gives a first step of {@code step}. */
    static int crfC0(int sentences) {
        return (int) Math.max(1, Math.round(sentences / (2 * CRF_INITIAL_STEP)));
    }

    private static NerCrfApproach nerTagger(int maxEpochs, int sentences) {
        NerCrfApproach ner = new NerCrfApproach();
        ner.setInputCols(new String[] {"sentence", "token", "pos", "embeddings"});
        ner.setOutputCol("ner");
        ner.setLabelColumn("label");
        ner.setMinEpochs(1);
        ner.setMaxEpochs(maxEpochs);
        ner.setL2(1);
        ner.setC0(crfC0(sentences));
        ner.setRandomSeed(SEED);
        ner.setIncludeConfidence(true);
        // Loss and time per epoch, logged by Spark NLP on the logger "CRF" at INFO.
        ner.setVerbose(Verbose.Epochs());
        return ner;
    }

    /** Raw text in {@code body} → ... → {@code ner_chunk}, around the three trained models. */
    private static PipelineModel inferencePipeline(SparkSession spark, PerceptronModel pos,
                                                   Word2VecModel embeddings, NerCrfModel ner) {
        DocumentAssembler document = new DocumentAssembler();
        document.setInputCol(SparkNlpEngine.BODY);
        document.setOutputCol("document");
        SentenceDetector sentences = new SentenceDetector();
        sentences.setInputCols(new String[] {"document"});
        sentences.setOutputCol("sentence");
        Tokenizer tokenizer = new Tokenizer();
        tokenizer.setInputCols(new String[] {"sentence"});
        tokenizer.setOutputCol("token");
        NerConverter chunks = new NerConverter();
        chunks.setInputCols(new String[] {"sentence", "token", "ner"});
        chunks.setOutputCol(SparkNlpEngine.CHUNKS);
        // Fitting only fits the Tokenizer (a rule set); the trained stages pass through unchanged.
        Dataset<Row> oneBody = spark.createDataFrame(List.of(RowFactory.create("Fit the tokenizer.")),
                new StructType().add(SparkNlpEngine.BODY, DataTypes.StringType));
        return new Pipeline().setStages(new PipelineStage[] {document, sentences, tokenizer, pos, embeddings, ner,
            chunks}).fit(oneBody);
    }

    private static <T> T timed(String what, Supplier<T> fit) {
        long start = System.nanoTime();
        T result = fit.get();
        LOG.info("trained the {} in {} ms", what, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", file, e.toString());
        }
    }
}
