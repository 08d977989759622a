package dev.wireetl.jobs.extract;

import dev.wireetl.common.config.JobConfig;
import dev.wireetl.jobs.spark.HadoopConf;
import dev.wireetl.jobs.table.Tables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

/**
 * One contract, several engines (key {@code nlp.engine}): from the NLP input ({@code article_id, body,
 * published_date, run_id}) to entity mentions and per-article entities, {@link Tables#ENTITY_ROWS_SCHEMA}. Every
 * engine's spans go through the same normaliser, so the tables mean the same whichever engine made them.
 */
public interface EntityEngine {
    Dataset<Row> annotate(SparkSession spark, Dataset<Row> nlpInput);

    /** The engine {@code nlp.engine} names. */
    static EntityEngine of(JobConfig config) {
        String modelPath = config.get(JobConfig.NLP_MODEL_PATH);
        String gazetteerPath = config.get(JobConfig.NLP_GAZETTEER_PATH);
        return switch (config.get(JobConfig.NLP_ENGINE)) {
            case "none" -> (spark, input) -> spark.createDataFrame(List.of(), Tables.ENTITY_ROWS_SCHEMA);
            case "sparknlp" -> sparkNlp(config.get(JobConfig.NLP_SPARKNLP_MODEL_PATH), modelPath, gazetteerPath);
            default -> (spark, input) -> input.flatMap(new EntityStep(HadoopConf.of(spark), modelPath, gazetteerPath),
                    Encoders.row(Tables.ENTITY_ROWS_SCHEMA));
        };
    }

    /** A saved Spark NLP pipeline's chunks, per article, mapped through the default engine's normaliser. */
    private static EntityEngine sparkNlp(String pipelinePath, String modelPath, String gazetteerPath) {
        return (spark, input) -> {
            Dataset<Row> chunks = SparkNlpEngine.annotate(spark, input.select("article_id", "body"), pipelinePath)
                    .groupBy("article_id")
                    .agg(collect_list(struct("type", "begin", "end", "score")).as("chunks"));
            Dataset<Row> withChunks = input.join(chunks, input.col("article_id").equalTo(chunks.col("article_id")), "left")
                    .select(input.col("article_id"), col("body"), col("published_date"), col("run_id"), col("chunks"));
            return withChunks.flatMap(new SparkNlpEntityStep(HadoopConf.of(spark), modelPath, gazetteerPath),
                    Encoders.row(Tables.ENTITY_ROWS_SCHEMA));
        };
    }
}
