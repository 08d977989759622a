package dev.wireetl.common.catalog;

import java.util.List;
import java.util.Locale;

/**
 * Renders {@code OUTPUT/_catalog/duckdb.sql}: one {@code CREATE OR REPLACE VIEW} per table over its Parquet
 * files, so that DuckDB users get every table with one {@code .read}. Pure text; the caller decides which
 * tables exist and writes the file.
 */
public final class DuckDbCatalog {
    /** The file's path below the output root. */
    public static final String PATH = "_catalog/duckdb.sql";

    /** A table to list: its folder name (also the view name) and whether it has Hive partition folders. */
    public record Table(String name, boolean partitioned) {
        public Table {
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a table name: '" + name + "'");
            }
        }
    }

    private DuckDbCatalog() {
    }

    /**
     * The script for tables under {@code outputRoot} (a local path, {@code file:} URI, or {@code s3a:}/{@code s3:}
     * URI; {@code s3a://} is written as DuckDB's {@code s3://}).
     */
    public static String render(String outputRoot, List<Table> tables) {
        String root = duckDbPath(outputRoot);
        StringBuilder out = new StringBuilder();
        out.append("-- wire-etl tables as DuckDB views. Load with: .read ").append(root).append('/')
                .append(PATH).append('\n');
        out.append("-- Rewritten by every run; timestamps are UTC instants (TIMESTAMP WITH TIME ZONE).\n");
        for (Table t : tables) {
            String glob = root + "/" + t.name() + (t.partitioned() ? "/**/*.parquet" : "/*.parquet");
            out.append(String.format(Locale.ROOT,
                    "CREATE OR REPLACE VIEW %s AS SELECT * FROM read_parquet('%s', hive_partitioning=%s);\n",
                    t.name(), glob.replace("'", "''"), t.partitioned()));
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
