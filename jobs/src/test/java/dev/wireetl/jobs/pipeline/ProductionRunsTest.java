package dev.wireetl.jobs.pipeline;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.config.JobConfig;
import dev.wireetl.jobs.SparkTestSession;
import dev.wireetl.jobs.TestFixtures;
import dev.wireetl.jobs.cli.WireEtl;
import dev.wireetl.jobs.report.RunSummary;
import dev.wireetl.jobs.catalog.Catalog;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.table.FaultyLogStore;
import dev.wireetl.jobs.table.OutputStore;
import dev.wireetl.jobs.table.RunLease;
import dev.wireetl.jobs.table.TableMaintenance;
import dev.wireetl.jobs.table.TableSpec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reruns, incremental runs, duplicates, foreign and legacy outputs, and the Delta commit sequence under faults:
 * killed runs, a failed commit, two runs at once, a reader during a run (real child JVMs, no mock of the store).
 */
class ProductionRunsTest {
    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path emptyConfig;

    @BeforeAll
    static void setUp() throws IOException {
        spark = SparkTestSession.get();
        emptyConfig = Files.writeString(tmp.resolve("empty.properties"), "");
    }

    static List<String> args(Path input, Path output, String... extra) {
        List<String> args = new ArrayList<>(List.of("--config", emptyConfig.toString(), "--input", input.toString(),
                "--output", output.toString()));
        args.addAll(TestFixtures.NLP_PATHS);
        args.addAll(List.of(extra));
        return args;
    }

    static RunSummary run(Path input, Path output, String... extra) {
        return WireEtlJob.run(JobConfig.load(args(input, output, extra)), spark);
    }

    static Dataset<Row> table(Path output, String name) {
        return spark.read().format("delta").load(output.resolve(name).toString());
    }

    static String uaeBody(Path output) {
        return table(output, "articles").filter("article_number = '1109055101'").first().getAs("body");
    }

    @Test
    void incrementalRunProcessesOnlyNewAndChangedFiles() throws IOException {
        Path input = TestFixtures.copyTree("wire-tree", tmp.resolve("inc-in"));
        Path output = tmp.resolve("inc-out");
        assertEquals(10, run(input, output).counts().filesRead());

        RunSummary unchanged = run(input, output, "--mode", "incremental");
        assertEquals(0, unchanged.counts().filesRead());
        assertEquals(4, table(output, "articles").count());

        Path uae = input.resolve("good/2025/01/menafn-2025-01-06-uae-fund.txt");
        Files.writeString(uae, Files.readString(uae, StandardCharsets.UTF_8)
                .replace("$2.5 billion fund", "$3 billion fund"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(uae, FileTime.from(Instant.now().plusSeconds(60)));
        Files.writeString(input.resolve("good/new.txt"), " date 2025-01-08 (MENAFN) Oman opened a new port.\n\n"
                + "MENAFN08012025000045015687ID1109999001", StandardCharsets.UTF_8);

        RunSummary incremental = run(input, output, "--mode", "incremental");
        assertEquals(2, incremental.counts().filesRead());
        assertEquals(2, incremental.counts().articles());
        Dataset<Row> articles = table(output, "articles");
        assertEquals(5, articles.count());
        assertEquals(5, articles.select("article_id").distinct().count());
        assertTrue(uaeBody(output).contains("$3 billion fund"), uaeBody(output));
        assertEquals(11, table(output, "processed_files").count());
        assertEquals(6, table(output, "rejects").count());
    }

    @Test
    void theSameStoryTwiceIsOneArticleAndOneDuplicateReject() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("dup-in"));
        Path seed = TestFixtures.copyTree("wire-tree/good", tmp.resolve("dup-src")).resolve("menafn-2025-01-07-blinken.txt");
        Files.copy(seed, input.resolve("a.txt"));
        Files.copy(seed, input.resolve("b.txt"));
        Path output = tmp.resolve("dup-out");

        RunSummary summary = run(input, output);
        assertEquals(2, summary.counts().filesRead());
        assertEquals(1, summary.counts().articles());
        assertEquals(1, summary.counts().duplicates());
        assertEquals(1, table(output, "articles").count());
        Row reject = table(output, "rejects").first();
        assertEquals("DUPLICATE", reject.getAs("reason"));
        assertEquals("duplicate of article MENAFN07012025000045015687ID1109062432: same article_id as the story"
                + " read from " + new org.apache.hadoop.fs.Path(input.resolve("a.txt").toUri()), reject.getAs("message"));
        assertTrue(((String) reject.getAs("source_path")).endsWith("/b.txt"));

        // A third copy arriving later is a duplicate of the published article.
        Path later = Files.createDirectories(tmp.resolve("dup-later"));
        Files.copy(seed, later.resolve("c.txt"));
        RunSummary again = run(later, output);
        assertEquals(1, again.counts().duplicates());
        assertEquals(1, table(output, "articles").count());
    }

    @Test
    void aSymbolicLinkCycleAndANestedFolderNamedLikeAFileAreHandled() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("links-in/a/b/c/d/e/f/g/h/story.txt"));
        Path seed = TestFixtures.copyTree("wire-tree/good", tmp.resolve("links-src")).resolve("menafn-2025-01-07-blinken.txt");
        Files.copy(seed, input.resolve("seed.txt"));
        Files.createSymbolicLink(tmp.resolve("links-in/a/b/loop"), tmp.resolve("links-in/a"));
        Path output = tmp.resolve("links-out");

        RunSummary summary = run(tmp.resolve("links-in"), output);
        assertEquals(2, summary.counts().filesRead());
        assertEquals(1, summary.counts().articles());
        Row reject = table(output, "rejects").first();
        assertEquals("LINK_LOOP", reject.getAs("reason"));
        assertTrue(((String) reject.getAs("source_path")).endsWith("/a/b/loop"), (String) reject.getAs("source_path"));
        assertEquals("symbolic link leads back into a folder being listed; not followed", reject.getAs("message"));
    }

    @Test
    void anOutputWithAForeignSchemaIsRefused() {
        Path input = TestFixtures.copyTree("wire-tree", tmp.resolve("foreign-in"));
        Path output = tmp.resolve("foreign-out");
        spark.range(3).toDF("id").write().format("delta").save(output.resolve("articles").toString());
        ConfigException e = assertThrows(ConfigException.class, () -> run(input, output));
        assertEquals("output table 'articles' at file:" + output.resolve("articles")
                + " has an incompatible schema (column article_id is missing); refusing to write to it: choose a"
                + " new output.path or migrate the table", e.getMessage());
    }

    @Test
    void anOutputOfThePreviousLayoutIsRefusedUntilMigrated() {
        Path input = TestFixtures.copyTree("wire-tree", tmp.resolve("legacy-in"));
        Path output = tmp.resolve("legacy-out");
        run(input, output);
        long articles = table(output, "articles").count();
        // The previous layout: the same tables as plain Parquet folders, runs without table_versions.
        Path legacy = tmp.resolve("legacy-parquet");
        for (TableSpec spec : written(output)) {
            Dataset<Row> rows = table(output, spec.name());
            if (spec == TableSpec.RUNS) {
                rows = rows.drop("table_versions");
            }
            var writer = rows.write().mode(SaveMode.Overwrite);
            (spec.partitioned() ? writer.partitionBy(spec.partitionColumn()) : writer)
                    .parquet(legacy.resolve(spec.name()).toString());
        }
        ConfigException e = assertThrows(ConfigException.class, () -> run(input, legacy));
        assertEquals("output table 'articles' at file:" + legacy.resolve("articles") + " is not a Delta table (an"
                + " output of the previous layout?); convert the output with 'wire-etl migrate --output file:"
                + legacy + "' or choose a new output.path", e.getMessage());

        OutputStore store = new OutputStore(legacy.toString(), spark.sparkContext().hadoopConfiguration());
        List<String> lines = TableMaintenance.migrate(spark, store);
        assertEquals("articles: converted to Delta", lines.get(0));
        assertTrue(lines.contains("figures_daily: converted to Delta"), lines.toString());
        assertTrue(lines.contains("runs: added column table_versions"), lines.toString());
        assertEquals(articles, table(legacy, "articles").count());
        RunSummary incremental = run(input, legacy, "--mode", "incremental");
        assertEquals(0, incremental.counts().filesRead(), "the migrated ledger is read");
        assertEquals(articles, table(legacy, "articles").count());

        scala.Option<String> listing = spark.conf().getOption("spark.sql.sources.parallelPartitionDiscovery.parallelism");
        List<String> maintained = TableMaintenance.maintain(spark, store, 168);
        assertEquals(listing, spark.conf().getOption("spark.sql.sources.parallelPartitionDiscovery.parallelism"),
                "VACUUM's listing parallelism is set for the call only");
        assertEquals(written(legacy).size(), maintained.size());
        assertTrue(maintained.get(0).startsWith("articles: files "), maintained.get(0));
        assertEquals(articles, table(legacy, "articles").count());
    }

    @Test
    void sqlIsReadOnlyAndReadsTheVersionsOfARun() {
        Path input = TestFixtures.copyTree("wire-tree", tmp.resolve("sql-in"));
        Path output = tmp.resolve("sql-out");
        RunSummary first = run(input, output, "--set", "job.run-id=sql-1");
        OutputStore store = new OutputStore(output.toString(), spark.sparkContext().hadoopConfiguration());
        Map<String, Long> versions = Catalog.runVersions(spark, store, "sql-1");
        assertEquals(written(output).size() - 1, versions.size(), versions.toString());
        assertEquals(0L, versions.get("articles"));
        run(input, output, "--set", "job.run-id=sql-2");
        assertEquals(1L, Catalog.runVersions(spark, store, "sql-2").get("articles"));
        assertEquals(1L, Catalog.runVersions(spark, store, null).get("articles"), "latest run");
        assertEquals(first.counts().articles(), store.read(spark, "articles", versions.get("articles")).count());

        assertEquals("sql is read-only: 'DELETE FROM articles' (DeleteFromTable) would change the catalog or the"
                + " data; pass --allow-writes to run it", assertThrows(ConfigException.class,
                () -> Catalog.checkReadOnly(spark, " DELETE FROM articles")).getMessage());
        for (String write : List.of("INSERT INTO articles SELECT * FROM articles", "DROP TABLE articles",
                "CREATE TABLE t AS SELECT 1", "OPTIMIZE delta.`/x`", "VACUUM delta.`/x`")) {
            assertThrows(ConfigException.class, () -> Catalog.checkReadOnly(spark, write), write);
        }
        for (String read : List.of("SELECT 1", "WITH a AS (SELECT 1) SELECT * FROM a", "SHOW TABLES",
                "DESCRIBE articles", "EXPLAIN SELECT 1")) {
            Catalog.checkReadOnly(spark, read);
        }
        assertEquals("no run nope in file:" + output.resolve("runs"), assertThrows(ConfigException.class,
                () -> Catalog.runVersions(spark, store, "nope")).getMessage());
    }

    /**
     * The commit-sequence tests share one input folder (so that every output's {@code source_path}s agree): an
     * earlier state of it run into {@code old-state}, then the changed input run cleanly into
     * {@code clean}; each test starts from a copy of {@code old-state}.
     */
    static final class Sequence {
        static Path input;
        static Path oldState;
        static Path clean;

        static synchronized void prepare() throws IOException {
            if (input != null) {
                return;
            }
            Path in = TestFixtures.copyTree("wire-tree", tmp.resolve("seq-in"));
            oldState = tmp.resolve("seq-old-state");
            run(in, oldState);
            Path uae = in.resolve("good/2025/01/menafn-2025-01-06-uae-fund.txt");
            Files.writeString(uae, Files.readString(uae, StandardCharsets.UTF_8)
                    .replace("$2.5 billion fund", "$4 billion fund"), StandardCharsets.UTF_8);
            Files.writeString(in.resolve("good/new.txt"), " date 2025-01-08 (MENAFN) Oman opened a new port in"
                    + " Duqm.\n\nMENAFN08012025000045015687ID1109999001", StandardCharsets.UTF_8);
            clean = tmp.resolve("seq-clean");
            run(in, clean);
            input = in;
        }

        static Path copyOfOldState(String name) throws IOException {
            prepare();
            Path target = tmp.resolve(name);
            try (Stream<Path> paths = Files.walk(oldState)) {
                for (Path p : (Iterable<Path>) paths::iterator) {
                    Path dest = target.resolve(oldState.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(p, dest);
                    }
                }
            }
            return target;
        }
    }

    /** Columns that differ between runs of the same input by nature. */
    static final List<String> RUN_COLUMNS = List.of("run_id", "ingested_at", "rejected_at", "processed_at");

    /** Every table but {@code runs} holds the same rows in both outputs (run ids and timestamps aside). */
    static void assertSameTables(Path expected, Path actual) {
        assertEquals(written(expected), written(actual), "tables");
        for (TableSpec spec : written(expected)) {
            if (spec == TableSpec.RUNS) {
                continue;
            }
            assertEquals(sortedRows(table(expected, spec.name())), sortedRows(table(actual, spec.name())),
                    spec.name());
        }
    }

    /**
     * A fixture output's rows, run columns dropped, as sorted strings: one job a table where a count and two
     * {@code exceptAll} shuffles took three (the tables hold tens of rows; no compared table has a map column).
     */
    static List<String> sortedRows(Dataset<Row> rows) {
        return comparable(rows).collectAsList().stream().map(Row::toString).sorted().toList();
    }

    /** The tables an output holds: all but the optional ones it was not asked for. */
    static List<TableSpec> written(Path output) {
        return TableSpec.ALL.stream().filter(s -> !s.optional() || Files.isDirectory(output.resolve(s.name())))
                .toList();
    }

    static Dataset<Row> comparable(Dataset<Row> rows) {
        return rows.drop(RUN_COLUMNS.toArray(new String[0]));
    }

    @Test
    @Tag("slow")
    void aRunKilledAnywhereInTheCommitSequenceIsCompletedByTheNextRun() throws Exception {
        Sequence.prepare();
        // mid-commit of a table (its files written, no commit); between tables; after the last table, before runs
        for (String[] fault : new String[][] {{"halt-before", "articles"}, {"halt-after", "article_entities"},
                {"halt-before", "runs"}}) {
            String name = "kill-" + fault[0] + "-" + fault[1];
            Path output = Sequence.copyOfOldState(name);
            assertEquals(FaultyLogStore.HALTED, childRun(name, Sequence.input, output, fault[0], fault[1]).waitFor());
            assertFalse(table(output, "runs").filter("run_id = 'child-" + name + "'").count() > 0, name);
            RunSummary next = run(Sequence.input, output);
            assertEquals(11, next.counts().filesRead(), name);
            assertSameTables(Sequence.clean, output);
            assertTrue(uaeBody(output).contains("$4 billion fund"), name);
        }
    }

    @Test
    @Tag("slow")
    void aFailedCommitExitsThreeLeavesThePublishedTablesAsTheyWereAndARerunSucceeds() throws Exception {
        Path output = Sequence.copyOfOldState("fail-commit");
        // figures_daily commits after the detail tables: those the run had committed are restored.
        Process child = childRun("fail-commit", Sequence.input, output, "fail", "figures_daily");
        assertEquals(3, child.waitFor());
        assertTrue(Files.readString(tmp.resolve("child-fail-commit.log"), StandardCharsets.UTF_8)
                .contains("injected commit failure at"), "the failure is reported");
        assertSameTables(Sequence.oldState, output);
        assertEquals(1, table(output, "runs").count());
        assertFalse(Files.exists(output.resolve(RunLease.NAME)), "the lease is released");

        run(Sequence.input, output);
        assertSameTables(Sequence.clean, output);
    }

    @Test
    @Tag("slow")
    void twoRunsStartedTogetherOnOneOutputOneRunsOneIsRefused() throws Exception {
        Path output = Sequence.copyOfOldState("together");
        Process a = childRun("together-a", Sequence.input, output, "", "");
        Process b = childRun("together-b", Sequence.input, output, "", "");
        List<Integer> codes = new ArrayList<>(List.of(a.waitFor(), b.waitFor()));
        String refused = codes.get(0) == ExitCode.LOCKED ? "together-a" : "together-b";
        codes.sort(null);
        assertEquals(List.of(ExitCode.OK, ExitCode.LOCKED), codes);
        String log = Files.readString(tmp.resolve("child-" + refused + ".log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("wire-etl run: output file:" + output + " is in use by run child-together-"), log);
        assertTrue(log.contains("; one run at a time per output"), log);
        assertSameTables(Sequence.clean, output);
        assertEquals(2, table(output, "runs").count(), "the old state's run and the one that ran");
    }

    @Test
    void aReaderDuringARunSeesEachTableAtTheOldOrTheNewVersionNeverAMix() throws Exception {
        Path output = Sequence.copyOfOldState("reader");
        List<String> tables = List.of("articles", "entity_daily");
        Map<String, Map<Object, Long>> old = new java.util.HashMap<>();
        for (String t : tables) {
            old.put(t, countsPerPartition(output, t));
        }
        List<Map<String, Map<Object, Long>>> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                Map<String, Map<Object, Long>> view = new java.util.HashMap<>();
                for (String t : tables) {
                    view.put(t, countsPerPartition(output, t));
                }
                seen.add(view);
            }
        });
        reader.start();
        try {
            run(Sequence.input, output);
        } finally {
            done.set(true);
            reader.join();
        }
        assertTrue(seen.size() >= 2, "the reader read during the run: " + seen.size());
        for (String t : tables) {
            Map<Object, Long> now = countsPerPartition(output, t);
            assertFalse(now.equals(old.get(t)), t + " changed");
            for (Map<String, Map<Object, Long>> view : seen) {
                assertTrue(view.get(t).equals(old.get(t)) || view.get(t).equals(now), t + ": " + view.get(t));
            }
        }
    }

    /** Rows per partition value of a table's latest version. */
    static Map<Object, Long> countsPerPartition(Path output, String table) {
        String column = TableSpec.ALL.stream().filter(s -> s.name().equals(table)).findFirst().orElseThrow()
                .partitionColumn();
        Map<Object, Long> counts = new java.util.TreeMap<>(java.util.Comparator.comparing(String::valueOf));
        for (Row r : table(output, table).groupBy(column).count().collectAsList()) {
            counts.put(r.get(0), r.getLong(1));
        }
        return counts;
    }

    /**
     * Starts {@code wire-etl run} in its own JVM, with Delta's LogStore replaced by {@link FaultyLogStore} set to
     * {@code mode} at {@code table}'s commit ({@code ""}: no fault); its output goes to {@code child-NAME.log}.
     */
    static Process childRun(String name, Path input, Path output, String mode, String table) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1"));
        for (String opt : System.getProperty("wireetl.test.java-opens", "").split(" ")) {
            if (!opt.isBlank()) {
                command.add(opt);
            }
        }
        command.addAll(List.of("-D" + FaultyLogStore.MODE + "=" + mode, "-D" + FaultyLogStore.TABLE + "=" + table,
                "-cp", System.getProperty("java.class.path"), WireEtl.class.getName(), "run",
                "--set", "job.master=local[2]", "--set", "job.progress=never", "--set", "job.run-id=child-" + name,
                "--set", "spark.delta.logStore.file.impl=" + FaultyLogStore.class.getName()));
        command.addAll(args(input, output));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child-" + name + ".log").toFile())
                .start();
    }


    @Test
    void incrementalRunSkipsUploadsInFlightAndSeesASameSizeSameTimeRewrite() throws Exception {
        Path input = TestFixtures.copyTree("wire-tree/good", tmp.resolve("hash-in"));
        Path output = tmp.resolve("hash-out");
        long listed = run(input, output).counts().filesRead();
        for (String name : List.of("late.txt._COPYING_", "late.txt.filepart", "late.tmp", ".late.txt.Ab12Cd", "_SUCCESS")) {
            Files.writeString(input.resolve(name), " date 2025-01-08 (MENAFN) Oman opened a port.\n", StandardCharsets.UTF_8);
        }
        assertEquals(0, run(input, output, "--mode", "incremental").counts().filesRead());

        Path uae = input.resolve("2025/01/menafn-2025-01-06-uae-fund.txt");
        FileTime mtime = Files.getLastModifiedTime(uae);
        byte[] rewritten = Files.readString(uae, StandardCharsets.UTF_8).replace("$2.5 billion fund", "$2.6 billion fund")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(Files.size(uae), rewritten.length);
        Files.write(uae, rewritten);
        Files.setLastModifiedTime(uae, mtime);
        RunSummary rewrite = run(input, output, "--mode", "incremental");
        assertEquals(1, rewrite.counts().filesRead());
        assertTrue(uaeBody(output).contains("$2.6 billion fund"), uaeBody(output));
        Row ledger = table(output, "processed_files").filter(org.apache.spark.sql.functions.col("source_path")
                .endsWith("/menafn-2025-01-06-uae-fund.txt")).first();
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(rewritten)),
                ledger.getAs("content_hash"));
        assertEquals(listed, table(output, "processed_files").count());
        // a full run reads the in-flight files too
        assertEquals(listed + 5, run(input, output).counts().filesRead());
    }

    @Test
    void aReDeliveredOriginalRereadsItsDuplicatesSoNoneIsLeftPointingAtNothing() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("orphan-in"));
        Path seed = TestFixtures.copyTree("wire-tree/good", tmp.resolve("orphan-src")).resolve("menafn-2025-01-07-blinken.txt");
        Files.copy(seed, input.resolve("a.txt"));
        Files.copy(seed, input.resolve("b.txt"));
        Files.writeString(input.resolve("c.txt"), " date 2025-01-08 (MENAFN) Oman opened a new port.\n\n"
                + "MENAFN08012025000045015687ID1109999001", StandardCharsets.UTF_8);
        Path output = tmp.resolve("orphan-out");
        run(input, output);
        Row duplicate = table(output, "rejects").first();
        assertEquals("DUPLICATE", duplicate.getAs("reason"));
        assertEquals("MENAFN07012025000045015687ID1109062432", duplicate.getAs("duplicate_of"));

        // The original comes again with another story: b's story is no longer published from a, so b is read again.
        Files.writeString(input.resolve("a.txt"), " date 2025-01-09 (MENAFN) Qatar opened a new airport terminal.\n\n"
                + "MENAFN09012025000045015687ID1109999002", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(input.resolve("a.txt"), FileTime.from(Instant.now().plusSeconds(60)));
        RunSummary redelivered = run(input, output, "--mode", "incremental");
        assertEquals(2, redelivered.counts().filesRead());
        assertEquals(0, redelivered.counts().duplicates());
        Dataset<Row> articles = table(output, "articles");
        assertEquals(List.of("MENAFN07012025000045015687ID1109062432", "MENAFN08012025000045015687ID1109999001",
                "MENAFN09012025000045015687ID1109999002"), articles.orderBy("article_id").select("article_id")
                .as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
        assertTrue(((String) articles.filter("article_id = 'MENAFN07012025000045015687ID1109062432'").first()
                .getAs("source_path")).endsWith("/b.txt"));
        assertEquals(List.of(), table(output, "rejects").collectAsList());
    }
}
