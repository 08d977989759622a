package dev.wireetl.jobs.pipeline;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.config.JobConfig;
import dev.wireetl.jobs.SparkTestSession;
import dev.wireetl.jobs.TestFixtures;
import dev.wireetl.jobs.cli.WireEtl;
import dev.wireetl.jobs.report.RunSummary;
import dev.wireetl.jobs.table.FaultInjection;
import dev.wireetl.jobs.table.OutputStore;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reruns, incremental runs, duplicates, foreign outputs and killed runs. */
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
        return spark.read().parquet(output.resolve(name).toString());
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
        spark.range(3).toDF("id").write().parquet(output.resolve("articles").toString());
        ConfigException e = assertThrows(ConfigException.class, () -> run(input, output));
        assertEquals("output table 'articles' at file:" + output.resolve("articles")
                + " has an incompatible schema (column article_id is missing); refusing to write to it: choose a"
                + " new output.path or migrate the table", e.getMessage());
    }

    @Test
    @Tag("slow")
    void aRunKilledWhilePublishingIsCompletedByTheNextRun() throws Exception {
        Path input = TestFixtures.copyTree("wire-tree", tmp.resolve("kill-in"));
        Path output = tmp.resolve("kill-out");
        run(input, output);
        long before = table(output, "articles").count();

        Path uae = input.resolve("good/2025/01/menafn-2025-01-06-uae-fund.txt");
        Files.writeString(uae, Files.readString(uae, StandardCharsets.UTF_8)
                .replace("$2.5 billion fund", "$4 billion fund"), StandardCharsets.UTF_8);

        assertEquals(137, runInChildJvm(input, output, FaultInjection.AFTER_STAGING));
        assertEquals(before, table(output, "articles").count(), "killed before publishing: nothing changed");
        assertTrue(uaeBody(output).contains("$2.5 billion fund"));

        assertEquals(137, runInChildJvm(input, output, FaultInjection.MID_PUBLISH));
        assertTrue(Files.list(output.resolve(OutputStore.PUBLISH)).findAny().isPresent(), "a publish is pending");
        assertEquals(before, table(output, "articles").count(), "published data stays readable");

        RunSummary next = run(input, output);
        assertEquals(10, next.counts().filesRead());
        Dataset<Row> articles = table(output, "articles");
        assertEquals(before, articles.count());
        assertEquals(before, articles.select("article_id").distinct().count());
        assertTrue(uaeBody(output).contains("$4 billion fund"));
        assertFalse(Files.exists(output.resolve(OutputStore.PUBLISH)));
        assertFalse(Files.exists(output.resolve(OutputStore.STAGING)));
    }

    /** Runs the job in its own JVM, halted at a fault-injection point; returns the exit code. */
    static int runInChildJvm(Path input, Path output, String haltAt) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        for (String opt : System.getProperty("wireetl.test.java-opens", "").split(" ")) {
            if (!opt.isBlank()) {
                command.add(opt);
            }
        }
        command.addAll(List.of("-D" + FaultInjection.PROPERTY + "=" + haltAt,
                "-cp", System.getProperty("java.class.path"), WireEtl.class.getName(), "run",
                "--set", "job.master=local[2]", "--set", "job.progress=never"));
        command.addAll(args(input, output));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child-" + haltAt + ".log").toFile())
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child job did not stop within 180 s; see " + tmp);
        }
        return process.exitValue();
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
        assertEquals(0, spark.read().schema(dev.wireetl.jobs.table.Tables.REJECTS_SCHEMA)
                .parquet(output.resolve("rejects").toString()).count());
    }
}
