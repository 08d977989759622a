package dev.wireetl.jobs.table;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output root: one Delta Lake table per folder ({@code OUTPUT/<table>/}, Hive-partitioned Parquet with a
 * {@code _delta_log/}). Delta gives each table atomic commits and versions; this class names the folders and
 * reads a table at its latest or a given version. Folders starting with {@code _} hold no table.
 */
public final class OutputStore {
    /** Delta's transaction log folder inside a table. */
    public static final String DELTA_LOG = "_delta_log";

    private final Path root;
    private final FileSystem fs;
    /** Table → the version {@link #read(SparkSession, String)} reads; a table not named here reads its latest. */
    private final Map<String, Long> pinned;

    public OutputStore(String output, Configuration conf) {
        try {
            Path path = new Path(output);
            this.fs = path.getFileSystem(conf);
            this.root = fs.makeQualified(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open output.path '" + output + "': " + e.getMessage(), e);
        }
        this.pinned = Map.of();
    }

    private OutputStore(OutputStore store, Map<String, Long> pinned) {
        this.root = store.root;
        this.fs = store.fs;
        this.pinned = Map.copyOf(pinned);
    }

    /**
     * This store with every existing table's reads fixed at its current version. A run reads what was published
     * before it through this: Spark re-computes a cached plan over a table when that table is written, and a plan
     * pinned to a version gives the same rows again, not the run's own commits.
     */
    public OutputStore pinned() {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (TableSpec spec : TableSpec.ALL) {
            if (exists(spec.name())) {
                versions.put(spec.name(), version(spec.name()));
            }
        }
        return new OutputStore(this, versions);
    }

    /** The qualified output root, e.g. {@code file:/data/out}. */
    public String root() {
        return root.toString();
    }

    public String table(String table) {
        return new Path(root, table).toString();
    }

    FileSystem fileSystem() {
        return fs;
    }

    Path rootPath() {
        return root;
    }

    /** Whether the table is a Delta table (it has a transaction log). */
    public boolean exists(String table) {
        return pathExists(new Path(new Path(root, table), DELTA_LOG));
    }

    /** A folder of the table's name that is no Delta table: an output of the previous layout (migrate it). */
    public boolean isLegacyFolder(String table) {
        return pathExists(new Path(root, table)) && !exists(table);
    }

    private boolean pathExists(Path path) {
        try {
            return fs.exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table at its latest committed version, or at its pinned one ({@link #pinned()}). */
    public Dataset<Row> read(SparkSession spark, String table) {
        Long version = pinned.get(table);
        return version != null ? read(spark, table, version) : spark.read().format("delta").load(table(table));
    }

    /** The table as of a committed version (Delta time travel). */
    public Dataset<Row> read(SparkSession spark, String table, long version) {
        return spark.read().format("delta").option("versionAsOf", version).load(table(table));
    }

    /** A commit file of the transaction log: the version, zero-padded to 20 digits, {@code .json}. */
    private static final Pattern COMMIT = Pattern.compile("(\\d{20})\\.json");

    /**
     * The table's latest committed version: the highest commit file in its log (a listing, no Spark job; Delta
     * keeps the newest commit file when it cleans up old ones).
     */
    public long version(String table) {
        Path log = new Path(new Path(root, table), DELTA_LOG);
        long latest = -1;
        try {
            for (FileStatus status : fs.listStatus(log)) {
                Matcher m = COMMIT.matcher(status.getPath().getName());
                if (m.matches()) {
                    latest = Math.max(latest, Long.parseLong(m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + log + ": " + e.getMessage(), e);
        }
        if (latest < 0) {
            throw new IllegalStateException("table '" + table + "' has no commit in " + log);
        }
        return latest;
    }

    /**
     * The Parquet files (qualified URIs, sorted) that make up a version of the table: replayed from its log on the
     * driver ({@link DeltaLogFiles}), or, where the log holds what that replay does not read, from Delta's own
     * snapshot (the latest version's is kept after a commit; an older one is rebuilt: time travel).
     */
    public List<String> files(SparkSession spark, String table, long version) {
        try {
            Optional<List<String>> replayed = DeltaLogFiles.files(fs, new Path(root, table), version);
            if (replayed.isPresent()) {
                List<String> files = new ArrayList<>(replayed.get());
                files.sort(null);
                return List.copyOf(files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the log of table '" + table + "': " + e.getMessage(), e);
        }
        return deltaFiles(spark, table, version);
    }

    /** The files of a version as Delta's snapshot lists them (Spark jobs). */
    List<String> deltaFiles(SparkSession spark, String table, long version) {
        String[] files = (version == version(table) ? spark.read().format("delta").load(table(table))
                : read(spark, table, version)).inputFiles();
        Arrays.sort(files);
        return List.of(files);
    }
}
