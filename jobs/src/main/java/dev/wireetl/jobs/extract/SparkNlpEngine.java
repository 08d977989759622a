package dev.wireetl.jobs.extract;

import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.when;

/**
 * Runs a Spark NLP NER {@link PipelineModel} saved by {@link SparkNlpTrainer} over articles and returns its
 * entity chunks as plain rows. Offsets are into the article's {@code body}: {@code body.substring(begin, end)}
 * is the chunk's {@code text}.
 */
public final class SparkNlpEngine {
    /** The text column the saved pipeline's DocumentAssembler reads. */
    public static final String BODY = "body";
    /** The chunk column the saved pipeline's NerConverter writes. */
    public static final String CHUNKS = "ner_chunk";

    private SparkNlpEngine() {
    }

    /**
     * Entity chunks of {@code articles} (columns {@code article_id}, {@code body}; others are ignored):
     * {@code article_id string, type string, text string, begin int, end int, sentence_index int, score double}.
     * {@code type} is PERSON, ORG, LOC or NORP (the model's PER and MISC renamed; other labels kept);
     * {@code end} is exclusive; {@code score} is the chunk's mean CRF confidence, null when the model gives none.
     * Articles without chunks (or without a body) have no rows. Loads the model once; lazy like any transform.
     *
     * @param modelPath a local path or a {@code file:}, {@code hdfs:} or {@code s3a:} URI
     */
    public static Dataset<Row> annotate(SparkSession spark, Dataset<Row> articles, String modelPath) {
        PipelineModel model = PipelineModel.read().session(spark).load(modelPath);
        Dataset<Row> input = articles.select(col("article_id"), col(BODY)).filter(col(BODY).isNotNull());
        Column chunk = col("chunk");
        Column label = chunk.getField("metadata").getItem("entity");
        return model.transform(input)
                .select(col("article_id"), explode(col(CHUNKS)).as("chunk"))
                .select(col("article_id"),
                        when(label.equalTo("PER"), "PERSON").when(label.equalTo("MISC"), "NORP").otherwise(label)
                                .as("type"),
                        chunk.getField("result").as("text"),
                        chunk.getField("begin").as("begin"),
                        chunk.getField("end").plus(1).as("end"),
                        chunk.getField("metadata").getItem("sentence").cast("int").as("sentence_index"),
                        chunk.getField("metadata").getItem("confidence").cast("double").as("score"));
    }
}
