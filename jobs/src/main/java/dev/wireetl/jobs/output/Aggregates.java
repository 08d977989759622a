package dev.wireetl.jobs.output;

import dev.wireetl.jobs.spark.Columns;
import dev.wireetl.jobs.spark.ConcurrentSteps;
import dev.wireetl.jobs.table.OutputStore;
import dev.wireetl.jobs.table.TableSpec;
import dev.wireetl.jobs.table.Tables;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

/**
 * The aggregate ("gold") tables {@code entity_daily}, {@code entity_pairs_daily} and {@code figures_daily},
 * rebuilt whole for the publication dates a run touched: from the run's own per-article rows when those dates
 * hold no other articles ({@link #writeFromRun}: a first run, a new day), else from the committed per-article
 * tables under a tables root (the job writes them after those tables, {@link #write}; {@link #rebuild} for
 * repairs), reading only the given {@code pub_date} partitions. Rules
 * (docs/tables.md):
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
    private Aggregates() {
    }

    /**
     * {@code entity_daily} for the given dates ({@link Tables#ENTITY_DAILY_SCHEMA}). {@code article_entities}
     * holds one row per article and entity, so counting rows counts articles; {@code quoted} counts those of them
     * where the entity is a quotation's speaker, {@code avg_tone} is the mean {@code article_tone.tone} of them
     * (null when none has a tone row).
     */
    public static Dataset<Row> entityDaily(SparkSession spark, String tablesRoot, List<Object> dates) {
        return entityDaily(new Sources(spark, tablesRoot, dates));
    }

    static Dataset<Row> entityDaily(Sources sources) {
        Dataset<Row> entities = sources.articleEntities;
        Dataset<Row> speakers = sources.quotations
                .filter(col("speaker_entity_key").isNotNull())
                .select(col("article_id").as("_q_article"), col("speaker_entity_key").as("_q_key"))
                .distinct();
        Dataset<Row> tones = sources.articleTone
                .select(col("article_id").as("_t_article"), col("tone").as("_tone"));
        return entities
                .join(speakers, entities.col("article_id").equalTo(speakers.col("_q_article"))
                        .and(entities.col("entity_key").equalTo(speakers.col("_q_key"))), "left")
                .join(tones, entities.col("article_id").equalTo(tones.col("_t_article")), "left")
                .groupBy(col(Tables.PUB_DATE), col("entity_key"))
                .agg(max("canonical").as("canonical"), max("type").as("type"),
                        max("country_code").as("country_code"),
                        count(lit(1)).as("articles"),
                        sum(col("mention_count").cast("long")).as("mentions"),
                        count(col("_q_key")).as("quoted"),
                        avg("_tone").as("avg_tone"))
                .select(Columns.named(Tables.ENTITY_DAILY_SCHEMA.fieldNames()));
    }

    /**
     * {@code entity_pairs_daily} for the given dates ({@link Tables#ENTITY_PAIRS_DAILY_SCHEMA}). Each article's
     * entity keys are gathered and its pairs listed in Java ({@link ArticlePairs}); the pairs are counted per day
     * by key only (a hash aggregation: string maxima would force a sort of every pair), then given each entity's
     * name, type and country from {@link #entityDaily} of the same day.
     */
    public static Dataset<Row> entityPairsDaily(SparkSession spark, String tablesRoot, List<Object> dates) {
        Sources sources = new Sources(spark, tablesRoot, dates);
        return pairsWithAttributes(pairCounts(sources.articleEntities), entityDaily(sources));
    }

    /** {@code pub_date, entity_key_a, entity_key_b, articles}: pairs counted per day. */
    static Dataset<Row> pairCounts(Dataset<Row> articleEntities) {
        Dataset<Row> perArticle = articleEntities
                .groupBy("article_id", Tables.PUB_DATE)
                .agg(collect_list("entity_key").as("keys"));
        return perArticle.flatMap(new ArticlePairs(), Encoders.row(ArticlePairs.SCHEMA))
                .groupBy(col(Tables.PUB_DATE), col("entity_key_a"), col("entity_key_b"))
                .agg(count(lit(1)).as("articles"));
    }

    /** Pair counts joined with the day's attributes of both entities. */
    static Dataset<Row> pairsWithAttributes(Dataset<Row> pairs, Dataset<Row> entityDaily) {
        Dataset<Row> a = entityDaily.select(col(Tables.PUB_DATE).as("_date_a"), col("entity_key").as("_key_a"),
                col("canonical").as("canonical_a"), col("type").as("type_a"), col("country_code").as("country_code_a"));
        Dataset<Row> b = entityDaily.select(col(Tables.PUB_DATE).as("_date_b"), col("entity_key").as("_key_b"),
                col("canonical").as("canonical_b"), col("type").as("type_b"), col("country_code").as("country_code_b"));
        return pairs
                .join(a, pairs.col(Tables.PUB_DATE).equalTo(a.col("_date_a"))
                        .and(pairs.col("entity_key_a").equalTo(a.col("_key_a"))))
                .join(b, pairs.col(Tables.PUB_DATE).equalTo(b.col("_date_b"))
                        .and(pairs.col("entity_key_b").equalTo(b.col("_key_b"))))
                .select(Columns.named(Tables.ENTITY_PAIRS_DAILY_SCHEMA.fieldNames()));
    }

    /** One article's pairs of different entity keys, smaller key first: input {@code article_id, pub_date, keys}. */
    static final class ArticlePairs implements FlatMapFunction<Row, Row>, Serializable {
        private static final long serialVersionUID = 1L;
        static final StructType SCHEMA = new StructType(new StructField[] {
            DataTypes.createStructField(Tables.PUB_DATE, DataTypes.DateType, false),
            DataTypes.createStructField("entity_key_a", DataTypes.StringType, false),
            DataTypes.createStructField("entity_key_b", DataTypes.StringType, false),
        });

        @Override
        public Iterator<Row> call(Row article) {
            Object date = article.getAs(Tables.PUB_DATE);
            String[] keys = new TreeSet<>(article.<String>getList(article.fieldIndex("keys"))).toArray(new String[0]);
            List<Row> pairs = new ArrayList<>(keys.length * (keys.length - 1) / 2);
            for (int i = 0; i < keys.length; i++) {
                for (int j = i + 1; j < keys.length; j++) {
                    pairs.add(RowFactory.create(date, keys[i], keys[j]));
                }
            }
            return pairs.iterator();
        }
    }

    /** {@code figures_daily} for the given dates ({@link Tables#FIGURES_DAILY_SCHEMA}). */
    public static Dataset<Row> figuresDaily(SparkSession spark, String tablesRoot, List<Object> dates) {
        return figuresDaily(new Sources(spark, tablesRoot, dates));
    }

    static Dataset<Row> figuresDaily(Sources sources) {
        Dataset<Row> figures = sources.figures;
        Dataset<Row> places = mainPlaces(sources.articleEntities);
        return figures.join(places, figures.col("article_id").equalTo(places.col("place_article_id")), "left")
                .groupBy(col(Tables.PUB_DATE), col("kind"), col("count_type"), col("object"), col("unit"),
                        col("country"))
                .agg(count(lit(1)).as("figures"), countDistinct("article_id").as("articles"),
                        sum("value").as("sum_value"), max("value").as("max_value"))
                .select(Columns.named(Tables.FIGURES_DAILY_SCHEMA.fieldNames()));
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
     * Commits the three aggregate tables for the merge's touched dates ({@link TableMerge#articleDates}),
     * computed from the per-article tables under {@code tablesRoot}, which must already hold this run's
     * commits: every touched date is replaced, or emptied when it has no rows any more.
     */
    public static void write(SparkSession spark, TableMerge merge, String tablesRoot) {
        List<Object> dates = merge.articleDates();
        if (dates.isEmpty()) {
            return;
        }
        // Each source table is read once (every scan of a Delta table plans with a file-filtering job of its
        // own).
        write(merge, new Sources(spark, tablesRoot, dates));
    }

    /**
     * Commits the three aggregate tables for the merge's touched dates from the run's own per-article rows, for
     * a run whose touched dates hold no other articles ({@link TableMerge#touchedDatesHoldOnlyRunArticles}):
     * those rows are then the whole new content of the dates, and no written table is read back.
     */
    public static void writeFromRun(TableMerge merge, Dataset<Row> articleEntities, Dataset<Row> quotations,
                                    Dataset<Row> articleTone, Dataset<Row> figures) {
        if (merge.articleDates().isEmpty()) {
            return;
        }
        write(merge, new Sources(articleEntities, quotations, articleTone, figures));
    }

    private static void write(TableMerge merge, Sources sources) {
        // article_entities and entity_daily, which two aggregates use, are computed once.
        Dataset<Row> articleEntities = sources.articleEntities.persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> entityDaily = entityDaily(sources).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            ConcurrentSteps.all(List.of(
                    () -> commit(merge, TableSpec.ENTITY_DAILY, entityDaily),
                    () -> commit(merge, TableSpec.ENTITY_PAIRS_DAILY,
                            pairsWithAttributes(pairCounts(articleEntities), entityDaily)),
                    () -> commit(merge, TableSpec.FIGURES_DAILY, figuresDaily(sources))));
        } finally {
            entityDaily.unpersist();
            articleEntities.unpersist();
        }
    }

    /** The touched dates of the per-article tables the aggregates are computed from. */
    static final class Sources {
        final Dataset<Row> articleEntities;
        final Dataset<Row> quotations;
        final Dataset<Row> articleTone;
        final Dataset<Row> figures;

        Sources(SparkSession spark, String tablesRoot, List<Object> dates) {
            articleEntities = read(spark, tablesRoot, Tables.ARTICLE_ENTITIES, Tables.ARTICLE_ENTITIES_SCHEMA, dates);
            quotations = read(spark, tablesRoot, Tables.QUOTATIONS, Tables.QUOTATIONS_SCHEMA, dates);
            articleTone = read(spark, tablesRoot, Tables.ARTICLE_TONE, Tables.ARTICLE_TONE_SCHEMA, dates);
            figures = read(spark, tablesRoot, Tables.FIGURES, Tables.FIGURES_SCHEMA, dates);
        }

        /** Rows in the tables' schemas (columns taken by name). */
        Sources(Dataset<Row> articleEntities, Dataset<Row> quotations, Dataset<Row> articleTone, Dataset<Row> figures) {
            this.articleEntities = articleEntities.select(Columns.named(Tables.ARTICLE_ENTITIES_SCHEMA.fieldNames()));
            this.quotations = quotations.select(Columns.named(Tables.QUOTATIONS_SCHEMA.fieldNames()));
            this.articleTone = articleTone.select(Columns.named(Tables.ARTICLE_TONE_SCHEMA.fieldNames()));
            this.figures = figures.select(Columns.named(Tables.FIGURES_SCHEMA.fieldNames()));
        }
    }

    private static Void commit(TableMerge merge, TableSpec spec, Dataset<Row> rows) {
        merge.write(spec, rows);
        return null;
    }

    /**
     * Rebuilds the aggregates of {@code dates} from the published per-article tables (for repairs; a run writes
     * its aggregates itself, {@link #write}): one commit per aggregate table.
     */
    public static void rebuild(SparkSession spark, OutputStore store, String codec, List<Object> dates) {
        if (dates.isEmpty()) {
            return;
        }
        try (TableMerge merge = new TableMerge(spark, store, codec, null).forDates(dates)) {
            write(spark, merge, store.root());
        }
        LOG.info("rebuilt aggregates for {} date(s)", dates.size());
    }

    /** The given partitions of a table under {@code tablesRoot}; an empty frame when the table is not there. */
    static Dataset<Row> read(SparkSession spark, String tablesRoot, String table, StructType schema,
                             List<Object> dates) {
        OutputStore tables = new OutputStore(tablesRoot, spark.sparkContext().hadoopConfiguration());
        if (!tables.exists(table) || dates.isEmpty()) {
            return spark.createDataFrame(List.of(), schema);
        }
        Column inDates = col(Tables.PUB_DATE).isin(dates.toArray());
        return tables.read(spark, table).filter(inDates);
    }
}
