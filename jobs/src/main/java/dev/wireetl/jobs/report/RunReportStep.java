package dev.wireetl.jobs.report;

import dev.wireetl.common.report.RunReport;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.spark.ConcurrentSteps;
import dev.wireetl.jobs.spark.SparkSessions;
import dev.wireetl.jobs.table.OutputStore;
import dev.wireetl.jobs.table.Tables;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

/**
 * Writes the run report ({@link RunReport}) to {@code OUTPUT/_reports/<run_id>.html} and
 * {@code OUTPUT/_reports/latest.html}. Counts and timings come from the {@link RunSummary}; examples, entities,
 * countries, figures and days from the run's rows: the job passes the rows it still holds, and a report written
 * again later reads the rows with the run's {@code run_id} from the published tables. Call after publishing.
 */
public final class RunReportStep {
    private static final Logger LOG = LoggerFactory.getLogger(RunReportStep.class);
    public static final String REPORTS = "_reports";
    public static final String LATEST = "latest.html";
    static final int TOP = 10;
    static final int EXAMPLES = 3;
    /** Days shown in the articles-per-day chart: the latest ones. */
    static final int MAX_DAYS = 45;
    /** The job's steps in the order they run (stage timings of a {@code runs} row are shown in this order). */
    static final List<String> STEP_ORDER = RunStep.keys();

    private RunReportStep() {
    }

    /** The run's rows the report summarises, each in its table's schema. */
    public record RunRows(Dataset<Row> articles, Dataset<Row> rejects, Dataset<Row> articleEntities, Dataset<Row> figures) {
        /** The rows a past run published (its {@code run_id}), read back from the output. */
        static RunRows published(SparkSession spark, String outputRoot, String runId) {
            return new RunRows(ofRun(spark, outputRoot, Tables.ARTICLES, Tables.ARTICLES_SCHEMA, runId),
                    ofRun(spark, outputRoot, Tables.REJECTS, Tables.REJECTS_SCHEMA, runId),
                    ofRun(spark, outputRoot, Tables.ARTICLE_ENTITIES, Tables.ARTICLE_ENTITIES_SCHEMA, runId),
                    ofRun(spark, outputRoot, Tables.FIGURES, Tables.FIGURES_SCHEMA, runId));
        }
    }

    /** Gathers the report's data, writes both files and returns the path of {@code <run_id>.html}. */
    public static String write(SparkSession spark, String outputRoot, RunSummary summary, Facts facts) {
        RunReport.Data data = gather(summary, facts, topSpeakers(spark, outputRoot, summary.runId()));
        String html = RunReport.render(data);
        OutputStore store = new OutputStore(outputRoot, spark.sparkContext().hadoopConfiguration());
        Path dir = new Path(store.root(), REPORTS);
        Path report = new Path(dir, summary.runId() + ".html");
        try {
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (Path target : new Path[] {report, new Path(dir, LATEST)}) {
                try (FSDataOutputStream out = fs.create(target, true)) {
                    out.write(html.getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run report " + report + ": " + e.getMessage(), e);
        }
        LOG.info("run report: {}", report);
        return report.toString();
    }

    /**
     * Writes the report of a past run again, from its {@code runs} row: the latest run when {@code runId} is
     * null. Returns the report's path. Used by {@code main} and by {@code bin/screenshot-report}'s docs.
     */
    public static String rewrite(SparkSession spark, String outputRoot, String runId) {
        OutputStore store = new OutputStore(outputRoot, spark.sparkContext().hadoopConfiguration());
        if (!store.exists(Tables.RUNS)) {
            throw new IllegalArgumentException("no runs table under " + outputRoot);
        }
        Dataset<Row> runs = store.read(spark, Tables.RUNS);
        if (runId != null) {
            runs = runs.filter(col("run_id").equalTo(runId));
        }
        List<Row> rows = runs.orderBy(col("finished_at").desc()).limit(1).collectAsList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no run " + (runId == null ? "" : runId + " ") + "under " + outputRoot);
        }
        RunSummary summary = fromRunsRow(rows.get(0));
        return write(spark, outputRoot, summary, facts(RunRows.published(spark, outputRoot, summary.runId())));
    }

    static RunSummary fromRunsRow(Row r) {
        Map<String, Long> byReason = new java.util.TreeMap<>(r.<String, Long>getJavaMap(r.fieldIndex("rejects_by_reason")));
        Map<String, Long> stored = r.<String, Long>getJavaMap(r.fieldIndex("stage_millis"));
        Map<String, Long> stages = new LinkedHashMap<>(); // a Parquet map keeps no order: steps in run order
        for (String step : STEP_ORDER) {
            if (stored.containsKey(step)) {
                stages.put(step, stored.get(step));
            }
        }
        new java.util.TreeMap<>(stored).forEach(stages::putIfAbsent);
        Map<String, String> config = new LinkedHashMap<>(r.<String, String>getJavaMap(r.fieldIndex("config")));
        RunCounts counts = new RunCounts(r.getAs("files_read"), r.getAs("files_parsed"),
                r.getAs("files_rejected"), r.getAs("articles"), r.getAs("story_rejects"),
                byReason.getOrDefault("DUPLICATE", 0L), byReason);
        return new RunSummary(r.getAs("run_id"), r.getAs("status"), toInstant(r.getAs("started_at")),
                toInstant(r.getAs("finished_at")), r.getAs("input"), r.getAs("output"), counts, stages,
                r.getAs("job_version"), config);
    }

    private static java.time.Instant toInstant(Object ts) {
        return ts instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) ts;
    }

    /** {@code RunReportStep OUTPUT [RUN_ID]}: writes a past run's report again (local Spark). */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: RunReportStep OUTPUT [RUN_ID]");
            System.exit(ExitCode.USAGE);
        }
        SparkSession spark = SparkSessions.configure(SparkSession.builder().appName("wire-etl report")
                .master("local[2]").config("spark.ui.enabled", "false")).getOrCreate();
        try {
            System.out.println(rewrite(spark, args[0], args.length == 2 ? args[1] : null));
        } finally {
            spark.stop();
        }
    }

    /** What the report shows of the run's rows, each a small collected result. */
    public record Facts(List<Row> rejectExamples, List<Row> topEntities, List<Row> countries, List<Row> figureKinds,
                 List<Row> days) {
    }

    /**
     * Queries the run's rows for the report: five small queries, run at once (each is mostly fixed latency).
     * Needs no summary, so the job starts it while its tables are still being written.
     */
    public static Facts facts(RunRows run) {
        Dataset<Row> rejects = run.rejects();
        Dataset<Row> entities = run.articleEntities();
        Dataset<Row> figures = run.figures();
        Dataset<Row> articles = run.articles();
        List<List<Row>> results = ConcurrentSteps.all(List.<java.util.function.Supplier<List<Row>>>of(
                () -> rejects
                        .withColumn("n", row_number().over(Window.partitionBy("reason")
                                .orderBy("source_path", "story_ref")))
                        .filter(col("n").leq(EXAMPLES))
                        .orderBy("reason", "n").select("reason", "source_path", "story_ref", "message")
                        .collectAsList(),
                () -> entities.groupBy("entity_key")
                        .agg(max("canonical").as("canonical"), max("type").as("type"),
                                count(lit(1)).as("articles"), sum(col("mention_count").cast("long")).as("m"))
                        .orderBy(col("m").desc(), col("articles").desc(), col("canonical"))
                        .limit(TOP).collectAsList(),
                () -> entities.filter(col("type").equalTo("LOC").and(col("country_code").isNotNull()))
                        .groupBy(col("country_code").as("label")).agg(countDistinct("article_id").as("n"))
                        .orderBy(col("n").desc(), col("label")).limit(TOP).collectAsList(),
                () -> figures.groupBy(col("kind").as("label")).agg(count(lit(1)).as("n"))
                        .orderBy(col("n").desc(), col("label")).collectAsList(),
                () -> articles.groupBy(col(Tables.PUB_DATE).cast("string").as("label")).agg(count(lit(1)).as("n"))
                        .orderBy(col("label").desc()).limit(MAX_DAYS).collectAsList()));
        return new Facts(results.get(0), results.get(1), results.get(2), results.get(3), results.get(4));
    }

    /**
     * The run's most quoted speakers ({@code speaker_canonical}, quotations), read back from the published
     * {@code quotations}: the quotation step runs with the table writes, after the other facts are queried.
     */
    static List<RunReport.Count> topSpeakers(SparkSession spark, String outputRoot, String runId) {
        return counts(ofRun(spark, outputRoot, Tables.QUOTATIONS, Tables.QUOTATIONS_SCHEMA, runId)
                .filter(col("speaker_canonical").isNotNull())
                .groupBy(col("speaker_canonical").as("label")).agg(count(lit(1)).as("n"))
                .orderBy(col("n").desc(), col("label")).limit(TOP).collectAsList());
    }

    static RunReport.Data gather(RunSummary summary, Facts facts, List<RunReport.Count> topSpeakers) {
        String runId = summary.runId();
        Map<String, List<RunReport.Example>> examples = new LinkedHashMap<>();
        for (Row r : facts.rejectExamples()) {
            String path = r.getString(1) + (r.isNullAt(2) ? "" : " [" + r.getString(2) + "]");
            examples.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
                    .add(new RunReport.Example(path, r.getString(3)));
        }
        List<RunReport.RejectGroup> groups = new ArrayList<>();
        for (Map.Entry<String, Long> e : summary.counts().rejectsByReason().entrySet()) {
            groups.add(new RunReport.RejectGroup(e.getKey(), e.getValue(),
                    examples.getOrDefault(e.getKey(), List.of())));
        }
        List<RunReport.TopEntity> top = new ArrayList<>();
        for (Row r : facts.topEntities()) {
            top.add(new RunReport.TopEntity(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)));
        }
        List<RunReport.Count> countries = counts(facts.countries());
        List<RunReport.Count> kinds = counts(facts.figureKinds());
        List<RunReport.Count> days = counts(facts.days());
        Collections.reverse(days);

        RunCounts c = summary.counts();
        return new RunReport.Data(runId, summary.status(), summary.startedAt(), summary.finishedAt(), summary.input(),
                summary.output(), c.filesRead(), c.filesParsed(), c.filesRejected(), c.articles(), c.storyRejects(),
                groups, top, countries, kinds, days, new LinkedHashMap<>(summary.stageMillis()), topSpeakers);
    }

    private static List<RunReport.Count> counts(List<Row> labelAndN) {
        List<RunReport.Count> out = new ArrayList<>();
        for (Row r : labelAndN) {
            out.add(new RunReport.Count(r.getString(0), r.getLong(1)));
        }
        return out;
    }

    /** The rows a run published in a table (empty when the table does not exist). */
    private static Dataset<Row> ofRun(SparkSession spark, String outputRoot, String table, StructType schema,
                                      String runId) {
        OutputStore store = new OutputStore(outputRoot, spark.sparkContext().hadoopConfiguration());
        if (!store.exists(table)) {
            return spark.createDataFrame(List.of(), schema);
        }
        return store.read(spark, table).filter(col("run_id").equalTo(runId));
    }
}
