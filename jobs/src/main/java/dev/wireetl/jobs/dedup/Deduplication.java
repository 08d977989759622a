package dev.wireetl.jobs.dedup;

import dev.wireetl.jobs.spark.Columns;
import dev.wireetl.jobs.table.OutputStore;
import dev.wireetl.jobs.table.Tables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

/**
 * The duplicate rule (docs/operations.md): a story is a duplicate when an article with the same
 * {@code article_id} (same wire id), or with the same {@code content_sha256} (same headline and body, for
 * bodies of at least one word), is already published from another file, or comes earlier in this run (ordered
 * by source path, then story). The first one is kept; each duplicate becomes a DUPLICATE reject naming it.
 *
 * <p>The rule runs on a narrow projection of the stories (ids, hashes and the columns a reject needs), never on
 * their bodies: the window shuffles stay small, and only the few duplicates are joined back.
 */
public final class Deduplication {
    static final String DUPLICATE_OF = "duplicate_of";
    static final String DUPLICATE_WHY = "duplicate_why";
    /** The story columns the rule and the DUPLICATE rejects read. */
    private static final String[] KEY_COLUMNS = {"source_path", Tables.FILE_ROW, "story_ref", "article_id",
        "content_sha256", "word_count", "file_size", "format", "run_id", "ingested_at", Tables.FILE_DATE};

    private Deduplication() {
    }

    /**
     * The duplicates among the parsed stories: their {@link #KEY_COLUMNS} with {@link #DUPLICATE_OF} (the kept
     * article) and {@link #DUPLICATE_WHY}. Usually few rows; persist it, since both outputs below read it.
     */
    public static Dataset<Row> duplicates(SparkSession spark, OutputStore store, Dataset<Row> stories,
                                   Dataset<Row> runPaths) {
        WindowSpec byId = Window.partitionBy("article_id").orderBy("source_path", "story_ref", Tables.FILE_ROW);
        WindowSpec byContent = Window.partitionBy("content_sha256")
                .orderBy("source_path", "story_ref", "article_id", Tables.FILE_ROW);
        Column hasBody = col("word_count").gt(0);
        Dataset<Row> marked = stories.select(Columns.named(KEY_COLUMNS))
                .withColumn("_id_rank", row_number().over(byId))
                .withColumn("_id_first_path", first("source_path").over(byId))
                .withColumn("_content_rank", row_number().over(byContent))
                .withColumn("_content_first", first("article_id").over(byContent))
                .withColumn(DUPLICATE_OF, when(col("_id_rank").gt(1), col("article_id"))
                        .when(hasBody.and(col("_content_rank").gt(1)), col("_content_first")))
                .withColumn(DUPLICATE_WHY, when(col("_id_rank").gt(1),
                                concat(lit("same article_id as the story read from "), col("_id_first_path")))
                        .when(hasBody.and(col("_content_rank").gt(1)),
                                lit("same headline and body as an article read earlier in this run")))
                .drop("_id_rank", "_id_first_path", "_content_rank", "_content_first");
        if (!store.exists(Tables.ARTICLES)) {
            return marked.filter(col(DUPLICATE_OF).isNotNull());
        }
        Dataset<Row> published = store.read(spark, Tables.ARTICLES)
                .select("article_id", "content_sha256", "word_count", "source_path");
        Dataset<Row> kept = published.join(runPaths,
                published.col("source_path").equalTo(runPaths.col("source_path")), "left_anti");
        Dataset<Row> keptIds = kept.groupBy(col("article_id").as("_pub_id"))
                .agg(first("source_path").as("_pub_id_path"));
        Dataset<Row> keptContent = kept.filter(col("word_count").gt(0))
                .groupBy(col("content_sha256").as("_pub_sha"))
                .agg(first("article_id").as("_pub_sha_id"));
        Dataset<Row> joined = marked
                .join(keptIds, marked.col("article_id").equalTo(keptIds.col("_pub_id")), "left")
                .join(keptContent, marked.col("content_sha256").equalTo(keptContent.col("_pub_sha"))
                        .and(marked.col("word_count").gt(0)), "left");
        return joined
                .withColumn(DUPLICATE_WHY, when(col("_pub_id").isNotNull(),
                                concat(lit("same article_id, already published from "), col("_pub_id_path")))
                        .when(col("_pub_sha_id").isNotNull(), lit("same headline and body as a published article"))
                        .otherwise(col(DUPLICATE_WHY)))
                .withColumn(DUPLICATE_OF, when(col("_pub_id").isNotNull(), col("_pub_id"))
                        .when(col("_pub_sha_id").isNotNull(), col("_pub_sha_id"))
                        .otherwise(col(DUPLICATE_OF)))
                .drop("_pub_id", "_pub_id_path", "_pub_sha", "_pub_sha_id")
                .filter(col(DUPLICATE_OF).isNotNull());
    }

    /** The stories that are not duplicates (a story is its source path and its row within the file). */
    public static Dataset<Row> kept(Dataset<Row> stories, Dataset<Row> duplicates) {
        return stories.join(duplicates, stories.col("source_path").equalTo(duplicates.col("source_path"))
                .and(stories.col(Tables.FILE_ROW).equalTo(duplicates.col(Tables.FILE_ROW))), "left_anti");
    }

    /**
     * The duplicates as {@code rejects} rows (reason DUPLICATE), each with the kept article's id in
     * {@code duplicate_of}: incremental runs re-read a duplicate when the file of the article it names is read again.
     */
    public static Dataset<Row> asRejects(Dataset<Row> duplicates) {
        return duplicates.select(
                col("source_path"),
                col("story_ref"),
                lit("DUPLICATE").as("reason"),
                concat(lit("duplicate of article "), col(DUPLICATE_OF), lit(": "), col(DUPLICATE_WHY)).as("message"),
                lit(null).cast("string").as("head"),
                col("file_size"),
                col("format"),
                col("run_id"),
                col("ingested_at").as("rejected_at"),
                col(DUPLICATE_OF),
                col(Tables.FILE_DATE));
    }
}
