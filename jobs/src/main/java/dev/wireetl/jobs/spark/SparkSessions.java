package dev.wireetl.jobs.spark;

import dev.wireetl.common.config.JobConfig;
import dev.wireetl.common.config.TaskSizing;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every Spark session of the product and its tools is built here, so the settings the output depends on
 * ({@link #configure}) are the same for the job, the catalog commands, the tools and the tests.
 */
public final class SparkSessions {
    private static final Logger LOG = LoggerFactory.getLogger(SparkSessions.class);

    private SparkSessions() {
    }

    /** The job's session: the configured master unless spark-submit gave one, tuned for local mode. */
    public static SparkSession job(JobConfig config) {
        SparkSession.Builder builder = SparkSession.builder().appName("wire-etl");
        SparkConf submitted = new SparkConf();
        if (!submitted.contains("spark.master")) {
            String master = config.get(JobConfig.JOB_MASTER);
            builder.master(master);
            builder.config("spark.ui.showConsoleProgress", "false");
            int cores = localCores(master);
            if (cores > 0 && !submitted.contains("spark.sql.shuffle.partitions")) {
                // Spark's default of 200 shuffle partitions means 200 shuffle files per map task and hundreds
                // of near-empty tasks per shuffle on one machine: the fixed cost that dominated small runs.
                builder.config("spark.sql.shuffle.partitions", String.valueOf(minShufflePartitions(cores)));
                builder.config(AUTO_SHUFFLE_PARTITIONS, "true");
            }
            if (cores > 0 && !submitted.contains(DELTA_SNAPSHOT_PARTITIONS)) {
                // Delta rebuilds a table's state from its log with a shuffle of 50 partitions by default: on one
                // machine, per table and per commit, mostly empty tasks.
                builder.config(DELTA_SNAPSHOT_PARTITIONS, String.valueOf(minShufflePartitions(cores)));
            }
            if (cores > 0 && !submitted.contains("spark.sql.sources.parallelPartitionDiscovery.threshold")) {
                // Above 32 partition folders Spark lists them with a distributed job, one task per folder: on one
                // machine, hundreds of tasks to do what the driver does in milliseconds (Reuters spans 100+ days).
                builder.config("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000");
            }
            if (cores > 0 && !submitted.contains("spark.sql.inMemoryColumnarStorage.compressed")) {
                // The persisted steps hold article bodies, which the cache's encodings (dictionary, run
                // length) cannot shrink; gathering their statistics cost ~7% of a local run's CPU.
                builder.config("spark.sql.inMemoryColumnarStorage.compressed", "false");
            }
        }
        configure(builder);
        // --set spark.…=… last, so that Delta's LogStore and S3 settings (docs/operations.md) reach the session.
        config.sparkSettings().forEach(builder::config);
        return builder.getOrCreate();
    }

    /** Set when the job chose {@code spark.sql.shuffle.partitions} itself: it then sizes them to the input. */
    static final String AUTO_SHUFFLE_PARTITIONS = "spark.wireetl.shufflePartitions.auto";

    public static int minShufflePartitions(int cores) {
        return Math.max(4, 2 * cores);
    }

    /**
     * In local mode, unless the user set them, one shuffle partition per {@link TaskSizing#SHUFFLE_BYTES_PER_PARTITION}
     * of input (at least {@link #minShufflePartitions}): small runs keep few tasks, and a task's share of a large
     * run stays the same size, so its memory does not grow with the input.
     */
    public static void sizeShufflePartitions(SparkSession spark, long inputBytes) {
        if (!spark.conf().get(AUTO_SHUFFLE_PARTITIONS, "false").equals("true")) {
            return;
        }
        int cores = spark.sparkContext().defaultParallelism();
        int min = minShufflePartitions(cores);
        int partitions = TaskSizing.tasks(inputBytes, TaskSizing.SHUFFLE_BYTES_PER_PARTITION, cores, min,
                Math.max(min, TaskSizing.MAX_SHUFFLE_PARTITIONS));
        spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
        LOG.info("{} bytes of input: {} shuffle partitions", inputBytes, partitions);
    }

    /** Cores of a {@code local}, {@code local[N]} or {@code local[*]} master; 0 for any other master. */
    public static int localCores(String master) {
        if (master.equals("local")) {
            return 1;
        }
        java.util.regex.Matcher m = LOCAL_MASTER.matcher(master);
        if (!m.matches()) {
            return 0;
        }
        return m.group(1).equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(m.group(1));
    }

    private static final java.util.regex.Pattern LOCAL_MASTER =
            java.util.regex.Pattern.compile("local\\[(\\*|[1-9][0-9]{0,4})(?:,\\s*[0-9]+)?]");

    static final String DELTA_SNAPSHOT_PARTITIONS = "spark.databricks.delta.snapshotPartitions";
    static final String DELTA_METADATA_QUERY = "spark.databricks.delta.optimizeMetadataQuery.enabled";
    static final String DELTA_EXTENSION = "io.delta.sql.DeltaSparkSessionExtension";
    static final String DELTA_CATALOG = "org.apache.spark.sql.delta.catalog.DeltaCatalog";

    /** Session settings the job's output depends on (Delta Lake's SQL extension and catalog); tests use the same. */
    public static SparkSession.Builder configure(SparkSession.Builder builder) {
        return builder
                .config("spark.sql.extensions", DELTA_EXTENSION)
                .config("spark.sql.catalog.spark_catalog", DELTA_CATALOG)
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.datetime.java8API.enabled", "true")
                // Delta 3.3's metadata-only MIN/MAX/COUNT rewrite casts a date statistic to java.sql.Date, which
                // fails under the java8 date API above (ClassCastException on MAX(pub_date)); the scan is cheap.
                .config(DELTA_METADATA_QUERY, "false")
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    }

    /** A {@code local[*]} session with the job's settings for a command; under spark-submit its master is kept. */
    public static SparkSession local(String appName) {
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]").config("spark.ui.showConsoleProgress", "false");
        }
        return configure(builder).getOrCreate();
    }

    /** A small {@code local[2]} session without UI (tests and smoke checks: starting Spark costs seconds). */
    public static SparkSession small(String appName) {
        return configure(SparkSession.builder()
                        .master("local[2]")
                        .appName(appName)
                        .config("spark.ui.enabled", "false")
                        .config("spark.sql.shuffle.partitions", "4")
                        .config(DELTA_SNAPSHOT_PARTITIONS, "2"))
                .getOrCreate();
    }

    static final String HIVE_STATE_BUILDER = "org.apache.spark.sql.hive.HiveSessionStateBuilder";
    static final String HIVE_CONF = "org.apache.hadoop.hive.conf.HiveConf";

    /** A session for the catalog commands: the Hive catalog when asked for and available, else the in-memory one. */
    public static SparkSession catalog(String appName) {
        SparkConf conf = new SparkConf();
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        if (!conf.contains("spark.master")) {
            builder.master("local[*]").config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false");
        }
        if (conf.get("spark.sql.catalogImplementation", "in-memory").equals("hive")) {
            if (hiveAvailable()) {
                builder.enableHiveSupport();
            } else {
                LOG.warn("spark.sql.catalogImplementation=hive but Spark's Hive classes are not on the classpath:"
                        + " using the in-memory catalog (registrations last for this session only)");
                builder.config("spark.sql.catalogImplementation", "in-memory");
            }
        }
        return configure(builder).getOrCreate();
    }

    /** Whether Spark's Hive classes are on the classpath (a cluster's spark-submit; not bin/wire-etl). */
    public static boolean hiveAvailable() {
        try {
            Class.forName(HIVE_STATE_BUILDER, false, SparkSessions.class.getClassLoader());
            Class.forName(HIVE_CONF, false, SparkSessions.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
