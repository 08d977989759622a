package dev.wireetl.jobs.table;

import org.apache.spark.sql.types.StructType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of output tables: name, schema, partition column, sort columns and how a run replaces rows.
 * The writers, the output contract, the Spark and DuckDB catalogs and {@code register-tables} all iterate
 * {@link #ALL}; a new table is one constant here plus its schema in {@link Tables} (docs/architecture.md).
 */
public record TableSpec(String name, StructType schema, String partitionColumn, List<String> sortColumns,
                        Replace replace) {
    /** How a run's rows take the place of earlier rows. */
    public enum Replace {
        /** Rows carry {@code source_path}: a rerun of a file swaps that file's rows in the touched partitions. */
        BY_FILE,
        /** Per-article rows: the replaced articles' rows leave the touched partitions, the new ones come in. */
        BY_ARTICLE,
        /** Daily aggregates: every touched partition is recomputed whole from the per-article tables. */
        BY_PARTITION,
        /** The {@code processed_files} ledger: rewritten whole, the run's files' entries replaced. */
        LEDGER,
        /** The {@code runs} record: one row appended after the publish. */
        APPEND
    }

    public static final TableSpec ARTICLES = new TableSpec(Tables.ARTICLES, Tables.ARTICLES_SCHEMA,
            Tables.PUB_DATE, List.of("article_id"), Replace.BY_FILE);
    public static final TableSpec REJECTS = new TableSpec(Tables.REJECTS, Tables.REJECTS_SCHEMA,
            Tables.FILE_DATE, List.of("source_path"), Replace.BY_FILE);
    public static final TableSpec RUNS = new TableSpec(Tables.RUNS, Tables.RUNS_SCHEMA, null, List.of(),
            Replace.APPEND);
    public static final TableSpec PROCESSED_FILES = new TableSpec(Tables.PROCESSED_FILES,
            Tables.PROCESSED_FILES_SCHEMA, null, List.of("source_path"), Replace.LEDGER);
    public static final TableSpec ENTITY_MENTIONS = new TableSpec(Tables.ENTITY_MENTIONS,
            Tables.ENTITY_MENTIONS_SCHEMA, Tables.PUB_DATE, List.of("article_id", "begin"), Replace.BY_ARTICLE);
    public static final TableSpec ARTICLE_ENTITIES = new TableSpec(Tables.ARTICLE_ENTITIES,
            Tables.ARTICLE_ENTITIES_SCHEMA, Tables.PUB_DATE, List.of("article_id", "first_begin"),
            Replace.BY_ARTICLE);
    public static final TableSpec FIGURES = new TableSpec(Tables.FIGURES, Tables.FIGURES_SCHEMA, Tables.PUB_DATE,
            List.of("article_id", "begin"), Replace.BY_ARTICLE);
    public static final TableSpec DATE_MENTIONS = new TableSpec(Tables.DATE_MENTIONS, Tables.DATE_MENTIONS_SCHEMA,
            Tables.PUB_DATE, List.of("article_id", "begin"), Replace.BY_ARTICLE);
    public static final TableSpec ENTITY_DAILY = new TableSpec(Tables.ENTITY_DAILY, Tables.ENTITY_DAILY_SCHEMA,
            Tables.PUB_DATE, List.of("entity_key"), Replace.BY_PARTITION);
    public static final TableSpec ENTITY_PAIRS_DAILY = new TableSpec(Tables.ENTITY_PAIRS_DAILY,
            Tables.ENTITY_PAIRS_DAILY_SCHEMA, Tables.PUB_DATE, List.of("entity_key_a", "entity_key_b"),
            Replace.BY_PARTITION);
    public static final TableSpec FIGURES_DAILY = new TableSpec(Tables.FIGURES_DAILY, Tables.FIGURES_DAILY_SCHEMA,
            Tables.PUB_DATE, List.of("kind", "count_type", "unit"), Replace.BY_PARTITION);
    /** Optional: staged only when {@code output.tokens=true} (or to drop replaced articles' rows once it exists). */
    public static final TableSpec TOKENS = new TableSpec(Tables.TOKENS, Tables.TOKENS_SCHEMA, Tables.PUB_DATE,
            List.of("article_id", "sentence_index", "token_index"), Replace.BY_ARTICLE);

    public static final TableSpec QUOTATIONS = new TableSpec(Tables.QUOTATIONS, Tables.QUOTATIONS_SCHEMA,
            Tables.PUB_DATE, List.of("article_id", "begin"), Replace.BY_ARTICLE);
    public static final TableSpec ARTICLE_TONE = new TableSpec(Tables.ARTICLE_TONE, Tables.ARTICLE_TONE_SCHEMA,
            Tables.PUB_DATE, List.of("article_id"), Replace.BY_ARTICLE);

    /**
     * Every table the job writes, in the order the catalogs list them. An optional table ({@link #TOKENS}) may
     * be absent from an output: the contract check, the catalogs and {@code register-tables} skip missing folders.
     */
    public static final List<TableSpec> ALL = List.of(ARTICLES, REJECTS, RUNS, PROCESSED_FILES, ENTITY_MENTIONS,
            ARTICLE_ENTITIES, FIGURES, DATE_MENTIONS, ENTITY_DAILY, ENTITY_PAIRS_DAILY, FIGURES_DAILY, QUOTATIONS,
            ARTICLE_TONE, TOKENS);

    public TableSpec {
        sortColumns = List.copyOf(sortColumns);
        if (partitionColumn != null && !schema.getFieldIndex(partitionColumn).isDefined()) {
            throw new IllegalArgumentException(name + ": no partition column " + partitionColumn);
        }
        for (String column : sortColumns) {
            if (!schema.getFieldIndex(column).isDefined()) {
                throw new IllegalArgumentException(name + ": no sort column " + column);
            }
        }
    }

    /** Whether an output may lack this table: {@link #TOKENS}, written only when asked for. */
    public boolean optional() {
        return this == TOKENS;
    }

    public boolean partitioned() {
        return partitionColumn != null;
    }

    public String[] sortColumnArray() {
        return sortColumns.toArray(new String[0]);
    }

    /** Name → schema of every table, in {@link #ALL}'s order. */
    public static Map<String, StructType> schemas() {
        Map<String, StructType> schemas = new LinkedHashMap<>();
        ALL.forEach(t -> schemas.put(t.name(), t.schema()));
        return schemas;
    }

    /** Name → partition column of every partitioned table. */
    public static Map<String, String> partitionColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        ALL.stream().filter(TableSpec::partitioned).forEach(t -> columns.put(t.name(), t.partitionColumn()));
        return columns;
    }
}
