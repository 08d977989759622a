package dev.wireetl.jobs.output;

import dev.wireetl.jobs.SparkTestSession;
import dev.wireetl.jobs.table.OutputStore;
import dev.wireetl.jobs.table.Tables;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The aggregate tables on a hand-made set of per-article tables, with exact values. */
class AggregatesTest {
    static final LocalDate D1 = LocalDate.of(2025, 1, 6);
    static final LocalDate D2 = LocalDate.of(2025, 1, 7);
    @TempDir
    static Path tmp;
    static SparkSession spark;

    @BeforeAll
    static void setUp() {
        spark = SparkTestSession.get();
    }

    static Row entity(String article, String key, String type, String canonical, String country, int mentions,
                      int firstBegin, LocalDate date) {
        return RowFactory.create(article, key, type, canonical, country, mentions, firstBegin, "r1", date);
    }

    static Row figure(String article, String kind, String countType, String object, String unit, Double value,
                      LocalDate date) {
        // value_si, value_max_si, si_unit after unit: null, as for every non-QUANTITY figure; no object phrase or entity
        return RowFactory.create(article, kind, "t", 0, 1, value, null, null, unit, null, null, null, object, null,
                "EXACT", null, countType, 0, null, null, null, null, null, "r1", date);
    }

    /** Writes a table whole, as a new Delta table (the old folder removed first). */
    static void write(Path root, String table, StructType schema, List<Row> rows) {
        try (Stream<Path> old = Files.exists(root.resolve(table)) ? Files.walk(root.resolve(table)) : Stream.empty()) {
            old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        spark.createDataFrame(rows, schema).write().format("delta").mode(SaveMode.Overwrite)
                .partitionBy(Tables.PUB_DATE).save(root.resolve(table).toString());
    }

    /** a1 (D1): Kuwait ×2 first at 10, Riyadh (SA) ×2 first at 5, X; a2 (D1): Kuwait, X ×3; a3 (D2): X. */
    static Path tables(String name) {
        Path root = tmp.resolve(name);
        write(root, Tables.ARTICLE_ENTITIES, Tables.ARTICLE_ENTITIES_SCHEMA, List.of(
                entity("a1", "loc:kw", "LOC", "Kuwait", "KW", 2, 10, D1),
                entity("a1", "per:x", "PER", "X", null, 1, 0, D1),
                entity("a1", "loc:riyadh", "LOC", "Riyadh", "SA", 2, 5, D1),
                entity("a2", "loc:kw", "LOC", "Kuwait", "KW", 1, 3, D1),
                entity("a2", "per:x", "PER", "X", null, 3, 0, D1),
                entity("a3", "per:x", "PER", "X", null, 1, 0, D2)));
        write(root, Tables.FIGURES, Tables.FIGURES_SCHEMA, List.of(
                figure("a1", "COUNT", "KILL", "people", null, 5.0, D1),
                figure("a1", "COUNT", "KILL", "people", null, 7.0, D1),
                figure("a2", "MONEY", null, null, "USD", 100.0, D1),
                figure("a3", "PERCENT", null, null, "%", 2.5, D2)));
        return root;
    }

    static List<String> rows(org.apache.spark.sql.Dataset<Row> df, String... order) {
        return df.orderBy(order[0], java.util.Arrays.copyOfRange(order, 1, order.length)).collectAsList().stream()
                .map(Row::toString).collect(Collectors.toList());
    }

    @Test
    void entityDailyCountsArticlesAndMentions() {
        Path root = tables("daily");
        assertEquals(List.of(
                "[loc:kw,Kuwait,LOC,KW,2,3,0,null,2025-01-06]",
                "[loc:riyadh,Riyadh,LOC,SA,1,2,0,null,2025-01-06]",
                "[per:x,X,PER,null,2,4,0,null,2025-01-06]",
                "[per:x,X,PER,null,1,1,0,null,2025-01-07]"),
                rows(Aggregates.entityDaily(spark, root.toString(), List.of(D1, D2)), "entity_key", "pub_date"));
        assertEquals(1, Aggregates.entityDaily(spark, root.toString(), List.of(D2)).count());
    }

    static Row quotation(String article, String speakerKey, LocalDate date) {
        return RowFactory.create(article, "REPORTED", 0, 4, "text", "say", "X", 5, 6, speakerKey, "X", 0, 0.0, 0.0,
                0.0, 0.0, 1, "r1", date);
    }

    @Test
    void entityDailyCountsQuotedArticlesOnceAndAveragesTheirTone() {
        Path root = tables("quoted");
        // X speaks twice in a1 (one article), once in a3; a quotation without speaker entity counts for no one.
        write(root, Tables.QUOTATIONS, Tables.QUOTATIONS_SCHEMA, List.of(quotation("a1", "per:x", D1),
                quotation("a1", "per:x", D1), quotation("a2", null, D1), quotation("a3", "per:x", D2)));
        write(root, Tables.ARTICLE_TONE, Tables.ARTICLE_TONE_SCHEMA, List.of(
                RowFactory.create("a1", -2.0, 1.0, 3.0, 4.0, 100, 2, "r1", D1),
                RowFactory.create("a2", 1.0, 2.0, 1.0, 3.0, 50, 1, "r1", D1)));
        assertEquals(List.of(
                "[loc:kw,Kuwait,LOC,KW,2,3,0,-0.5,2025-01-06]",
                "[loc:riyadh,Riyadh,LOC,SA,1,2,0,-2.0,2025-01-06]",
                "[per:x,X,PER,null,2,4,1,-0.5,2025-01-06]",
                "[per:x,X,PER,null,1,1,1,null,2025-01-07]"),
                rows(Aggregates.entityDaily(spark, root.toString(), List.of(D1, D2)), "entity_key", "pub_date"));
    }

    @Test
    void pairsAreOrderedAndCountArticles() {
        Path root = tables("pairs");
        assertEquals(List.of(
                "[loc:kw,Kuwait,LOC,KW,loc:riyadh,Riyadh,LOC,SA,1,2025-01-06]",
                "[loc:kw,Kuwait,LOC,KW,per:x,X,PER,null,2,2025-01-06]",
                "[loc:riyadh,Riyadh,LOC,SA,per:x,X,PER,null,1,2025-01-06]"),
                rows(Aggregates.entityPairsDaily(spark, root.toString(), List.of(D1, D2)), "entity_key_a",
                        "entity_key_b"));
    }

    @Test
    void figuresDailyUsesTheMainPlaceTiesToTheEarliestMention() {
        Path root = tables("figures");
        assertEquals(List.of(
                "[COUNT,KILL,people,null,SA,2,1,12.0,7.0,2025-01-06]",
                "[MONEY,null,null,USD,KW,1,1,100.0,100.0,2025-01-06]",
                "[PERCENT,null,null,%,null,1,1,2.5,2.5,2025-01-07]"),
                rows(Aggregates.figuresDaily(spark, root.toString(), List.of(D1, D2)), "kind"));
    }

    @Test
    void fromTheRunsOwnRowsTheSameTablesAsFromTheCommittedOnes() {
        Path root = tables("fromRun");
        write(root, Tables.QUOTATIONS, Tables.QUOTATIONS_SCHEMA, List.of(quotation("a1", "per:x", D1)));
        write(root, Tables.ARTICLE_TONE, Tables.ARTICLE_TONE_SCHEMA, List.of(
                RowFactory.create("a1", -2.0, 1.0, 3.0, 4.0, 100, 2, "r1", D1)));
        List<Object> dates = List.of(D1, D2);
        OutputStore fromTables = new OutputStore(tmp.resolve("fromTables").toString(),
                spark.sparkContext().hadoopConfiguration());
        try (TableMerge merge = new TableMerge(spark, fromTables, "zstd", null).forDates(dates)) {
            Aggregates.write(spark, merge, root.toString());
        }
        OutputStore fromRun = new OutputStore(tmp.resolve("fromRunRows").toString(),
                spark.sparkContext().hadoopConfiguration());
        try (TableMerge merge = new TableMerge(spark, fromRun, "zstd", null).forDates(dates)) {
            Aggregates.writeFromRun(merge, read(root, Tables.ARTICLE_ENTITIES), read(root, Tables.QUOTATIONS),
                    read(root, Tables.ARTICLE_TONE), read(root, Tables.FIGURES));
        }
        for (String table : List.of(Tables.ENTITY_DAILY, Tables.ENTITY_PAIRS_DAILY, Tables.FIGURES_DAILY)) {
            List<String> expected = sortedRows(fromTables.read(spark, table));
            assertFalse(expected.isEmpty(), table);
            assertEquals(expected, sortedRows(fromRun.read(spark, table)), table);
        }
    }

    @Test
    void touchedDatesHoldOnlyTheRunsArticlesUnlessAnotherFilesArticleSharesADate() {
        Path root = tmp.resolve("touched");
        StructType schema = new StructType().add("article_id", "string").add("source_path", "string")
                .add(Tables.PUB_DATE, "date");
        OutputStore store = new OutputStore(root.toString(), spark.sparkContext().hadoopConfiguration());
        org.apache.spark.sql.Dataset<Row> d2Article = spark.createDataFrame(
                List.of(RowFactory.create("n1", "f2", D2)), schema);
        try (TableMerge merge = new TableMerge(spark, store.pinned(), "zstd", paths("f2")).forArticles(d2Article)) {
            assertEquals(true, merge.touchedDatesHoldOnlyRunArticles(), "no articles published yet");
        }
        write(root, Tables.ARTICLES, schema, List.of(RowFactory.create("a1", "f1", D1)));
        org.apache.spark.sql.Dataset<Row> d1Article = spark.createDataFrame(
                List.of(RowFactory.create("n1", "f2", D1)), schema);
        try (TableMerge merge = new TableMerge(spark, store.pinned(), "zstd", paths("f2")).forArticles(d1Article)) {
            assertEquals(false, merge.touchedDatesHoldOnlyRunArticles(), "f1's article shares D1");
        }
        try (TableMerge merge = new TableMerge(spark, store.pinned(), "zstd", paths("f2")).forArticles(d2Article)) {
            assertEquals(true, merge.touchedDatesHoldOnlyRunArticles(), "D2 holds no other article");
        }
        try (TableMerge merge = new TableMerge(spark, store.pinned(), "zstd", paths("f1")).forArticles(d1Article)) {
            assertEquals(true, merge.touchedDatesHoldOnlyRunArticles(), "f1 is read again: its article is replaced");
        }
    }

    private static org.apache.spark.sql.Dataset<Row> paths(String... paths) {
        return spark.createDataFrame(java.util.Arrays.stream(paths).map(p -> RowFactory.create(p)).toList(),
                new StructType().add("source_path", "string"));
    }

    private static org.apache.spark.sql.Dataset<Row> read(Path root, String table) {
        return spark.read().format("delta").load(root.resolve(table).toString());
    }

    private static List<String> sortedRows(org.apache.spark.sql.Dataset<Row> df) {
        return df.collectAsList().stream().map(Row::toString).sorted().collect(Collectors.toList());
    }

    @Test
    void rebuildCommitsTouchedDatesAndEmptiesVanishedOnes() throws IOException {
        Path root = tables("rebuild");
        OutputStore store = new OutputStore(root.toString(), spark.sparkContext().hadoopConfiguration());
        Aggregates.rebuild(spark, store, "zstd", List.of(D1, D2));
        assertEquals(List.of(D1, D2), dates(root, Tables.ENTITY_DAILY));
        assertEquals(List.of(D1), dates(root, Tables.ENTITY_PAIRS_DAILY));
        assertEquals(List.of(D1, D2), dates(root, Tables.FIGURES_DAILY));
        assertEquals(4, spark.read().format("delta").load(root.resolve(Tables.ENTITY_DAILY).toString()).count());

        // D2's article goes away; a rebuild of D2 removes its partitions and leaves D1's as they were.
        write(root, Tables.ARTICLE_ENTITIES, Tables.ARTICLE_ENTITIES_SCHEMA, List.of(
                entity("a1", "loc:kw", "LOC", "Kuwait", "KW", 2, 10, D1)));
        write(root, Tables.FIGURES, Tables.FIGURES_SCHEMA, List.of(figure("a1", "MONEY", null, null, "EUR", 1.0, D1)));
        long version = store.version(Tables.ENTITY_DAILY);
        Aggregates.rebuild(spark, store, "zstd", List.of(D2));
        assertEquals(List.of(D1), dates(root, Tables.ENTITY_DAILY));
        assertEquals(List.of(D1), dates(root, Tables.FIGURES_DAILY));
        assertEquals(3, spark.read().format("delta").load(root.resolve(Tables.ENTITY_DAILY).toString()).count());
        assertEquals(version + 1, store.version(Tables.ENTITY_DAILY), "one commit per table");
    }

    /** The dates a table holds rows for (its latest Delta version). */
    static List<LocalDate> dates(Path root, String table) {
        return spark.read().format("delta").load(root.resolve(table).toString()).select(Tables.PUB_DATE).distinct()
                .orderBy(Tables.PUB_DATE).collectAsList().stream().map(r -> r.<LocalDate>getAs(0))
                .collect(Collectors.toList());
    }
}
