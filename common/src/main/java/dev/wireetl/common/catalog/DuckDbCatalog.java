package dev.wireetl.common.catalog;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders the DuckDB catalogs of an output: {@code OUTPUT/_catalog/duckdb.sql}, one {@code CREATE OR REPLACE
 * VIEW} per table over the exact Parquet files of one committed Delta version (plain DuckDB, no extension;
 * never a glob, which would also read files that version no longer holds), and {@code OUTPUT/_catalog/
 * duckdb_delta.sql}, the same views through the {@code delta} extension's {@code delta_scan} (latest version).
 * Pure text; the caller lists the files and writes the scripts.
 */
public final class DuckDbCatalog {
    /** The plain script's path below the output root. */
    public static final String PATH = "_catalog/duckdb.sql";
    /** The {@code delta_scan} script's path below the output root. */
    public static final String DELTA_PATH = "_catalog/duckdb_delta.sql";

    /**
     * A table to list: its folder name (also the view name), whether it has Hive partition folders, and the
     * Parquet files (paths or URIs) of the version to read.
     */
    public record Table(String name, boolean partitioned, List<String> files) {
        public Table {
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a table name: '" + name + "'");
            }
            files = List.copyOf(files);
        }
    }

    private DuckDbCatalog() {
    }

    /**
     * The plain script for tables under {@code outputRoot} (a local path, {@code file:} URI, or {@code s3a:}/
     * {@code s3:} URI; {@code s3a://} is written as DuckDB's {@code s3://}). A table without files gets no view
     * (DuckDB refuses a view over no files).
     */
    public static String render(String outputRoot, String runId, List<Table> tables) {
        String root = duckDbPath(outputRoot);
        StringBuilder out = new StringBuilder();
        out.append("-- wire-etl tables as DuckDB views. Load with: .read ").append(root).append('/')
                .append(PATH).append('\n');
        out.append("-- The table versions of run ").append(runId)
                .append(", file by file; rewritten by every run. Timestamps are UTC instants.\n");
        for (Table t : tables) {
            if (t.files().isEmpty()) {
                continue;
            }
            String files = t.files().stream().map(f -> "'" + duckDbPath(f).replace("'", "''") + "'")
                    .collect(Collectors.joining(", "));
            out.append(String.format(Locale.ROOT,
                    "CREATE OR REPLACE VIEW %s AS SELECT * FROM read_parquet([%s], hive_partitioning=%s);\n",
                    t.name(), files, t.partitioned()));
        }
        return out.toString();
    }

    /** The script for DuckDB's {@code delta} extension: each table's latest version through {@code delta_scan}. */
    public static String renderDelta(String outputRoot, List<String> tables) {
        String root = duckDbPath(outputRoot);
        StringBuilder out = new StringBuilder();
        out.append("-- wire-etl tables as DuckDB views through the delta extension (latest versions). Load with:"
                + " .read ").append(root).append('/').append(DELTA_PATH).append('\n');
        out.append("INSTALL delta;\nLOAD delta;\n");
        for (String table : tables) {
            new Table(table, false, List.of());
            out.append(String.format(Locale.ROOT, "CREATE OR REPLACE VIEW %s AS SELECT * FROM delta_scan('%s');\n",
                    table, (root + "/" + table).replace("'", "''")));
        }
        return out.toString();
    }

    /** A root as DuckDB reads it: no {@code file:} scheme, {@code s3://} for {@code s3a://}, no trailing slash. */
    static String duckDbPath(String outputRoot) {
        String p = outputRoot;
        if (p.startsWith("file://")) {
            p = p.substring("file://".length());
        } else if (p.startsWith("file:")) {
            p = p.substring("file:".length());
        } else if (p.startsWith("s3a://")) {
            p = "s3://" + p.substring("s3a://".length());
        }
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
