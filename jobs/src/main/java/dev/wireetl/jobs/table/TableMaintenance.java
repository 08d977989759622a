package dev.wireetl.jobs.table;

import dev.wireetl.common.config.ConfigException;
import io.delta.tables.DeltaTable;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code wire-etl maintain} and {@code wire-etl migrate}: the operations on an output that no run does.
 * Both run under the output's {@link RunLease}, so never beside a run.
 */
public final class TableMaintenance {
    private static final Logger LOG = LoggerFactory.getLogger(TableMaintenance.class);
    /** Folders of the previous (pre-Delta) publish protocol. */
    static final List<String> LEGACY_FOLDERS = List.of("_staging", "_trash", "_publish");

    private TableMaintenance() {
    }

    /**
     * OPTIMIZE (compacts each partition's small files, one commit) and VACUUM (deletes files that no version of
     * the last {@code retentionHours} reads) every table; Delta writes its checkpoints itself (every ten
     * commits). Returns one line per table.
     */
    public static List<String> maintain(SparkSession spark, OutputStore store, long retentionHours) {
        List<String> lines = new ArrayList<>();
        for (TableSpec spec : TableSpec.ALL) {
            if (!store.exists(spec.name())) {
                continue;
            }
            DeltaTable table = DeltaTable.forPath(spark, store.table(spec.name()));
            long filesBefore = store.files(spark, spec.name(), store.version(spec.name())).size();
            table.optimize().executeCompaction();
            long version = store.version(spec.name());
            long filesAfter = store.files(spark, spec.name(), version).size();
            vacuum(spark, table, retentionHours, filesAfter);
            String line = spec.name() + ": files " + filesBefore + " -> " + filesAfter + ", version " + version
                    + ", vacuumed files older than " + retentionHours + " h";
            LOG.info(line);
            lines.add(line);
        }
        return lines;
    }

    static final String LISTING_PARALLELISM = "spark.sql.sources.parallelPartitionDiscovery.parallelism";

    /**
     * VACUUM with its file listing sized to the table: Delta lists a table in as many tasks as
     * {@value #LISTING_PARALLELISM} says (Spark's default 10,000), which made VACUUM of a 10-file table a
     * 10,001-task job of ~35 s on two cores. The setting is lowered to the table's file count (at least the
     * default parallelism, never above what the session had) for the call only.
     */
    static void vacuum(SparkSession spark, DeltaTable table, long retentionHours, long files) {
        scala.Option<String> previous = spark.conf().getOption(LISTING_PARALLELISM);
        int configured = previous.isDefined() ? Integer.parseInt(previous.get()) : 10_000;
        long sized = Math.max(spark.sparkContext().defaultParallelism(), files);
        spark.conf().set(LISTING_PARALLELISM, String.valueOf(Math.min(configured, sized)));
        try {
            table.vacuum((double) retentionHours);
        } finally {
            if (previous.isDefined()) {
                spark.conf().set(LISTING_PARALLELISM, previous.get());
            } else {
                spark.conf().unset(LISTING_PARALLELISM);
            }
        }
    }

    /**
     * Converts an output written by the previous layout (plain Parquet folders, staged publishes) to Delta
     * tables in place (CONVERT TO DELTA: the Parquet files stay, a log is written beside them), and adds the
     * columns this version has that the old tables lack (null in old rows). Refused while a publish of the old
     * layout is pending. Returns one line per table converted.
     */
    public static List<String> migrate(SparkSession spark, OutputStore store) {
        FileSystem fs = store.fileSystem();
        Path root = store.rootPath();
        List<String> lines = new ArrayList<>();
        try {
            Path publish = new Path(root, "_publish");
            if (fs.exists(publish) && fs.listStatus(publish).length > 0) {
                throw new ConfigException("a publish of the previous layout is pending under " + publish
                        + ": run the previous wire-etl version once to complete it, then migrate");
            }
            for (String folder : LEGACY_FOLDERS) {
                fs.delete(new Path(root, folder), true);
            }
            for (TableSpec spec : TableSpec.ALL) {
                String path = store.table(spec.name());
                if (store.isLegacyFolder(spec.name())) {
                    if (!hasParquet(fs, new Path(path))) {
                        fs.delete(new Path(path), true);
                        lines.add(spec.name() + ": empty folder removed");
                        continue;
                    }
                    String partitioned = spec.partitioned() ? " PARTITIONED BY (`" + spec.partitionColumn() + "` "
                            + spec.schema().apply(spec.partitionColumn()).dataType().sql() + ")" : "";
                    spark.sql("CONVERT TO DELTA parquet.`" + path + "`" + partitioned);
                    lines.add(spec.name() + ": converted to Delta");
                }
                if (store.exists(spec.name())) {
                    StructType found = store.read(spark, spec.name()).schema();
                    for (StructField field : spec.schema().fields()) {
                        if (!found.getFieldIndex(field.name()).isDefined()) {
                            spark.sql("ALTER TABLE delta.`" + path + "` ADD COLUMNS (`" + field.name() + "` "
                                    + field.dataType().sql() + ")");
                            lines.add(spec.name() + ": added column " + field.name());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot migrate " + root + ": " + e.getMessage(), e);
        }
        lines.forEach(LOG::info);
        return lines;
    }

    private static boolean hasParquet(FileSystem fs, Path dir) throws IOException {
        RemoteIterator<org.apache.hadoop.fs.LocatedFileStatus> files = fs.listFiles(dir, true);
        while (files.hasNext()) {
            FileStatus status = files.next();
            if (status.getPath().getName().endsWith(".parquet")) {
                return true;
            }
        }
        return false;
    }
}
