package dev.wireetl.jobs.output;

import dev.wireetl.jobs.spark.Columns;
import dev.wireetl.jobs.table.OutputStore;
import dev.wireetl.jobs.table.TableSpec;
import dev.wireetl.jobs.table.Tables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * Stages a table for publishing: the partitions this run touches are rewritten whole, as the rows they
 * already hold minus the rows this run replaces, plus this run's rows. Untouched partitions are not read
 * or written.
 */
public final class TableMerge {
    private final SparkSession spark;
    private final OutputStore store;
    private final String runId;
    private final String codec;
    /** {@code source_path} of every file this run processes: their old rows are replaced. */
    private final Dataset<Row> runPaths;

    public TableMerge(SparkSession spark, OutputStore store, String runId, String codec, Dataset<Row> runPaths) {
        this.spark = spark;
        this.store = store;
        this.runId = runId;
        this.codec = codec;
        this.runPaths = runPaths;
    }

    /** The published rows of a table, or null when the table does not exist yet. */
    Dataset<Row> published(String table, StructType schema) {
        return store.exists(table) ? spark.read().schema(schema).parquet(store.table(table)) : null;
    }

    /** Rows that came from files this run processes (they will be replaced). */
    Dataset<Row> fromRunFiles(Dataset<Row> rows) {
        return rows.join(runPaths, rows.col("source_path").equalTo(runPaths.col("source_path")), "left_semi");
    }

    Dataset<Row> notFromRunFiles(Dataset<Row> rows) {
        return rows.join(runPaths, rows.col("source_path").equalTo(runPaths.col("source_path")), "left_anti");
    }

    /**
     * The partitions of a table whose rows carry {@code source_path} that a run touches: those of its new rows,
     * and those holding rows of its files from earlier runs (which it replaces or removes).
     */
    public List<Object> touchedByFile(TableSpec table, Dataset<Row> newRows) {
        String partitionColumn = table.partitionColumn();
        Dataset<Row> existing = published(table.name(), table.schema());
        Dataset<Row> values = newRows.select(partitionColumn);
        return distinctValues(existing == null ? values
                : values.union(fromRunFiles(existing).select(partitionColumn)));
    }

    /**
     * A table whose rows carry {@code source_path}: this run's files' old rows are replaced by new ones in the
     * {@code touched} partitions ({@link #touchedByFile}).
     */
    public List<String> stageByFile(TableSpec table, Dataset<Row> newRows, List<Object> touched) {
        Dataset<Row> rows = newRows.select(Columns.named(table.schema().fieldNames()));
        Dataset<Row> existing = published(table.name(), table.schema());
        Dataset<Row> all = existing == null || touched.isEmpty() ? rows
                : notFromRunFiles(existing.filter(col(table.partitionColumn()).isin(touched.toArray())))
                        .unionByName(rows);
        return stagePartitions(table, all, touched);
    }

    /**
     * Ids whose rows in per-article tables this run replaces: the articles the run files gave before, and
     * every article this run writes.
     */
    public Dataset<Row> replacedArticleIds(Dataset<Row> newArticles) {
        Dataset<Row> existing = published(Tables.ARTICLES, Tables.ARTICLES_SCHEMA);
        Dataset<Row> ids = newArticles.select("article_id");
        return existing == null ? ids : ids.union(fromRunFiles(existing).select("article_id")).distinct();
    }

    /**
     * A per-article table: rows of the replaced articles ({@code replacedIds}: the run files' old articles
     * and every article this run writes) are dropped from the touched partitions, the new rows added.
     */
    public List<String> stageByArticle(TableSpec table, Dataset<Row> newRows, Dataset<Row> replacedIds,
                                       List<Object> touched) {
        Dataset<Row> rows = newRows.select(Columns.named(table.schema().fieldNames()));
        Dataset<Row> existing = published(table.name(), table.schema());
        Dataset<Row> all = rows;
        if (existing != null && !touched.isEmpty()) {
            Dataset<Row> inTouched = existing.filter(col(table.partitionColumn()).isin(touched.toArray()));
            all = inTouched.join(replacedIds, inTouched.col("article_id").equalTo(replacedIds.col("article_id")),
                    "left_anti").unionByName(rows);
        }
        return stagePartitions(table, all, touched);
    }

    /** An unpartitioned ledger keyed by {@code source_path}, rewritten whole. */
    public List<String> stageLedger(TableSpec table, Dataset<Row> newRows) {
        Dataset<Row> rows = newRows.select(Columns.named(table.schema().fieldNames()));
        Dataset<Row> existing = published(table.name(), table.schema());
        Dataset<Row> all = existing == null ? rows : notFromRunFiles(existing).unionByName(rows);
        all.repartition(1).sortWithinPartitions(Columns.named(table.sortColumnArray()))
                .write().mode(SaveMode.Overwrite).option("compression", codec)
                .parquet(store.staging(runId, table.name()));
        return List.of(OutputStore.replace(table.name()));
    }

    /**
     * Writes {@code rows} (already the full content of the touched partitions) to the table's staging folder
     * and returns the manifest lines: replace each touched partition that has rows, remove the others.
     */
    List<String> stagePartitions(TableSpec spec, Dataset<Row> rows, List<Object> touched) {
        String table = spec.name();
        String partitionColumn = spec.partitionColumn();
        String[] sortColumns = spec.sortColumnArray();
        // One task per partition value: one file per partition per run, rows sorted for min/max pruning.
        org.apache.spark.sql.Column[] order = new org.apache.spark.sql.Column[sortColumns.length + 1];
        order[0] = col(partitionColumn);
        for (int i = 0; i < sortColumns.length; i++) {
            order[i + 1] = col(sortColumns[i]);
        }
        rows.repartition(col(partitionColumn))
                .sortWithinPartitions(order)
                .write()
                .mode(SaveMode.Overwrite)
                .option("compression", codec)
                .partitionBy(partitionColumn)
                .parquet(store.staging(runId, table));
        List<String> staged = store.stagedPartitions(runId, table);
        List<String> lines = new ArrayList<>();
        for (Object value : touched) {
            String unit = partitionColumn + "=" + value;
            lines.add(staged.contains(unit) ? OutputStore.replace(table + "/" + unit)
                    : OutputStore.remove(table + "/" + unit));
        }
        return lines;
    }

    /** The distinct non-null values of a one-column Dataset, collected (partition values: few). */
    static List<Object> distinctValues(Dataset<Row> oneColumn) {
        List<Object> values = new ArrayList<>();
        for (Row r : oneColumn.distinct().collectAsList()) {
            if (!r.isNullAt(0)) {
                values.add(r.get(0));
            }
        }
        return values;
    }
}
