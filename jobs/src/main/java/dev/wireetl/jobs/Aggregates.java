package dev.wireetl.jobs;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

/**
 * The aggregate ("gold") tables {@code entity_daily}, {@code entity_pairs_daily} and {@code figures_daily},
 * rebuilt whole for the publication dates a run touched, from the published per-article tables. Each
 * method reads only the given {@code pub_date} partitions. Rules (docs/tables.md):
 * <ul>
 *   <li>an entity is counted once per article in {@code articles} and by its {@code mention_count} in
 *       {@code mentions};</li>
 *   <li>a pair is two different entities of one article, {@code entity_key_a < entity_key_b};</li>
 *   <li>an article's main place ({@code figures_daily.country}) is the {@code country_code} of its LOC
 *       entities with the most mentions; ties go to the earliest first mention, then the smaller code;
 *       null when no LOC entity has a country.</li>
 * </ul>
 */
public final class Aggregates {
    private static final Logger LOG = LoggerFactory.getLogger(Aggregates.class);
    /** Suffix of the staging and publish id of the aggregates: they publish after the run's own tables. */
    static final String STAGING_SUFFIX = "-aggregates";

    private Aggregates() {
    }

    /** {@code entity_daily} for the given dates ({@link Tables#ENTITY_DAILY_SCHEMA}). */
    public static Dataset<Row> entityDaily(SparkSession spark, String outputRoot, List<Object> dates) {
        Dataset<Row> entities = read(spark, outputRoot, Tables.ARTICLE_ENTITIES, Tables.ARTICLE_ENTITIES_SCHEMA,
                dates);
        return entities.groupBy(col(Tables.PUB_DATE), col("entity_key"))
                .agg(max("canonical").as("canonical"), max("type").as("type"),
                        max("country_code").as("country_code"),
                        countDistinct("article_id").as("articles"),
                        sum(col("mention_count").cast("long")).as("mentions"))
                .select(WireEtlJob.columns(Tables.ENTITY_DAILY_SCHEMA.fieldNames()));
    }

    /** {@code entity_pairs_daily} for the given dates ({@link Tables#ENTITY_PAIRS_DAILY_SCHEMA}). */
    public static Dataset<Row> entityPairsDaily(SparkSession spark, String outputRoot, List<Object> dates) {
        Dataset<Row> entities = read(spark, outputRoot, Tables.ARTICLE_ENTITIES, Tables.ARTICLE_ENTITIES_SCHEMA,
                dates).select("article_id", "entity_key", "canonical", "type", "country_code", Tables.PUB_DATE)
                .dropDuplicates("article_id", "entity_key");
        Dataset<Row> a = entities.alias("a");
        Dataset<Row> b = entities.alias("b");
        return a.join(b, col("a.article_id").equalTo(col("b.article_id"))
                        .and(col("a.entity_key").lt(col("b.entity_key"))))
                .groupBy(col("a." + Tables.PUB_DATE).as(Tables.PUB_DATE),
                        col("a.entity_key").as("entity_key_a"), col("b.entity_key").as("entity_key_b"))
                .agg(max(col("a.canonical")).as("canonical_a"), max(col("a.type")).as("type_a"),
                        max(col("a.country_code")).as("country_code_a"),
                        max(col("b.canonical")).as("canonical_b"), max(col("b.type")).as("type_b"),
                        max(col("b.country_code")).as("country_code_b"),
                        // One row per article and pair after dropDuplicates: a count, not a distinct count.
                        count(lit(1)).as("articles"))
                .select(WireEtlJob.columns(Tables.ENTITY_PAIRS_DAILY_SCHEMA.fieldNames()));
    }

    /** {@code figures_daily} for the given dates ({@link Tables#FIGURES_DAILY_SCHEMA}). */
    public static Dataset<Row> figuresDaily(SparkSession spark, String outputRoot, List<Object> dates) {
        Dataset<Row> figures = read(spark, outputRoot, Tables.FIGURES, Tables.FIGURES_SCHEMA, dates);
        Dataset<Row> places = mainPlaces(read(spark, outputRoot, Tables.ARTICLE_ENTITIES,
                Tables.ARTICLE_ENTITIES_SCHEMA, dates));
        return figures.join(places, figures.col("article_id").equalTo(places.col("place_article_id")), "left")
                .groupBy(col(Tables.PUB_DATE), col("kind"), col("count_type"), col("object"), col("unit"),
                        col("country"))
                .agg(count(lit(1)).as("figures"), countDistinct("article_id").as("articles"),
                        sum("value").as("sum_value"), max("value").as("max_value"))
                .select(WireEtlJob.columns(Tables.FIGURES_DAILY_SCHEMA.fieldNames()));
    }

    /**
     * Each article's main place: {@code place_article_id, country}. The country of its LOC entities with the
     * most mentions (summed over entities of one country); ties: earliest first mention, then smaller code.
     */
    static Dataset<Row> mainPlaces(Dataset<Row> articleEntities) {
        Dataset<Row> byCountry = articleEntities
                .filter(col("type").equalTo("LOC").and(col("country_code").isNotNull()))
                .groupBy("article_id", "country_code")
                .agg(sum(col("mention_count").cast("long")).as("m"), min("first_begin").as("first"));
        return byCountry
                .withColumn("rank", row_number().over(Window.partitionBy("article_id")
                        .orderBy(col("m").desc(), col("first").asc(), col("country_code").asc())))
                .filter(col("rank").equalTo(1))
                .select(col("article_id").as("place_article_id"), col("country_code").as("country"));
    }

    /**
     * Stages the three aggregate tables for {@code touchedDates} and publishes them: every touched partition
     * is replaced, or removed when it has no rows any more. Call after the run's tables are published.
     */
    public static void rebuild(SparkSession spark, OutputStore store, String runId, String codec,
                               List<Object> touchedDates) {
        if (touchedDates.isEmpty()) {
            return;
        }
        String stagingId = runId + STAGING_SUFFIX;
        String root = store.root();
        TableMerge merge = new TableMerge(spark, store, stagingId, codec, null);
        List<String> manifest = new ArrayList<>();
        try {
            manifest.addAll(merge.stagePartitions(Tables.ENTITY_DAILY, Tables.PUB_DATE,
                    entityDaily(spark, root, touchedDates), touchedDates, "entity_key"));
            manifest.addAll(merge.stagePartitions(Tables.ENTITY_PAIRS_DAILY, Tables.PUB_DATE,
                    entityPairsDaily(spark, root, touchedDates), touchedDates, "entity_key_a", "entity_key_b"));
            manifest.addAll(merge.stagePartitions(Tables.FIGURES_DAILY, Tables.PUB_DATE,
                    figuresDaily(spark, root, touchedDates), touchedDates, "kind", "count_type", "unit"));
        } catch (RuntimeException e) {
            store.discardStaging(stagingId);
            throw e;
        }
        store.publish(stagingId, manifest);
        LOG.info("rebuilt aggregates for {} date(s)", touchedDates.size());
    }

    /**
     * The {@code pub_date} values a publish manifest touches (replaced or removed partitions of any
     * {@code pub_date}-partitioned table), as {@link LocalDate}s in order: what {@link #rebuild} needs.
     */
    public static List<Object> touchedDates(List<String> manifest) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        String marker = "/" + Tables.PUB_DATE + "=";
        for (String line : manifest) {
            int at = line.indexOf(marker);
            if (at >= 0) {
                dates.add(LocalDate.parse(line.substring(at + marker.length()).strip()));
            }
        }
        return new ArrayList<>(dates);
    }

    /** The given partitions of a published table; an empty frame when the table does not exist. */
    static Dataset<Row> read(SparkSession spark, String outputRoot, String table, StructType schema,
                             List<Object> dates) {
        OutputStore store = new OutputStore(outputRoot, spark.sparkContext().hadoopConfiguration());
        if (!store.exists(table) || dates.isEmpty()) {
            return spark.createDataFrame(List.of(), schema);
        }
        Column inDates = col(Tables.PUB_DATE).isin(dates.toArray());
        return spark.read().schema(schema).parquet(store.table(table)).filter(inDates);
    }
}
