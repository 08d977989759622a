package dev.wireetl.tools.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.config.JobConfig;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import dev.wireetl.jobs.cli.WireEtl;
import dev.wireetl.jobs.extract.SparkNlpEngine;
import dev.wireetl.jobs.input.WireFileListing;
import dev.wireetl.jobs.pipeline.WireEtlJob;
import dev.wireetl.jobs.report.RunSummary;
import dev.wireetl.jobs.spark.SparkSessions;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

/**
 * Runs the real job ({@link WireEtlJob#run}, the production code path) on {@code local[N]} over a corpus
 * into a temporary output, then the other engines over the same input, and prints one block of figures:
 * throughput (articles/s, MB/s, tokens/s and tokens/s per core; tokens = whitespace words of article
 * bodies), the stage split from {@link RunSummary#stageMillis()}, peak heap, output files per partition,
 * the {@link RawLimitBaseline raw-limit baseline} and the ratios.
 *
 * <pre>
 * BenchmarkRunner --input DIR [--glob G] [--cores N] [--engines default,baseline,sparknlp]
 *                 [--sparknlp-model DIR] [--label L] [--set key=value]… [--keep-output DIR]
 * </pre>
 * Run it from the project root (it reads {@code conf/} like {@code bin/wire-etl}).
 */
@Command(name = "bench-runner", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run the real job on local[N] with the raw-limit baseline; prints throughput, stage split, memory (bench/README.md).")
public final class BenchmarkRunner implements Subcommand {
    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkRunner.class);
    /** spaCy's published CPU throughput for en_core_web_lg (words per second). */
    static final double SPACY_LG_WORDS_PER_S = 10_014;

    public BenchmarkRunner() {
    }


    /** The command line, checked. */
    record Options(String input, String glob, int cores, List<String> engines, String sparkNlpModel, String label,
                   List<String> sets, String keepOutput) {
    }

    @Option(names = "--input", required = true, paramLabel = "DIR")
    String input;
    @Option(names = "--glob", defaultValue = "*", paramLabel = "G")
    String glob;
    @Option(names = "--cores", defaultValue = "2", paramLabel = "N")
    int cores;
    @Option(names = "--engines", defaultValue = "default,baseline,sparknlp", split = ",",
            paramLabel = "default,baseline,sparknlp")
    List<String> engines;
    @Option(names = "--sparknlp-model", paramLabel = "DIR")
    String sparkNlpModel;
    @Option(names = "--label", paramLabel = "L", description = "name of the block (default: the input)")
    String label;
    @Option(names = "--set", paramLabel = "key=value", description = "job configuration, as for run")
    List<String> sets = new ArrayList<>();
    @Option(names = "--keep-output", paramLabel = "DIR", description = "keep the job's tables here")
    String keepOutput;

    private PrintStream out = System.out;

    @Override
    public Integer call() {
        if (cores < 1) {
            throw new ConfigException("--cores must be at least 1");
        }
        List<String> known = List.of("default", "baseline", "sparknlp");
        for (String e : engines) {
            if (!known.contains(e.strip())) {
                throw new ConfigException("unknown engine '" + e + "' (default, baseline, sparknlp)");
            }
        }
        return run(new Options(input, glob, cores, engines.stream().map(String::strip).toList(), sparkNlpModel,
                label == null ? input : label, sets, keepOutput), out);
    }

    /** Runs the benchmark with {@code args} and prints its block on {@code out}; returns an {@link ExitCode}. */
    public static int run(String[] args, PrintStream out) {
        BenchmarkRunner command = new BenchmarkRunner();
        command.out = out;
        return WireEtl.withExitCodes(new CommandLine(command)).execute(args);
    }

    private static int run(Options o, PrintStream out) {
        JobConfig config;
        Path output;
        try {
            output = o.keepOutput() != null ? Path.of(o.keepOutput()) : Files.createTempDirectory("wire-etl-bench-");
            List<String> jobArgs = new ArrayList<>(List.of("--input", o.input(), "--output",
                    output.resolve("tables").toString(), "--set", "input.glob=" + o.glob(),
                    "--set", "job.master=local[" + o.cores() + "]", "--set", "job.progress=never"));
            for (String s : o.sets()) {
                jobArgs.add("--set");
                jobArgs.add(s);
            }
            config = JobConfig.load(jobArgs);
        } catch (IOException e) {
            System.err.println("benchmark: cannot create a temporary output folder: " + e.getMessage());
            return ExitCode.FAILED;
        }
        try {
            measure(o, config, output, out);
            return ExitCode.OK;
        } catch (RuntimeException | IOException e) {
            LOG.error("benchmark failed", e);
            System.err.println("benchmark: failed: " + e);
            return ExitCode.FAILED;
        } finally {
            if (o.keepOutput() == null) {
                deleteTree(output);
            }
        }
    }

    private static void measure(Options o, JobConfig config, Path output, PrintStream out) throws IOException {
        String load0 = loadAverage();
        boolean ownSession = SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty();
        long s0 = System.nanoTime();
        SparkSession spark = SparkSessions.job(config);
        long sessionMillis = (System.nanoTime() - s0) / 1_000_000;
        int cores = spark.sparkContext().defaultParallelism();
        try {
            out.printf(Locale.ROOT, "=== wire-etl benchmark: %s ===%n", o.label());
            out.printf(Locale.ROOT, "machine: nproc=%d max_heap=%dMB java=%s %s load_before=%s%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.version"), System.getProperty("java.vm.name"), load0);
            out.printf(Locale.ROOT, "input: %s glob=%s master=%s spark_startup=%.1fs%s%n", o.input(), o.glob(),
                    spark.sparkContext().master(), sessionMillis / 1000.0,
                    ownSession ? "" : " (reused an existing session)");

            JobRun job = null;
            if (o.engines().contains("default")) {
                job = runJob(spark, config, output);
                printJob(out, job, cores);
                printOutputFiles(out, output.resolve("tables"));
            }
            if (o.engines().contains("baseline")) {
                RawLimitBaseline.Result b = RawLimitBaseline.run(Path.of(o.input()), o.glob(),
                        Path.of(config.get(JobConfig.NLP_GAZETTEER_PATH)));
                printBaseline(out, b, job, cores);
            }
            if (o.engines().contains("sparknlp")) {
                measureSparkNlp(spark, output.resolve("tables"), o.sparkNlpModel(), job, cores, out);
            }
            out.printf(Locale.ROOT, "load_after: %s%n", loadAverage());
            out.println("=== end ===");
        } finally {
            if (ownSession) {
                spark.stop();
            }
        }
    }

    /** What the job run measured. */
    record JobRun(RunSummary summary, long wallNanos, long cpuNanos, long articles, long words, long inputBytes,
                  long files, long peakHeap, long peakLiveHeap, long maxHeap, long peakTaskMemory, long tasks,
                  long taskCpuNanos, long stages, String topStagesByTasks, String shufflePartitions) {
    }

    static JobRun runJob(SparkSession spark, JobConfig config, Path output) {
        TaskStats tasks = new TaskStats();
        spark.sparkContext().addSparkListener(tasks);
        HeapWatch heap = HeapWatch.start();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        RunSummary summary;
        try {
            summary = WireEtlJob.run(config, spark);
        } finally {
            heap.stop();
        }
        long wall = System.nanoTime() - t0;
        long cpu = os.getProcessCpuTime() - cpu0;
        spark.sparkContext().removeSparkListener(tasks);
        // Untimed: what the run read and wrote.
        List<Row> listed = WireFileListing.list(config.get(JobConfig.INPUT_PATH), config.get(JobConfig.INPUT_GLOB),
                spark.sparkContext().hadoopConfiguration());
        long inputBytes = listed.stream().mapToLong(r -> r.getLong(1)).sum();
        long articles = 0;
        long words = 0;
        Path articlesTable = output.resolve("tables").resolve("articles");
        if (Files.isDirectory(articlesTable)) {
            Dataset<Row> a = spark.read().format("delta").load(articlesTable.toString());
            Row r = a.agg(org.apache.spark.sql.functions.count(col("article_id")), sum(col("word_count"))).first();
            articles = r.getLong(0);
            words = r.isNullAt(1) ? 0 : r.getLong(1);
        }
        StringBuilder top = new StringBuilder();
        tasks.tasksByStage.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .forEach(e -> top.append(top.length() == 0 ? "" : ", ").append(e.getKey()).append('=')
                        .append(e.getValue()));
        return new JobRun(summary, wall, cpu, articles, words, inputBytes, listed.size(), heap.peakUsed(),
                heap.peakLive(), Runtime.getRuntime().maxMemory(), tasks.peakExecutionMemory.get(),
                tasks.tasks.get(), tasks.cpuNanos.get(), tasks.stages.get(), top.toString(),
                spark.conf().get("spark.sql.shuffle.partitions"));
    }

    static void printJob(PrintStream out, JobRun j, int cores) {
        double s = j.wallNanos() / 1e9;
        double cpuS = j.cpuNanos() / 1e9;
        out.printf(Locale.ROOT, "job: %s%n", j.summary().summaryLine());
        out.printf(Locale.ROOT, "articles: %d files: %d input_MB: %.1f tokens: %d (whitespace words of bodies)%n",
                j.articles(), j.files(), j.inputBytes() / 1e6, j.words());
        out.printf(Locale.ROOT, "wall: %.2fs process_cpu: %.2fs (%.2f cores busy on average)%n", s, cpuS,
                cpuS / s);
        out.printf(Locale.ROOT, "throughput: articles/s=%.0f MB/s=%.2f tokens/s=%.0f%n", j.articles() / s,
                j.inputBytes() / 1e6 / s, j.words() / s);
        out.printf(Locale.ROOT, "tokens/s per core: %.0f (cores=%d, wall-based)  tokens per cpu-second: %.0f%n",
                j.words() / s / cores, cores, j.words() / cpuS);
        out.printf(Locale.ROOT, "vs spaCy en_core_web_lg (%,.0f words/s per core): %.1fx per core%n",
                SPACY_LG_WORDS_PER_S, j.words() / s / cores / SPACY_LG_WORDS_PER_S);
        Map<String, Long> m = j.summary().stageMillis();
        long readParse = m.getOrDefault("parseStories", 0L);
        long dedup = m.getOrDefault("deduplicate", 0L);
        long nlp = m.getOrDefault("annotate", 0L);
        long figures = m.getOrDefault("extractFigures", 0L);
        long write = m.getOrDefault("writeTables", 0L) + m.getOrDefault("publish", 0L)
                + m.getOrDefault("writeRunRecord", 0L);
        long aggregates = m.getOrDefault("aggregates", 0L);
        long total = j.wallNanos() / 1_000_000;
        long other = Math.max(0, total - readParse - dedup - nlp - figures - write - aggregates);
        out.printf(Locale.ROOT, "stages: read+parse=%s dedup=%s nlp=%s figures=%s write=%s aggregates=%s"
                        + " list+report=%s%n",
                share(readParse, total), share(dedup, total), share(nlp, total), share(figures, total),
                share(write, total), share(aggregates, total), share(other, total));
        out.printf(Locale.ROOT, "stage_millis: %s%n", m);
        out.printf(Locale.ROOT, "driver peak heap: used=%dMB live_after_gc=%dMB of max=%dMB%n", j.peakHeap() >> 20,
                j.peakLiveHeap() >> 20, j.maxHeap() >> 20);
        out.printf(Locale.ROOT, "executor peak: same JVM as the driver in local mode (heap above);"
                        + " Spark peak execution memory per task=%dMB tasks=%d task_cpu=%.1fs%n",
                j.peakTaskMemory() >> 20, j.tasks(), j.taskCpuNanos() / 1e9);
        out.printf(Locale.ROOT, "spark: stages=%d tasks=%d shuffle_partitions=%s most tasks: %s%n", j.stages(),
                j.tasks(), j.shufflePartitions(), j.topStagesByTasks());
    }

    private static String share(long millis, long total) {
        return String.format(Locale.ROOT, "%.1fs(%.0f%%)", millis / 1000.0, total == 0 ? 0 : 100.0 * millis / total);
    }

    /** Partitions, files per partition and file sizes of every table under {@code tables}. */
    static void printOutputFiles(PrintStream out, Path tables) throws IOException {
        if (!Files.isDirectory(tables)) {
            return;
        }
        List<Path> tableDirs;
        try (Stream<Path> s = Files.list(tables)) {
            tableDirs = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted().toList();
        }
        for (Path t : tableDirs) {
            Map<String, long[]> perPartition = new TreeMap<>();
            List<Long> sizes = new ArrayList<>();
            try (Stream<Path> s = Files.walk(t)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    String name = p.getFileName().toString();
                    if (Files.isRegularFile(p) && name.endsWith(".parquet")) {
                        long size = Files.size(p);
                        sizes.add(size);
                        long[] c = perPartition.computeIfAbsent(t.relativize(p.getParent()).toString(),
                                k -> new long[2]);
                        c[0]++;
                        c[1] += size;
                    }
                }
            }
            if (sizes.isEmpty()) {
                out.printf(Locale.ROOT, "output %s: no files%n", t.getFileName());
                continue;
            }
            sizes.sort(Comparator.naturalOrder());
            long totalBytes = sizes.stream().mapToLong(Long::longValue).sum();
            long maxFiles = perPartition.values().stream().mapToLong(c -> c[0]).max().orElse(0);
            out.printf(Locale.ROOT, "output %s: partitions=%d files=%d files/partition max=%d avg=%.1f"
                            + " size total=%.1fMB min=%s median=%s max=%s%n",
                    t.getFileName(), perPartition.size(), sizes.size(), maxFiles,
                    sizes.size() / (double) perPartition.size(), totalBytes / 1e6, human(sizes.get(0)),
                    human(sizes.get(sizes.size() / 2)), human(sizes.get(sizes.size() - 1)));
        }
    }

    private static String human(long bytes) {
        return bytes >= 1_000_000 ? String.format(Locale.ROOT, "%.1fMB", bytes / 1e6)
                : String.format(Locale.ROOT, "%.1fKB", bytes / 1e3);
    }

    static void printBaseline(PrintStream out, RawLimitBaseline.Result b, JobRun job, int cores) {
        out.println(RawLimitBaseline.describe(b));
        if (job == null) {
            return;
        }
        // Same input: the ratio of per-core throughputs is a ratio of times, whatever the unit.
        double jobPerCore = job.wallNanos() / 1e9 * cores;
        double basePerCore = b.wallNanos() / 1e9;
        double cpuRatio = (job.cpuNanos() / 1e9) / (b.cpuNanos() / 1e9);
        out.printf(Locale.ROOT, "ratio baseline/job per core: %.1fx (wall x cores; target <= 10x)"
                + "  cpu-time ratio: %.1fx%n", jobPerCore / basePerCore, cpuRatio);
    }

    /**
     * The Spark NLP engine over the same articles: {@code SparkNlpEngine.annotate(spark, articles, model)},
     * timed to its last row.
     */
    static void measureSparkNlp(SparkSession spark, Path tables, String modelPath, JobRun job, int cores,
                                PrintStream out) {
        if (modelPath == null) {
            out.println("sparknlp: no --sparknlp-model DIR given: not measured");
            return;
        }
        if (job == null || job.articles() == 0) {
            out.println("sparknlp: needs the default engine's articles (--engines default,sparknlp): not measured");
            return;
        }
        Dataset<Row> articles = spark.read().format("delta").load(tables.resolve("articles").toString())
                .select("article_id", "body").cache();
        articles.count(); // read outside the timing: the engine's own cost only
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        long chunks;
        try {
            chunks = SparkNlpEngine.annotate(spark, articles, modelPath).count();
        } catch (RuntimeException e) {
            out.println("sparknlp: failed: " + e);
            return;
        } finally {
            articles.unpersist();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double cpuS = (os.getProcessCpuTime() - cpu0) / 1e9;
        out.printf(Locale.ROOT, "sparknlp: chunks=%d wall=%.2fs cpu=%.2fs tokens/s per core=%.0f%n", chunks, s, cpuS,
                job.words() / s / cores);
        long nlpMillis = job.summary().stageMillis().getOrDefault("annotate", 0L);
        out.printf(Locale.ROOT, "ratio job(end to end)/sparknlp(NER only) per core: %.1fx (target >= 30x)"
                        + "  default NER step/sparknlp: %.1fx%n", s / (job.wallNanos() / 1e9),
                nlpMillis == 0 ? 0 : s / (nlpMillis / 1000.0));
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cannot delete benchmark output {}: {}", root, e.toString());
        }
    }

    /** Peak heap used (sampled) and peak live heap (after each GC), for the whole JVM. */
    static final class HeapWatch implements NotificationListener {
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();
        private final Thread sampler;
        private final java.util.Set<String> heapPools = new java.util.HashSet<>();
        private volatile boolean running = true;

        private HeapWatch() {
            for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                    heapPools.add(pool.getName());
                }
            }
            sampler = new Thread(() -> {
                while (running) {
                    peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                            Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "benchmark-heap-sampler");
            sampler.setDaemon(true);
        }

        static HeapWatch start() {
            HeapWatch w = new HeapWatch();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(w, null, null);
                }
            }
            w.sampler.start();
            return w;
        }

        @Override
        public void handleNotification(javax.management.Notification n, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) n.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(e.getKey())) {
                    used += e.getValue().getUsed();
                }
            }
            peakLive.accumulateAndGet(used, Math::max);
        }

        void stop() {
            running = false;
            sampler.interrupt();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    try {
                        emitter.removeNotificationListener(this);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // not registered on this collector
                    }
                }
            }
        }

        long peakUsed() {
            return peakUsed.get();
        }

        long peakLive() {
            return peakLive.get();
        }
    }

    /** Task count, CPU time and Spark's peak execution memory per task; task counts per stage name. */
    static final class TaskStats extends SparkListener {
        final Map<String, Long> tasksByStage = new java.util.concurrent.ConcurrentHashMap<>();
        final AtomicLong stages = new AtomicLong();

        @Override
        public void onStageCompleted(org.apache.spark.scheduler.SparkListenerStageCompleted done) {
            stages.incrementAndGet();
            String name = done.stageInfo().name();
            tasksByStage.merge(name.length() > 60 ? name.substring(0, 60) : name,
                    (long) done.stageInfo().numTasks(), Long::sum);
        }

        final AtomicLong tasks = new AtomicLong();
        final AtomicLong cpuNanos = new AtomicLong();
        final AtomicLong peakExecutionMemory = new AtomicLong();

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            tasks.incrementAndGet();
            if (end.taskMetrics() != null) {
                cpuNanos.addAndGet(end.taskMetrics().executorCpuTime());
                peakExecutionMemory.accumulateAndGet(end.taskMetrics().peakExecutionMemory(), Math::max);
            }
        }
    }
}
