package dev.wireetl.jobs;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.config.JobConfig;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

/**
 * The main job: {@code main → JobConfig.load(args) → run(config, spark)}. Each step of {@link #run} is a
 * named method and a named Spark job description, so the Spark UI reads like this class.
 */
public final class WireEtlJob {
    private static final Logger LOG = LoggerFactory.getLogger(WireEtlJob.class);
    static final String JOB_VERSION = WireEtlJob.class.getPackage().getImplementationVersion() != null
            ? WireEtlJob.class.getPackage().getImplementationVersion() : "dev";

    /** Input bytes one parse task takes on, so that many small files share a task. */
    static final long PARSE_BYTES_PER_TASK = 64L * 1024 * 1024;

    private WireEtlJob() {
    }

    /** Under spark-submit: {@code spark-submit --class dev.wireetl.jobs.WireEtlJob jar [options]}. */
    public static void main(String[] args) {
        System.exit(WireEtl.execute(prepend("run", args)));
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** Checks what can be checked before Spark starts: the input exists, the output is not inside it. */
    static void checkPaths(JobConfig config, Configuration hadoop) {
        String input = config.get(JobConfig.INPUT_PATH);
        String output = config.get(JobConfig.OUTPUT_PATH);
        try {
            Path in = new Path(input);
            FileSystem fs = in.getFileSystem(hadoop);
            if (!fs.exists(in)) {
                throw new ConfigException("input.path '" + input + "' does not exist");
            }
            Path inQualified = fs.makeQualified(in);
            Path out = new Path(output);
            Path outQualified = out.getFileSystem(hadoop).makeQualified(out);
            String inText = inQualified.toString() + "/";
            if ((outQualified.toString() + "/").startsWith(inText)) {
                throw new ConfigException("output.path '" + output + "' is inside input.path '" + input
                        + "': the next run would read its own output");
            }
        } catch (IOException e) {
            throw new ConfigException("cannot check input.path '" + input + "': " + e.getMessage());
        }
    }

    static SparkSession createSession(JobConfig config) {
        SparkSession.Builder builder = SparkSession.builder().appName("wire-etl");
        if (!new SparkConf().contains("spark.master")) {
            builder.master(config.get(JobConfig.JOB_MASTER));
            builder.config("spark.ui.showConsoleProgress", "false");
        }
        return configure(builder).getOrCreate();
    }

    /** Session settings the job's output depends on; tests use the same. */
    static SparkSession.Builder configure(SparkSession.Builder builder) {
        return builder
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                .config("spark.sql.sources.partitionOverwriteMode", "dynamic");
    }

    /** Runs every step and returns the run's summary; throws only on configuration or I/O failure. */
    public static RunSummary run(JobConfig config, SparkSession spark) {
        Instant startedAt = Instant.now();
        String runId = config.get(JobConfig.JOB_RUN_ID);
        if (runId.isEmpty()) {
            runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC)
                    .format(startedAt) + "-" + UUID.randomUUID().toString().substring(0, 8);
        }
        Map<String, Long> stageMillis = new LinkedHashMap<>();
        String output = config.get(JobConfig.OUTPUT_PATH);

        Dataset<Row> files = readWireFiles(spark, config);
        Dataset<Row> parsed = parseStories(spark, config, files, runId, startedAt)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            RunCounts counts = timed(spark, stageMillis, "parseStories", () -> RunCounts.of(files, parsed));
            Dataset<Row> articles = articles(parsed);
            Dataset<Row> rejects = rejects(parsed);
            timed(spark, stageMillis, "writeTables", () -> {
                writeTables(config, articles, rejects);
                return null;
            });
            RunSummary summary = new RunSummary(runId, "SUCCEEDED", startedAt, Instant.now(),
                    config.get(JobConfig.INPUT_PATH), output, counts, stageMillis, JOB_VERSION, config.asMap());
            timed(spark, stageMillis, "writeRunRecord", () -> {
                writeRunRecord(spark, config, summary);
                return null;
            });
            return summary;
        } finally {
            parsed.unpersist();
        }
    }

    static Dataset<Row> readWireFiles(SparkSession spark, JobConfig config) {
        List<Row> files = WireFileListing.list(config.get(JobConfig.INPUT_PATH), config.get(JobConfig.INPUT_GLOB),
                spark.sparkContext().hadoopConfiguration());
        int partitions = WireFileListing.partitions(files, spark.sparkContext().defaultParallelism(),
                PARSE_BYTES_PER_TASK);
        JavaRDD<Row> rdd = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(files, partitions);
        return spark.createDataFrame(rdd, WireFileListing.SCHEMA);
    }

    static Dataset<Row> parseStories(SparkSession spark, JobConfig config, Dataset<Row> files, String runId,
                                     Instant ingestedAt) {
        Map<String, String> hadoop = new HashMap<>();
        spark.sparkContext().hadoopConfiguration().forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        ParseStep step = new ParseStep(hadoop, config.get(JobConfig.INPUT_MAX_FILE_BYTES),
                config.get(JobConfig.INPUT_DEFAULT_DATE), runId, ingestedAt);
        return files.flatMap(step, Encoders.row(Tables.PARSED_SCHEMA));
    }

    static Dataset<Row> articles(Dataset<Row> parsed) {
        return parsed.filter(col(Tables.OUTCOME).equalTo(Tables.OUTCOME_ARTICLE))
                .select(columns(Tables.ARTICLES_SCHEMA.fieldNames()));
    }

    static Dataset<Row> rejects(Dataset<Row> parsed) {
        return parsed.filter(col(Tables.OUTCOME).equalTo(Tables.OUTCOME_REJECT))
                .select(columns(Tables.REJECTS_SCHEMA.fieldNames()));
    }

    static void writeTables(JobConfig config, Dataset<Row> articles, Dataset<Row> rejects) {
        String output = config.get(JobConfig.OUTPUT_PATH);
        String codec = config.get(JobConfig.OUTPUT_COMPRESSION);
        writePartitioned(articles, Tables.PUB_DATE, "article_id", output, Tables.ARTICLES, codec);
        writePartitioned(rejects, Tables.FILE_DATE, "source_path", output, Tables.REJECTS, codec);
    }

    /**
     * One file per partition value per run, rows sorted by {@code sortColumn} so Parquet min/max statistics
     * prune well; written
     * with dynamic partition overwrite: a rerun replaces the partitions it writes and leaves others alone.
     */
    static void writePartitioned(Dataset<Row> rows, String partitionColumn, String sortColumn, String output,
                                 String table, String codec) {
        rows.repartition(col(partitionColumn))
                .sortWithinPartitions(partitionColumn, sortColumn)
                .write()
                .mode(SaveMode.Overwrite)
                .option("partitionOverwriteMode", "dynamic")
                .option("compression", codec)
                .partitionBy(partitionColumn)
                .parquet(output + "/" + table);
    }

    static void writeRunRecord(SparkSession spark, JobConfig config, RunSummary summary) {
        spark.createDataFrame(List.of(summary.toRow()), Tables.RUNS_SCHEMA)
                .coalesce(1)
                .write()
                .mode(SaveMode.Append)
                .option("compression", config.get(JobConfig.OUTPUT_COMPRESSION))
                .parquet(config.get(JobConfig.OUTPUT_PATH) + "/" + Tables.RUNS);
    }

    private static <T> T timed(SparkSession spark, Map<String, Long> stageMillis, String step, Supplier<T> body) {
        spark.sparkContext().setJobDescription(step);
        long start = System.nanoTime();
        try {
            return body.get();
        } finally {
            stageMillis.put(step, (System.nanoTime() - start) / 1_000_000);
            spark.sparkContext().setJobDescription(null);
            LOG.info("{} took {} ms", step, stageMillis.get(step));
        }
    }

    private static org.apache.spark.sql.Column[] columns(String[] names) {
        org.apache.spark.sql.Column[] cols = new org.apache.spark.sql.Column[names.length];
        for (int i = 0; i < names.length; i++) {
            cols[i] = col(names[i]);
        }
        return cols;
    }

    /** Files and rows counted from the persisted parse output, in one pass. */
    record RunCounts(long filesRead, long filesParsed, long filesRejected, long articles, long storyRejects,
                     Map<String, Long> rejectsByReason) {
        static RunCounts of(Dataset<Row> files, Dataset<Row> parsed) {
            long filesRead = files.count();
            Dataset<Row> perFile = parsed.groupBy("source_path").agg(
                    max(when(col(Tables.OUTCOME).equalTo(Tables.OUTCOME_ARTICLE), 1).otherwise(0)).as("has_article"),
                    count(when(col(Tables.OUTCOME).equalTo(Tables.OUTCOME_ARTICLE), 1)).as("articles"),
                    count(when(col(Tables.OUTCOME).equalTo(Tables.OUTCOME_REJECT), 1)).as("rejects"));
            Row totals = perFile.agg(
                    count(lit(1)),
                    org.apache.spark.sql.functions.sum(col("has_article")),
                    org.apache.spark.sql.functions.sum(col("articles")),
                    org.apache.spark.sql.functions.sum(when(col("has_article").equalTo(1), col("rejects")).otherwise(0)))
                    .first();
            long filesSeen = totals.getLong(0);
            long filesParsed = totals.isNullAt(1) ? 0 : totals.getLong(1);
            long articles = totals.isNullAt(2) ? 0 : totals.getLong(2);
            long storyRejects = totals.isNullAt(3) ? 0 : totals.getLong(3);
            Map<String, Long> byReason = new LinkedHashMap<>();
            for (Row r : parsed.filter(col(Tables.OUTCOME).equalTo(Tables.OUTCOME_REJECT))
                    .groupBy("reason").count().orderBy("reason").collectAsList()) {
                byReason.put(r.getString(0), r.getLong(1));
            }
            if (filesSeen != filesRead) {
                LOG.error("accounting mismatch: {} files listed but {} produced rows", filesRead, filesSeen);
            }
            return new RunCounts(filesRead, filesParsed, filesSeen - filesParsed, articles, storyRejects, byReason);
        }
    }

}
