package dev.wireetl.jobs.pipeline;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.config.JobConfig;
import dev.wireetl.common.config.TaskSizing;
import dev.wireetl.jobs.catalog.Catalog;
import dev.wireetl.jobs.dedup.Deduplication;
import dev.wireetl.jobs.extract.EntityEngine;
import dev.wireetl.jobs.extract.EntityStep;
import dev.wireetl.jobs.extract.FigureEntityLink;
import dev.wireetl.jobs.extract.FigureStep;
import dev.wireetl.jobs.extract.TokenStep;
import dev.wireetl.jobs.extract.QuotationStep;
import dev.wireetl.jobs.input.FileHashes;
import dev.wireetl.jobs.input.ParseStep;
import dev.wireetl.jobs.input.WireFileListing;
import dev.wireetl.jobs.output.Aggregates;
import dev.wireetl.jobs.output.OutputContract;
import dev.wireetl.jobs.output.TableMerge;
import dev.wireetl.jobs.report.RunCounts;
import dev.wireetl.jobs.report.RunReportStep;
import dev.wireetl.jobs.report.RunStep;
import dev.wireetl.jobs.report.RunSummary;
import dev.wireetl.jobs.spark.Columns;
import dev.wireetl.jobs.spark.ConcurrentSteps;
import dev.wireetl.jobs.spark.HadoopConf;
import dev.wireetl.jobs.spark.SparkSessions;
import dev.wireetl.jobs.table.OutputStore;
import dev.wireetl.jobs.table.RunLease;
import dev.wireetl.jobs.table.TableSpec;
import dev.wireetl.jobs.table.Tables;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;

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

    /**
     * Checks what can be checked before Spark starts: the input exists, the output is not inside it, nor it
     * inside the output. Local paths are compared on their real paths, so a symbolic link or {@code ..} cannot
     * hide an overlap.
     */
    public static void checkPaths(JobConfig config, Configuration hadoop) {
        String input = config.get(JobConfig.INPUT_PATH);
        String output = config.get(JobConfig.OUTPUT_PATH);
        try {
            Path in = new Path(input);
            FileSystem fs = in.getFileSystem(hadoop);
            if (!fs.exists(in)) {
                throw new ConfigException("input.path '" + input + "' does not exist");
            }
            Path out = new Path(output);
            String inText = comparable(fs.makeQualified(in));
            String outText = comparable(out.getFileSystem(hadoop).makeQualified(out));
            if (outText.startsWith(inText)) {
                throw new ConfigException("output.path '" + output + "' is inside input.path '" + input
                        + "': the next run would read its own output");
            }
            if (inText.startsWith(outText)) {
                throw new ConfigException("input.path '" + input + "' is inside output.path '" + output
                        + "': the run would read its own tables");
            }
        } catch (IOException e) {
            throw new ConfigException("cannot check input.path '" + input + "': " + e.getMessage());
        }
    }

    /**
     * A qualified path as compared for overlap, ending in a slash: for local paths the real path (links
     * resolved) of its nearest existing ancestor, plus the rest as written.
     */
    private static String comparable(Path qualified) throws IOException {
        if (!"file".equals(qualified.toUri().getScheme())) {
            return qualified + "/";
        }
        java.nio.file.Path local = java.nio.file.Path.of(qualified.toUri()).normalize();
        java.nio.file.Path existing = local;
        while (existing != null && !java.nio.file.Files.exists(existing)) {
            existing = existing.getParent();
        }
        java.nio.file.Path real = existing == null ? local : existing.toRealPath().resolve(existing.relativize(local));
        String text = real.toString();
        return text.endsWith("/") ? text : text + "/";
    }

    /** Runs every step under the output's lease and returns the run's summary (tests, embedding). */
    public static RunSummary run(JobConfig config, SparkSession spark) {
        Instant startedAt = Instant.now();
        String runId = runId(config, startedAt);
        try (RunLease lease = lease(config, spark.sparkContext().hadoopConfiguration(), runId)) {
            return run(config, spark, lease, runId, startedAt);
        }
    }

    /** The run's id: {@code job.run-id}, else the UTC start time and a random suffix. */
    public static String runId(JobConfig config, Instant startedAt) {
        String runId = config.get(JobConfig.JOB_RUN_ID);
        return !runId.isEmpty() ? runId : DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
                .withZone(ZoneOffset.UTC).format(startedAt) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Takes the lease of {@code output.path} ({@link RunLease}); throws {@link RunLease.HeldException} when
     * another run holds it. {@code spark.hadoop.*} settings apply, as they will in the session.
     */
    public static RunLease lease(JobConfig config, Configuration hadoop, String runId) {
        Configuration conf = new Configuration(hadoop);
        config.sparkSettings().forEach((key, value) -> {
            if (key.startsWith("spark.hadoop.")) {
                conf.set(key.substring("spark.hadoop.".length()), value);
            }
        });
        return RunLease.acquire(new OutputStore(config.get(JobConfig.OUTPUT_PATH), conf), runId,
                config.get(JobConfig.OUTPUT_LEASE_SECONDS));
    }

    /** Runs every step, holding {@code lease}; throws only on configuration or I/O failure. */
    public static RunSummary run(JobConfig config, SparkSession spark, RunLease lease, String runId,
                                 Instant startedAt) {
        OutputStore store = new OutputStore(config.get(JobConfig.OUTPUT_PATH),
                spark.sparkContext().hadoopConfiguration());
        return runHoldingLease(config, spark, store, lease, runId, startedAt);
    }

    private static RunSummary runHoldingLease(JobConfig config, SparkSession spark, OutputStore store,
                                              RunLease lease, String runId, Instant startedAt) {
        Map<String, Long> stageMillis = new LinkedHashMap<>();
        OutputContract.check(spark, store);
        preloadExtractor(spark, config);
        // What was published before this run, read at fixed versions: the run's own commits must not change it.
        OutputStore published = store.pinned();

        // Checkpointed, not cached: a cached plan over the published tables would be re-computed, listing and
        // hashing every input file again, each time the run commits one of those tables. Dataset.unpersist does
        // not reach a checkpoint's blocks: Spark's ContextCleaner drops them once the Dataset is unreachable.
        Dataset<Row> files = selectFilesToProcess(spark, config, published, readWireFiles(spark, config))
                .localCheckpoint();
        Row selected = files.agg(count(lit(1)), coalesce(sum("length"), lit(0L))).first();
        long filesRead = selected.getLong(0);
        long inputBytes = selected.getLong(1);
        SparkSessions.sizeShufflePartitions(spark, inputBytes);
        Dataset<Row> parsed = parseStories(spark, config, files, runId, startedAt)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> duplicateRows = null;
        Dataset<Row> nlpInput = null;
        Dataset<Row> entityRows = null;
        Dataset<Row> figureRows = null;
        Dataset<Row> quotationRows = null;
        CompletableFuture<RunReportStep.Facts> reportFacts = null;
        Dataset<Row> runPaths = files.select(col("path").as("source_path"));
        TableMerge merge = new TableMerge(spark, published, config.get(JobConfig.OUTPUT_COMPRESSION), runPaths);
        try {
            RunCounts parseCounts = timed(spark, stageMillis, RunStep.PARSE_STORIES, () -> RunCounts.of(filesRead, parsed));
            Dataset<Row> stories = articleOutcomes(parsed);
            duplicateRows = Deduplication.duplicates(spark, published, stories, runPaths)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> dups = duplicateRows;
            long duplicates = timed(spark, stageMillis, RunStep.DEDUPLICATE, dups::count);
            Dataset<Row> articles = (duplicates == 0 ? stories : Deduplication.kept(stories, dups))
                    .select(Columns.named(Tables.ARTICLES_SCHEMA.fieldNames()));
            Dataset<Row> rejects = rejects(parsed).unionByName(Deduplication.asRejects(dups));
            nlpInput = nlpInput(config, articles, inputBytes).persist(StorageLevel.MEMORY_AND_DISK());
            entityRows = EntityEngine.of(config).annotate(spark, nlpInput).persist(StorageLevel.MEMORY_AND_DISK());
            figureRows = FigureEntityLink.link(extractFigures(config, nlpInput), entityRows)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> entities = entityRows;
            Dataset<Row> figures = figureRows;
            timed(spark, stageMillis, RunStep.ANNOTATE, entities::count);
            timed(spark, stageMillis, RunStep.EXTRACT_FIGURES, figures::count);
            reportFacts = startReportQueries(spark, new RunReportStep.RunRows(articles, rejects,
                    outcome(entities, Tables.OUTCOME_ARTICLE_ENTITY)
                            .select(Columns.named(Tables.ARTICLE_ENTITIES_SCHEMA.fieldNames())),
                    outcome(figures, Tables.OUTCOME_FIGURE).select(Columns.named(Tables.FIGURES_SCHEMA.fieldNames()))));
            // Quotations need the entity mentions for their speakers, so they are made here, where both are at hand.
            quotationRows = QuotationStep.annotate(spark, config.get(JobConfig.NLP_SYNTAX_MODEL_PATH), articles,
                    outcome(entities, Tables.OUTCOME_MENTION)).persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> quotations = quotationRows;
            // The commit sequence: detail tables, then the aggregates (from the run's rows when its dates hold only
            // its articles, else from the tables' new versions), then the ledger ("publish": the files count as
            // processed), then the runs row naming every version.
            timed(spark, stageMillis, RunStep.WRITE_TABLES, () -> {
                writeTables(spark, config, store, merge, articles, rejects, entities, figures, quotations);
                return null;
            });
            timed(spark, stageMillis, RunStep.AGGREGATES, () -> {
                if (merge.touchedDatesHoldOnlyRunArticles()) {
                    Aggregates.writeFromRun(merge, outcome(entities, Tables.OUTCOME_ARTICLE_ENTITY),
                            outcome(quotations, Tables.OUTCOME_QUOTATION), outcome(quotations, Tables.OUTCOME_TONE),
                            outcome(figures, Tables.OUTCOME_FIGURE));
                } else {
                    Aggregates.write(spark, merge, store.root());
                }
                return null;
            });
            timed(spark, stageMillis, RunStep.PUBLISH, () -> {
                merge.write(TableSpec.PROCESSED_FILES, ledgerEntries(files, articles, rejects, runId));
                return null;
            });
            Map<String, Long> versions = merge.versions();
            RunSummary summary = new RunSummary(runId, "SUCCEEDED", startedAt, Instant.now(),
                    config.get(JobConfig.INPUT_PATH), config.get(JobConfig.OUTPUT_PATH),
                    parseCounts.withDuplicates(duplicates), stageMillis, JOB_VERSION, config.asMap());
            lease.checkHeld();
            timed(spark, stageMillis, RunStep.WRITE_RUN_RECORD, () -> {
                merge.write(TableSpec.RUNS, spark.createDataFrame(List.of(summary.toRow(versions)),
                        Tables.RUNS_SCHEMA));
                return null;
            });
            String output = config.get(JobConfig.OUTPUT_PATH);
            Catalog.writeDuckDbCatalog(spark, output, runId, versions);
            if (config.get(JobConfig.CATALOG_REGISTER)) {
                Catalog.register(spark, output, config.get(JobConfig.CATALOG_DATABASE));
            }
            RunReportStep.write(spark, output, summary, await(reportFacts));
            return summary;
        } catch (RuntimeException e) {
            if (!(e instanceof RunLease.HeldException)) {
                merge.restore();
            }
            throw e;
        } finally {
            merge.close();
            if (reportFacts != null) {
                reportFacts.exceptionally(failure -> null).join(); // its queries read the rows unpersisted below
            }
            parsed.unpersist();
            for (Dataset<Row> cached : new Dataset[] {duplicateRows, nlpInput, entityRows, figureRows, quotationRows}) {
                if (cached != null) {
                    cached.unpersist();
                }
            }
        }
    }

    /**
     * In local mode the tasks run in this JVM: load the entity model and gazetteers on a background thread while
     * the files are listed and parsed, instead of in the first entity task. A failed load is left for that task,
     * which reports it.
     */
    static void preloadExtractor(SparkSession spark, JobConfig config) {
        if (!spark.sparkContext().isLocal() || config.get(JobConfig.NLP_ENGINE).equals("none")) {
            return;
        }
        HadoopConf hadoop = HadoopConf.of(spark);
        Thread loader = new Thread(() -> {
            try {
                EntityStep.extractor(hadoop, config.get(JobConfig.NLP_MODEL_PATH),
                        config.get(JobConfig.NLP_GAZETTEER_PATH));
            } catch (RuntimeException e) {
                LOG.debug("entity extractor preload failed; the entity step will report it", e);
            }
        }, "wire-etl-extractor-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * Starts the run report's queries on a thread of their own: they read only the run's rows, so they overlap
     * the table writes instead of adding their latency after the publish.
     */
    static CompletableFuture<RunReportStep.Facts> startReportQueries(SparkSession spark, RunReportStep.RunRows rows) {
        CompletableFuture<RunReportStep.Facts> facts = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            spark.sparkContext().setJobDescription("runReport");
            try {
                facts.complete(RunReportStep.facts(rows));
            } catch (RuntimeException e) {
                facts.completeExceptionally(e);
            }
        }, "wire-etl-report-queries");
        thread.setDaemon(true);
        thread.start();
        return facts;
    }

    /** The future's value; its failure rethrown as it was thrown. */
    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * The files to read, with their {@code content_hash}: all listed files in full mode. In incremental mode,
     * leaving out uploads still in flight ({@link WireFileListing#IN_FLIGHT_PATH}), the files the ledger has not
     * seen as they are now (path, size, modification time and content hash; a ledger row written before hashes
     * were recorded matches on the first three), plus the files whose DUPLICATE rejects name an article of a
     * file read again, so a re-delivered original cannot leave a duplicate pointing at nothing.
     */
    static Dataset<Row> selectFilesToProcess(SparkSession spark, JobConfig config, OutputStore store,
                                             Dataset<Row> listed) {
        boolean incremental = config.get(JobConfig.JOB_MODE).equals("incremental");
        Dataset<Row> candidates = incremental ? listed.filter(not(col("path").rlike(WireFileListing.IN_FLIGHT_PATH)))
                : listed;
        Dataset<Row> hashed = FileHashes.withContentHash(candidates, HadoopConf.of(spark));
        if (!incremental || !store.exists(Tables.PROCESSED_FILES)) {
            return hashed;
        }
        hashed = hashed.localCheckpoint(); // read once: the selection below uses it twice
        Dataset<Row> ledger = store.read(spark, Tables.PROCESSED_FILES);
        Dataset<Row> changed = hashed.join(ledger, hashed.col("path").equalTo(ledger.col("source_path"))
                .and(hashed.col("length").equalTo(ledger.col("file_size")))
                .and(hashed.col("modificationTime").eqNullSafe(ledger.col("modification_time")))
                .and(ledger.col(FileHashes.CONTENT_HASH).isNull()
                        .or(ledger.col(FileHashes.CONTENT_HASH).eqNullSafe(hashed.col(FileHashes.CONTENT_HASH)))),
                "left_anti");
        if (!store.exists(Tables.REJECTS) || !store.exists(Tables.ARTICLES)) {
            return changed;
        }
        Dataset<Row> rereadIds = store.read(spark, Tables.ARTICLES)
                .select("article_id", "source_path")
                .join(changed, col("source_path").equalTo(changed.col("path")), "left_semi");
        Dataset<Row> duplicatePaths = store.read(spark, Tables.REJECTS)
                .filter(col("reason").equalTo("DUPLICATE"))
                .select(col("source_path").as("_dup_path"), col("duplicate_of"))
                .join(rereadIds, col("duplicate_of").equalTo(rereadIds.col("article_id")), "left_semi");
        Dataset<Row> duplicates = hashed.join(duplicatePaths, hashed.col("path").equalTo(col("_dup_path")), "left_semi");
        return changed.unionByName(duplicates).dropDuplicates("path");
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
        ParseStep step = new ParseStep(HadoopConf.of(spark), config.get(JobConfig.INPUT_MAX_FILE_BYTES),
                config.get(JobConfig.INPUT_DEFAULT_DATE), runId, ingestedAt);
        return files.flatMap(step, Encoders.row(Tables.PARSED_SCHEMA));
    }

    /**
     * What the NLP and figure steps read: id, body, date, run. Spread over {@code job.partitions} tasks (by
     * default one per {@link TaskSizing#NLP_BYTES_PER_TASK} of input, in whole waves of the cores), since one
     * parse task can yield a thousand stories (a Reuters SGML file).
     */
    static Dataset<Row> nlpInput(JobConfig config, Dataset<Row> articles, long inputBytes) {
        Dataset<Row> input = articles.select("article_id", "body", "published_date", "run_id");
        int partitions = config.get(JobConfig.JOB_PARTITIONS);
        int cores = articles.sparkSession().sparkContext().defaultParallelism();
        return input.repartition(partitions > 0 ? partitions
                : TaskSizing.tasks(inputBytes, TaskSizing.NLP_BYTES_PER_TASK, cores, cores, 10_000));
    }

    /** Figures and date mentions ({@link Tables#FIGURE_ROWS_SCHEMA}). */
    static Dataset<Row> extractFigures(JobConfig config, Dataset<Row> nlpInput) {
        return nlpInput.flatMap(new FigureStep(HadoopConf.of(nlpInput.sparkSession()),
                config.get(JobConfig.NLP_SYNTAX_MODEL_PATH)), Encoders.row(Tables.FIGURE_ROWS_SCHEMA));
    }

    /** Parsed stories with every parse column (file size and date too, which duplicates' rejects need). */
    static Dataset<Row> articleOutcomes(Dataset<Row> parsed) {
        return parsed.filter(col(Tables.OUTCOME).equalTo(Tables.OUTCOME_ARTICLE));
    }

    static Dataset<Row> rejects(Dataset<Row> parsed) {
        return parsed.filter(col(Tables.OUTCOME).equalTo(Tables.OUTCOME_REJECT))
                .select(Columns.named(Tables.REJECTS_SCHEMA.fieldNames()));
    }

    /**
     * Commits every detail table, each partition this run touches merged with the rows it does not replace
     * (one commit per table, independent tables at once). Rows are replaced by input file: a rerun over the same
     * input swaps its rows and keeps other inputs' rows in the same partitions. A new table is one
     * {@link TableSpec} and one {@code merge.write} here.
     */
    static void writeTables(SparkSession spark, JobConfig config, OutputStore store, TableMerge merge,
                            Dataset<Row> articles, Dataset<Row> rejects, Dataset<Row> entityRows,
                            Dataset<Row> figureRows, Dataset<Row> quotationRows) {
        // The dates the run touches decide what every pub_date table rewrites; then the tables are independent.
        merge.forArticles(articles);
        ConcurrentSteps.all(List.of(
                () -> write(merge, TableSpec.ARTICLES, articles),
                () -> write(merge, TableSpec.ENTITY_MENTIONS, outcome(entityRows, Tables.OUTCOME_MENTION)),
                () -> write(merge, TableSpec.ARTICLE_ENTITIES, outcome(entityRows, Tables.OUTCOME_ARTICLE_ENTITY)),
                () -> write(merge, TableSpec.FIGURES, outcome(figureRows, Tables.OUTCOME_FIGURE)),
                () -> write(merge, TableSpec.DATE_MENTIONS, outcome(figureRows, Tables.OUTCOME_DATE)),
                () -> write(merge, TableSpec.QUOTATIONS, outcome(quotationRows, Tables.OUTCOME_QUOTATION)),
                () -> write(merge, TableSpec.ARTICLE_TONE, outcome(quotationRows, Tables.OUTCOME_TONE)),
                () -> write(merge, TableSpec.REJECTS, rejects),
                () -> writeTokens(spark, config, store, merge, articles)));
    }

    private static Void write(TableMerge merge, TableSpec spec, Dataset<Row> rows) {
        merge.write(spec, rows);
        return null;
    }

    /**
     * The optional {@code tokens} table: with {@code output.tokens=true} every article's sentences tagged and
     * parsed (here, so its parsing time lands in writeTables); when off, nothing unless an earlier run wrote the
     * table, whose rows of the replaced articles are then removed rather than left stale.
     */
    static Void writeTokens(SparkSession spark, JobConfig config, OutputStore store, TableMerge merge,
                            Dataset<Row> articles) {
        boolean on = config.get(JobConfig.OUTPUT_TOKENS);
        if (!on && !store.exists(Tables.TOKENS)) {
            return null;
        }
        // job.partitions tasks, else one wave of the cores (the input size is not known here): parsing, not
        // reading, is the cost, and every task streams its rows.
        Dataset<Row> tokens = on
                ? nlpInput(config, articles, 0L).flatMap(new TokenStep(HadoopConf.of(spark),
                        config.get(JobConfig.NLP_SYNTAX_MODEL_PATH)), Encoders.row(Tables.TOKENS_SCHEMA))
                : spark.createDataFrame(List.of(), Tables.TOKENS_SCHEMA);
        merge.write(TableSpec.TOKENS, tokens);
        return null;
    }

    /** The rows of one outcome of a step's combined output. */
    private static Dataset<Row> outcome(Dataset<Row> rows, String outcome) {
        return rows.filter(col(Tables.OUTCOME).equalTo(outcome));
    }

    /** One ledger row per processed file: what the file gave in this run. */
    static Dataset<Row> ledgerEntries(Dataset<Row> files, Dataset<Row> articles, Dataset<Row> rejects, String runId) {
        Dataset<Row> perFile = articles.select(col("source_path"), lit(1L).as("a"), lit(0L).as("r"))
                .union(rejects.select(col("source_path"), lit(0L).as("a"), lit(1L).as("r")))
                .groupBy("source_path")
                .agg(sum("a").as("articles"), sum("r").as("rejects"));
        return files.join(perFile, files.col("path").equalTo(perFile.col("source_path")), "left")
                .select(files.col("path").as("source_path"), files.col("length").as("file_size"),
                        files.col("modificationTime").as("modification_time"),
                        coalesce(col("articles"), lit(0L)).as("articles"),
                        coalesce(col("rejects"), lit(0L)).as("rejects"),
                        lit(runId).as("run_id"),
                        current_timestamp().as("processed_at"),
                        files.col(FileHashes.CONTENT_HASH));
    }

    private static <T> T timed(SparkSession spark, Map<String, Long> stageMillis, RunStep runStep, Supplier<T> body) {
        String step = runStep.key();
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
}
