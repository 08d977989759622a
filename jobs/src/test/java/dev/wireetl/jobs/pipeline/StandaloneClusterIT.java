package dev.wireetl.jobs.pipeline;

import dev.wireetl.common.config.JobConfig;
import dev.wireetl.jobs.SparkTestSession;
import dev.wireetl.jobs.TestFixtures;
import dev.wireetl.jobs.report.RunSummary;
import dev.wireetl.jobs.spark.Columns;
import dev.wireetl.jobs.table.Tables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the shaded jar on a real Spark standalone cluster and checks its tables equal a local-mode run's.
 *
 * <p>A master and two workers (1 core, 1 GiB each) start as separate JVMs on 127.0.0.1 from a Spark
 * "distribution" laid out from the jars the build already has ({@code SPARK_HOME/jars}: Spark, Scala and
 * their dependencies, not the app's code nor Spark NLP, which reach the cluster only inside the shaded jar).
 * The job is submitted the way {@code spark-submit --deploy-mode client} does it, with one executor on each
 * worker. The same input then runs in local mode in this JVM, and every table is compared row for row, so
 * nothing may depend on driver-local state or objects that do not survive serialisation.
 *
 * <p>Run by {@code mvn verify} (Failsafe, after the shaded jar is built in {@code package}); {@code mvn test}
 * leaves it out. Needs {@code wireetl.it.*} system properties, which jobs/pom.xml sets.
 */
@Tag("slow")
class StandaloneClusterIT {
    private static final Logger LOG = LoggerFactory.getLogger(StandaloneClusterIT.class);

    private static final String HOST = "127.0.0.1";
    private static final int WORKERS = 2;
    private static final Duration WORKERS_REGISTERED_WITHIN = Duration.ofSeconds(60);
    private static final Duration RUN_WITHIN = Duration.ofSeconds(240);
    private static final Duration STOP_WITHIN = Duration.ofSeconds(20);
    /**
     * Every JVM here is a short run on 2 shared cores: C1 only and the serial collector spend far less CPU on
     * JIT and GC threads (halves the test's time; no effect on results). Failsafe's argLine has the same.
     */
    private static final String LEAN_JVM = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1";
    /** Master and workers only route messages. */
    private static final String DAEMON_HEAP = "-Xmx256m";
    private static final String DRIVER_HEAP = "-Xmx1g";

    /** The fixture tree's run, as WireEtlJobTest pins it; both runs must print it. */
    private static final String EXPECTED_COUNTS = "SUCCEEDED: files_read=10 files_parsed=4 files_rejected=6"
            + " articles=4 story_rejects=0"
            + " rejects_by_reason=[BAD_DATE:1,BAD_ENCODING:1,EMPTY:1,NOT_TEXT:1,NO_BODY:1,NO_DATE:1]";

    @TempDir
    static Path tmp;

    private static final List<Process> processes = new ArrayList<>();
    private static Thread shutdownHook;
    private static Path sparkHome;
    private static Path logs;
    private static Path input;
    private static Path clusterOut;
    private static Path localOut;
    private static List<Path> workerDirs;
    private static String javaOpens;
    private static int submitExitCode;
    private static List<String> submitStdout;
    private static RunSummary localSummary;

    /** Absolute: executors run in the workers' own folders. */
    static final List<String> NLP_PATHS = List.of(
            "--set", "nlp.model-path=" + Path.of("../conf/models/ner").toAbsolutePath().normalize(),
            "--set", "nlp.gazetteer-path=" + Path.of("../conf/gazetteer").toAbsolutePath().normalize(),
            "--set", "nlp.syntax-model-path=" + Path.of("../conf/models/syntax").toAbsolutePath().normalize());

    @BeforeAll
    static void runOnClusterAndLocally() throws Exception {
        javaOpens = property("wireetl.it.javaOpens");
        Path appJar = Path.of(property("wireetl.it.appJar"));
        assertTrue(Files.isRegularFile(appJar), "shaded jar missing (run mvn verify): " + appJar);
        sparkHome = layOutSparkHome(tmp.resolve("spark-home"));
        logs = Files.createDirectories(tmp.resolve("logs"));
        input = TestFixtures.copyTree("wire-tree", tmp.resolve("input"));
        Path config = Files.writeString(tmp.resolve("empty.properties"), "# defaults only\n",
                StandardCharsets.UTF_8);
        clusterOut = tmp.resolve("cluster-out");
        localOut = tmp.resolve("local-out");

        shutdownHook = new Thread(StandaloneClusterIT::stopAll, "stop-standalone-cluster");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        long start = System.nanoTime();
        try {
            String masterUrl = startCluster();
            submitExitCode = submit(masterUrl, appJar, config);
            submitStdout = Files.readAllLines(logs.resolve("driver.out"), StandardCharsets.UTF_8);
        } finally {
            stopAll();
        }
        LOG.info("standalone cluster: started, ran the job and stopped in {} ms",
                (System.nanoTime() - start) / 1_000_000);

        List<String> localArgs = new ArrayList<>(List.of("--config", config.toString(),
                "--input", input.toString(), "--output", localOut.toString(), "--set", "job.run-id=local"));
        localArgs.addAll(NLP_PATHS);
        localSummary = WireEtlJob.run(JobConfig.load(localArgs), SparkTestSession.get());
    }

    @AfterAll
    static void stopCluster() {
        stopAll();
        if (shutdownHook != null) {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        }
    }

    @Test
    void submitSucceedsAndPrintsTheSameSummaryAsLocalMode() {
        assertEquals(0, submitExitCode, () -> "spark-submit failed; driver log:\n" + tail(logs.resolve("driver.err")));
        Pattern line = Pattern.compile(Pattern.quote("wire-etl run cluster " + EXPECTED_COUNTS)
                + " elapsed=\\d+\\.\\ds output=" + Pattern.quote(clusterOut.toString()));
        List<String> summaries = submitStdout.stream().filter(l -> l.startsWith("wire-etl run "))
                .collect(Collectors.toList());
        assertEquals(1, summaries.size(), () -> "summary lines on stdout: " + submitStdout);
        assertTrue(line.matcher(summaries.get(0)).matches(), summaries.get(0));
        assertTrue(localSummary.summaryLine().startsWith("wire-etl run local " + EXPECTED_COUNTS + " elapsed="),
                localSummary.summaryLine());
    }

    @Test
    void oneExecutorRanTasksOnEachWorkerFromTheShippedJar() throws IOException {
        for (Path workerDir : workerDirs) {
            List<Path> apps = list(workerDir, "app-");
            assertEquals(1, apps.size(), () -> "applications in " + workerDir + ": " + apps);
            List<Path> executors = list(apps.get(0), "");
            assertEquals(1, executors.size(), () -> "executors in " + apps.get(0) + ": " + executors);
            Path executor = executors.get(0);
            assertTrue(Files.isRegularFile(executor.resolve("wire-etl-jobs-" + property("wireetl.it.appVersion")
                    + "-all.jar")), () -> "shaded jar not fetched into " + executor);
            String stderr = read(executor.resolve("stderr"));
            assertTrue(stderr.contains("Running task"), () -> "no task ran in " + executor + ":\n" + stderr);
        }
        String master = read(logs.resolve("master.log"));
        assertEquals(1, count(master, "Registered app wire-etl with ID app-"), master);
    }

    /**
     * Each table, less the columns that legitimately differ between two runs (run id, wall-clock times).
     * The per-article tables' row counts depend on the model; they must be non-zero and equal.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "articles,         4,  ingested_at",
        "rejects,          6,  rejected_at",
        "processed_files,  10, processed_at",
        "entity_mentions,  -1, run_id",
        "article_entities, -1, run_id",
        "figures,          -1, run_id",
        "date_mentions,    -1, run_id",
    })
    void tableEqualsLocalModeRowForRow(String table, long rows, String timestampColumn) {
        SparkSession spark = SparkTestSession.get();
        Dataset<Row> cluster = spark.read().format("delta").load(clusterOut.resolve(table).toString());
        Dataset<Row> local = spark.read().format("delta").load(localOut.resolve(table).toString());
        assertEquals(List.of("cluster"), distinct(cluster, "run_id"));
        assertEquals(List.of("local"), distinct(local, "run_id"));
        assertEquals(Arrays.asList(local.columns()), Arrays.asList(cluster.columns()));

        Dataset<Row> c = cluster.drop("run_id", timestampColumn);
        Dataset<Row> l = local.drop("run_id", timestampColumn).select(columnsOf(c));
        assertEquals(rows < 0 ? l.count() : rows, c.count());
        assertTrue(l.count() > 0, table + " is empty");
        if (rows >= 0) {
            assertEquals(rows, l.count());
        }
        assertEquals(0, c.exceptAll(l).count(), () -> "rows only on the cluster: " + c.exceptAll(l).limit(10)
                .collectAsList());
        assertEquals(0, l.exceptAll(c).count(), () -> "rows only locally: " + l.exceptAll(c).limit(10)
                .collectAsList());
    }

    @Test
    void runsRecordTheSameCountsAndTheShadedJarsVersion() {
        SparkSession spark = SparkTestSession.get();
        Row cluster = spark.read().format("delta").load(clusterOut.resolve(Tables.RUNS).toString()).first();
        Row local = spark.read().format("delta").load(localOut.resolve(Tables.RUNS).toString()).first();
        for (String column : List.of("status", "input", "files_read", "files_parsed", "files_rejected", "articles",
                "story_rejects")) {
            assertEquals((Object) local.getAs(column), cluster.getAs(column), column);
        }
        assertEquals(input.toString(), cluster.getAs("input"));
        assertEquals(new TreeMap<>(local.<String, Long>getJavaMap(local.fieldIndex("rejects_by_reason"))),
                new TreeMap<>(cluster.<String, Long>getJavaMap(cluster.fieldIndex("rejects_by_reason"))));
        // Implementation-Version comes from the shaded jar's manifest: the cluster ran that jar's classes.
        assertEquals(property("wireetl.it.appVersion"), cluster.getAs("job_version"));
    }

    // ---- the cluster ----

    /** Starts the master and the workers; returns the master URL once every worker has registered. */
    private static String startCluster() throws IOException, InterruptedException {
        int port = freePort();
        Path masterLog = logs.resolve("master.log");
        start(masterLog, masterLog, Map.of(), DAEMON_HEAP, "org.apache.spark.deploy.master.Master",
                "--host", HOST, "--port", Integer.toString(port), "--webui-port", Integer.toString(freePort()));
        String masterUrl = "spark://" + HOST + ":" + port;
        workerDirs = new ArrayList<>();
        for (int i = 1; i <= WORKERS; i++) {
            Path workDir = Files.createDirectories(tmp.resolve("worker-" + i));
            workerDirs.add(workDir);
            Path log = logs.resolve("worker-" + i + ".log");
            start(log, log, Map.of("SPARK_WORKER_DIR", workDir.toString()), DAEMON_HEAP,
                    "org.apache.spark.deploy.worker.Worker", "--host", HOST, "--cores", "1", "--memory", "1g",
                    "--webui-port", Integer.toString(freePort()), "--work-dir", workDir.toString(), masterUrl);
        }
        long deadline = System.nanoTime() + WORKERS_REGISTERED_WITHIN.toNanos();
        while (count(read(masterLog), "Registering worker " + HOST + ":") < WORKERS) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    fail("a cluster JVM exited with " + p.exitValue() + "; logs:\n" + allLogs());
                }
            }
            if (System.nanoTime() > deadline) {
                fail("workers not registered within " + WORKERS_REGISTERED_WITHIN + "; logs:\n" + allLogs());
            }
            Thread.sleep(250);
        }
        assertEquals(WORKERS, count(read(masterLog), "Registering worker " + HOST + ":"));
        LOG.info("standalone master {} with {} workers up", masterUrl, WORKERS);
        return masterUrl;
    }

    /** {@code spark-submit --deploy-mode client}, as a JVM of its own; returns its exit code. */
    private static int submit(String masterUrl, Path appJar, Path config) throws IOException, InterruptedException {
        Process driver = start(logs.resolve("driver.out"), logs.resolve("driver.err"), Map.of(), DRIVER_HEAP,
                "org.apache.spark.deploy.SparkSubmit",
                "--master", masterUrl,
                "--deploy-mode", "client",
                "--class", "dev.wireetl.jobs.cli.WireEtl",
                "--conf", "spark.driver.host=" + HOST,
                "--conf", "spark.executor.memory=768m",
                "--conf", "spark.executor.cores=1",
                "--conf", "spark.cores.max=" + WORKERS,
                "--conf", "spark.executor.extraJavaOptions=" + javaOpens + " " + LEAN_JVM,
                // Start only once both executors are up, so that both take tasks.
                "--conf", "spark.scheduler.minRegisteredResourcesRatio=1.0",
                "--conf", "spark.scheduler.maxRegisteredResourcesWaitingTime=60s",
                "--conf", "spark.sql.shuffle.partitions=4",
                "--conf", "spark.ui.enabled=false",
                appJar.toString(),
                "--config", config.toString(),
                "--input", input.toString(),
                "--output", clusterOut.toString(),
                "--set", "job.run-id=cluster",
                "--set", "job.progress=never",
                NLP_PATHS.get(0), NLP_PATHS.get(1), NLP_PATHS.get(2), NLP_PATHS.get(3), NLP_PATHS.get(4),
                NLP_PATHS.get(5));
        if (!driver.waitFor(RUN_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
            fail("spark-submit still running after " + RUN_WITHIN + "; logs:\n" + allLogs());
        }
        LOG.info("spark-submit exited with {}", driver.exitValue());
        return driver.exitValue();
    }

    /** Starts a JVM on the Spark distribution's jars, its output in the given files. */
    private static Process start(Path stdout, Path stderr, Map<String, String> env, String heap, String mainClass,
                                 String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(heap);
        command.addAll(Arrays.asList(LEAN_JVM.split(" ")));
        command.addAll(Arrays.asList(javaOpens.trim().split("\\s+")));
        command.add("-cp");
        command.add(sparkHome.resolve("jars").resolve("*").toString());
        command.add(mainClass);
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("SPARK_") || k.startsWith("PYSPARK_")
                || k.equals("HADOOP_CONF_DIR") || k.equals("YARN_CONF_DIR"));
        environment.put("SPARK_HOME", sparkHome.toString());
        environment.put("SPARK_CONF_DIR", sparkHome.resolve("conf").toString());
        environment.put("SPARK_SCALA_VERSION", property("wireetl.it.scalaBinaryVersion"));
        environment.put("SPARK_LOCAL_IP", HOST);
        environment.putAll(env);
        if (stdout.equals(stderr)) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(stderr.toFile());
        }
        builder.redirectOutput(stdout.toFile());
        synchronized (processes) {
            Process process = builder.start();
            processes.add(process);
            LOG.info("started {} (pid {})", mainClass.substring(mainClass.lastIndexOf('.') + 1), process.pid());
            return process;
        }
    }

    /**
     * Stops every started JVM, newest first (driver, workers, master), and any executor a worker left
     * behind: SIGTERM, a bounded wait, then SIGKILL. Idempotent; also the shutdown hook.
     */
    private static void stopAll() {
        synchronized (processes) {
            for (int i = processes.size() - 1; i >= 0; i--) {
                Process p = processes.get(i);
                List<ProcessHandle> children = p.descendants().collect(Collectors.toList());
                stop(p.toHandle());
                children.forEach(StandaloneClusterIT::stop);
            }
            processes.clear();
        }
    }

    private static void stop(ProcessHandle process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException | ExecutionException e) {
            LOG.warn("pid {} did not stop within {}: killing it", process.pid(), STOP_WITHIN);
        }
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** SPARK_HOME with jars/ linking the Spark jars Maven listed (see jobs/pom.xml) and an empty conf/. */
    private static Path layOutSparkHome(Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(home.resolve("conf"));
        for (String file : property("wireetl.it.sparkClasspathFiles").split(",")) {
            String classpath = Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
            for (String jar : classpath.split(java.io.File.pathSeparator)) {
                Path source = Path.of(jar);
                Path link = jars.resolve(source.getFileName().toString());
                if (Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new IllegalStateException("two Spark jars named " + link.getFileName());
                }
                Files.createSymbolicLink(link, source);
            }
        }
        try (Stream<Path> all = Files.list(jars)) {
            long spark = all.filter(p -> p.getFileName().toString().startsWith("spark-core_")).count();
            assertEquals(1, spark, "spark-core in " + jars);
        }
        return home;
    }

    // ---- helpers ----

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run through mvn verify");
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private static List<Path> list(Path dir, String prefix) throws IOException {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static List<String> distinct(Dataset<Row> table, String column) {
        return table.select(column).distinct().collectAsList().stream().map(r -> r.getString(0))
                .collect(Collectors.toList());
    }

    private static org.apache.spark.sql.Column[] columnsOf(Dataset<Row> table) {
        return Columns.named(table.columns());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    /** A log being written may end mid-character: decode leniently. */
    private static String read(Path file) {
        try {
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path file) {
        List<String> lines = read(file).lines().collect(Collectors.toList());
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static String allLogs() {
        try (Stream<Path> files = Files.list(logs)) {
            return files.sorted().map(f -> String.format(Locale.ROOT, "--- %s\n%s", f.getFileName(), tail(f)))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(logs unreadable: " + e + ")";
        }
    }
}
