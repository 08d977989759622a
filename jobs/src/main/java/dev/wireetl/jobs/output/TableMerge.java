package dev.wireetl.jobs.output;

import dev.wireetl.jobs.spark.Columns;
import dev.wireetl.jobs.table.OutputStore;
import dev.wireetl.jobs.table.TableSpec;
import dev.wireetl.jobs.table.Tables;
import io.delta.tables.DeltaTable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Writes a run's rows into the Delta tables, one commit per table ({@link #write}). What a run replaces is
 * what its input files produced before: in each partition it touches, the rows of its files (or of their
 * articles) give way to the new ones in a single {@code replaceWhere} overwrite of exactly those partitions;
 * other partitions and other inputs' rows stay. The {@code processed_files} ledger is maintained by a MERGE
 * keyed by {@code source_path}, the {@code runs} record appended. Remembers the versions it committed, so the
 * run can record them and, on failure, restore what it changed ({@link #restore}).
 */
public final class TableMerge implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TableMerge.class);
    static final String SOURCE_PATH = "source_path";

    private final SparkSession spark;
    private final OutputStore store;
    private final String codec;
    /** {@code source_path} of every file this run processes: their old rows are replaced. */
    private final Dataset<Row> runPaths;
    /** The {@code pub_date}s the run touches (of its articles, and of its files' earlier articles). */
    private List<Object> articleDates = List.of();
    /** The articles published before the run (read at their pinned version), or null when there were none. */
    private Dataset<Row> publishedArticles;
    /** Ids whose per-article rows the run replaces. */
    private Dataset<Row> replacedIds;
    /** Table → version before this run's commit (-1: the run created it). */
    private final Map<String, Long> before = new ConcurrentHashMap<>();
    /** Table → version this run committed. */
    private final Map<String, Long> committed = new ConcurrentHashMap<>();

    public TableMerge(SparkSession spark, OutputStore store, String codec, Dataset<Row> runPaths) {
        this.spark = spark;
        this.store = store;
        this.codec = codec;
        this.runPaths = runPaths;
    }

    /**
     * Fixes what the per-article and daily tables replace: the dates and the article ids of {@code newArticles}
     * and of the articles the run's files gave before. Call before writing those tables.
     */
    public TableMerge forArticles(Dataset<Row> newArticles) {
        articleDates = touchedByFile(TableSpec.ARTICLES, newArticles);
        publishedArticles = published(Tables.ARTICLES);
        Dataset<Row> ids = newArticles.select("article_id");
        replacedIds = (publishedArticles == null ? ids
                : ids.union(fromRunFiles(publishedArticles).select("article_id")).distinct()).cache();
        return this;
    }

    /**
     * True when the touched dates hold no published article the run does not replace: the new content of those
     * dates in every per-article table is then the run's own rows (always so on a first run). One query at most.
     */
    public boolean touchedDatesHoldOnlyRunArticles() {
        requireArticles(TableSpec.ARTICLES);
        if (publishedArticles == null || articleDates.isEmpty()) {
            return true;
        }
        Dataset<Row> inTouched = publishedArticles.filter(in(Tables.PUB_DATE, articleDates)).select("article_id");
        return inTouched.join(replacedIds, inTouched.col("article_id").equalTo(replacedIds.col("article_id")),
                "left_anti").isEmpty();
    }

    /** For a rebuild of the daily tables only: the dates to recompute, no articles replaced. */
    TableMerge forDates(List<Object> dates) {
        articleDates = List.copyOf(dates);
        replacedIds = spark.emptyDataFrame();
        return this;
    }

    /** The {@code pub_date}s the run touches ({@link #forArticles}), in order. */
    public List<Object> articleDates() {
        return articleDates;
    }

    /** Writes one table's rows for this run, as its {@link TableSpec.Replace} says: one Delta commit at most. */
    public void write(TableSpec spec, Dataset<Row> newRows) {
        Dataset<Row> rows = newRows.select(Columns.named(spec.schema().fieldNames()));
        switch (spec.replace()) {
            case BY_FILE -> {
                List<Object> touched = touchedByFile(spec, rows);
                Dataset<Row> existing = published(spec.name());
                commitPartitions(spec, existing == null || touched.isEmpty() ? rows
                        : notFromRunFiles(existing.filter(in(spec.partitionColumn(), touched))).unionByName(rows),
                        touched);
            }
            case BY_ARTICLE -> {
                requireArticles(spec);
                Dataset<Row> existing = published(spec.name());
                Dataset<Row> all = rows;
                if (existing != null && !articleDates.isEmpty()) {
                    Dataset<Row> inTouched = existing.filter(in(spec.partitionColumn(), articleDates));
                    all = inTouched.join(replacedIds,
                            inTouched.col("article_id").equalTo(replacedIds.col("article_id")), "left_anti")
                            .unionByName(rows);
                }
                commitPartitions(spec, all, articleDates);
            }
            case BY_PARTITION -> {
                requireArticles(spec);
                commitPartitions(spec, rows, articleDates);
            }
            case LEDGER -> mergeLedger(spec, rows);
            case APPEND -> commit(spec, rows.coalesce(1).write().format("delta").mode(SaveMode.Append));
            default -> throw new IllegalStateException("unknown replace mode " + spec.replace());
        }
    }

    private void requireArticles(TableSpec spec) {
        if (replacedIds == null) {
            throw new IllegalStateException(spec.name() + ": call forArticles before writing per-article tables");
        }
    }

    /** The published rows of a table (latest version), or null when the table does not exist yet. */
    Dataset<Row> published(String table) {
        return store.exists(table) ? store.read(spark, table) : null;
    }

    /** Rows that came from files this run processes (they will be replaced). */
    Dataset<Row> fromRunFiles(Dataset<Row> rows) {
        return rows.join(runPaths, rows.col(SOURCE_PATH).equalTo(runPaths.col(SOURCE_PATH)), "left_semi");
    }

    Dataset<Row> notFromRunFiles(Dataset<Row> rows) {
        return rows.join(runPaths, rows.col(SOURCE_PATH).equalTo(runPaths.col(SOURCE_PATH)), "left_anti");
    }

    /**
     * The partitions of a table whose rows carry {@code source_path} that a run touches: those of its new rows,
     * and those holding rows of its files from earlier runs (which it replaces or removes). Null is a value too.
     */
    List<Object> touchedByFile(TableSpec table, Dataset<Row> newRows) {
        String partitionColumn = table.partitionColumn();
        Dataset<Row> existing = published(table.name());
        Dataset<Row> values = newRows.select(partitionColumn);
        return distinctValues(existing == null ? values
                : values.union(fromRunFiles(existing).select(partitionColumn)));
    }

    /**
     * Commits {@code rows}, the full new content of the {@code touched} partitions: one overwrite of exactly
     * those partitions ({@code replaceWhere}); a touched partition without rows is emptied.
     */
    void commitPartitions(TableSpec spec, Dataset<Row> rows, List<Object> touched) {
        if (touched.isEmpty()) {
            return; // nothing of this run's in the table, before or now: no commit
        }
        String partitionColumn = spec.partitionColumn();
        String[] sortColumns = spec.sortColumnArray();
        // One task per partition value: one file per partition per run, rows sorted for min/max pruning.
        Column[] order = new Column[sortColumns.length + 1];
        order[0] = col(partitionColumn);
        for (int i = 0; i < sortColumns.length; i++) {
            order[i + 1] = col(sortColumns[i]);
        }
        DataFrameWriter<Row> writer = rows.select(Columns.named(spec.schema().fieldNames()))
                .repartition(col(partitionColumn))
                .sortWithinPartitions(order)
                .write().format("delta").partitionBy(partitionColumn);
        if (store.exists(spec.name())) {
            writer = writer.mode(SaveMode.Overwrite)
                    .option("partitionOverwriteMode", "static")
                    .option("replaceWhere", in(partitionColumn, touched).expr().sql());
        } else {
            writer = writer.mode(SaveMode.Append);
        }
        commit(spec, writer);
    }

    /** The ledger: this run's files' entries updated or inserted, keyed by {@code source_path}, in one MERGE. */
    private void mergeLedger(TableSpec spec, Dataset<Row> rows) {
        if (!store.exists(spec.name())) {
            commit(spec, rows.repartition(1).sortWithinPartitions(Columns.named(spec.sortColumnArray()))
                    .write().format("delta").mode(SaveMode.Append));
            return;
        }
        recordBefore(spec.name());
        DeltaTable.forPath(spark, store.table(spec.name())).as("t")
                .merge(rows.as("s"), "t." + SOURCE_PATH + " = s." + SOURCE_PATH)
                .whenMatched().updateAll()
                .whenNotMatched().insertAll()
                .execute();
        recordCommitted(spec.name());
    }

    private void commit(TableSpec spec, DataFrameWriter<Row> writer) {
        recordBefore(spec.name());
        writer.option("compression", codec).save(store.table(spec.name()));
        recordCommitted(spec.name());
    }

    private void recordBefore(String table) {
        before.putIfAbsent(table, store.exists(table) ? store.version(table) : -1L);
    }

    private void recordCommitted(String table) {
        long version = store.version(table);
        committed.put(table, version);
        LOG.info("{}: committed version {}", table, version);
    }

    /**
     * The version of every existing table that a reader of this run's state reads: what the run committed,
     * else the latest. In {@link TableSpec#ALL}'s order; the {@code runs} table is left out (its row holds this).
     */
    public Map<String, Long> versions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (TableSpec spec : TableSpec.ALL) {
            if (spec.replace() != TableSpec.Replace.APPEND && store.exists(spec.name())) {
                versions.put(spec.name(), committed.containsKey(spec.name()) ? committed.get(spec.name())
                        : store.version(spec.name()));
            }
        }
        return versions;
    }

    /**
     * After a failure: every table this run committed goes back to its version before the run (a RESTORE
     * commit; a table the run created is removed), so the published tables are as they were.
     */
    public void restore() {
        for (Map.Entry<String, Long> entry : new TreeMap<>(committed).entrySet()) {
            String table = entry.getKey();
            long version = before.getOrDefault(table, -1L);
            try {
                if (version < 0) {
                    Path path = new Path(store.table(table));
                    path.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(path, true);
                    LOG.warn("{}: removed (created by the failed run)", table);
                } else {
                    DeltaTable.forPath(spark, store.table(table)).restoreToVersion(version);
                    LOG.warn("{}: restored to version {} (the failed run had committed {})", table, version,
                            entry.getValue());
                }
            } catch (IOException | RuntimeException e) {
                LOG.error("{}: could not restore version {}; the next run replaces the failed run's rows: {}",
                        table, version, e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        if (replacedIds != null) {
            replacedIds.unpersist();
        }
    }

    /** {@code column IN (values)}, with {@code OR column IS NULL} when null is one of them. */
    static Column in(String column, List<Object> values) {
        List<Object> present = values.stream().filter(v -> v != null).collect(Collectors.toList());
        Column in = present.isEmpty() ? lit(false) : col(column).isin(present.toArray());
        return present.size() < values.size() ? in.or(col(column).isNull()) : in;
    }

    /** The distinct values of a one-column Dataset, in order, null included (partition values: few). */
    static List<Object> distinctValues(Dataset<Row> oneColumn) {
        List<Object> values = new ArrayList<>();
        boolean hasNull = false;
        for (Row r : oneColumn.distinct().collectAsList()) {
            if (r.isNullAt(0)) {
                hasNull = true;
            } else {
                values.add(r.get(0));
            }
        }
        values.sort((a, b) -> a.toString().compareTo(b.toString()));
        if (hasNull) {
            values.add(null);
        }
        return values;
    }
}
