package dev.wireetl.jobs.pipeline;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.config.JobConfig;
import dev.wireetl.jobs.SparkTestSession;
import dev.wireetl.jobs.TestFixtures;
import dev.wireetl.jobs.report.RunSummary;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WireEtlJobTest {
    @TempDir
    static Path tmp;
    static Path input;
    static SparkSession spark;

    @BeforeAll
    static void setUp() {
        spark = SparkTestSession.get();
        input = TestFixtures.copyTree("wire-tree", tmp.resolve("input"));
    }

    static JobConfig config(Path output, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--config", fixtureConfig().toString(),
                "--input", input.toString(), "--output", output.toString(), "--set", "job.run-id=test-run"));
        args.addAll(TestFixtures.NLP_PATHS);
        args.addAll(List.of(extra));
        return JobConfig.load(args);
    }

    static Path fixtureConfig() {
        try {
            Path file = tmp.resolve("empty.properties");
            if (!Files.exists(file)) {
                Files.writeString(file, "# defaults only\n");
            }
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyFileIsAccountedForAndTheSeedRowIsExact() {
        Path output = tmp.resolve("out-accounting");
        RunSummary summary = WireEtlJob.run(config(output), spark);

        assertEquals(10, summary.counts().filesRead());
        assertEquals(4, summary.counts().filesParsed());
        assertEquals(6, summary.counts().filesRejected());
        assertEquals(4, summary.counts().articles());
        assertEquals(Map.of("BAD_DATE", 1L, "BAD_ENCODING", 1L, "EMPTY", 1L, "NOT_TEXT", 1L, "NO_BODY", 1L,
                "NO_DATE", 1L), summary.counts().rejectsByReason());

        Dataset<Row> articles = spark.read().format("delta").load(output.resolve("articles").toString());
        Row seed = articles.filter("article_number = '1109062432'").first();
        assertEquals(LocalDate.of(2025, 1, 7), seed.getAs("published_date"));
        assertEquals(LocalDate.of(2025, 1, 7), seed.getAs("pub_date"));
        assertEquals("MENAFN", seed.getAs("source"));
        assertEquals("000045015687", seed.getAs("provider_code"));
        assertEquals("MENAFN07012025000045015687ID1109062432", seed.getAs("article_id"));
        assertEquals(4, (int) seed.getAs("paragraph_count"));
        assertEquals(293, (int) seed.getAs("word_count"));
        assertEquals("menafn", seed.getAs("format"));
        assertEquals("test-run", seed.getAs("run_id"));

        Dataset<Row> seedMentions = spark.read().format("delta").load(output.resolve("entity_mentions").toString())
                .filter("article_id = 'MENAFN07012025000045015687ID1109062432'").orderBy("begin");
        assertEquals(34, seedMentions.count());
        Row first = seedMentions.first();
        assertEquals("U.S.", first.getAs("text"));
        assertEquals("United States", first.getAs("canonical"));
        assertEquals("US", first.getAs("country_code"));
        assertEquals(0, (int) first.getAs("begin"));
        assertEquals(4, (int) first.getAs("end"));
        Dataset<Row> seedFigures = spark.read().format("delta").load(output.resolve("figures").toString())
                .filter("article_id = 'MENAFN07012025000045015687ID1109062432'").orderBy("begin");
        assertEquals(List.of("79 out of 128", "12", "three"),
                seedFigures.select("text").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
        Row drones = seedFigures.first();
        assertEquals(128.0, (double) drones.getAs("total"));
        assertEquals("drones", drones.getAs("object"));
        assertEquals("Russian drones", drones.getAs("object_phrase"));
        assertEquals("NORP", drones.getAs("entity_type"));
        assertEquals("norp:ru:russian", drones.getAs("entity_key"));
        assertEquals(List.of("2025-01-06", "2022-02", "P2W"), spark.read().format("delta").load(output.resolve("date_mentions")
                .toString()).filter("article_id = 'MENAFN07012025000045015687ID1109062432'").orderBy("begin")
                .select("resolved").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());

        Row mismatch = articles.filter("article_number = '1109116001'").first();
        assertEquals(List.of("DATE_MISMATCH"), mismatch.getList(mismatch.fieldIndex("flags")));

        Map<String, String> reasonByFile = new TreeMap<>();
        for (Row r : spark.read().format("delta").load(output.resolve("rejects").toString()).collectAsList()) {
            String path = r.getAs("source_path");
            reasonByFile.put(path.substring(path.lastIndexOf('/') + 1), r.getAs("reason"));
        }
        assertEquals(Map.of("binary.txt", "NOT_TEXT", "empty.txt", "EMPTY", "impossible-date.txt", "BAD_DATE",
                "latin1-control-bytes.txt", "BAD_ENCODING", "no-body.txt", "NO_BODY",
                "no-date-line.txt", "NO_DATE"), reasonByFile);
    }

    @Test
    void writesHivePartitionFoldersPerPublicationDate() throws IOException {
        Path output = tmp.resolve("out-partitions");
        WireEtlJob.run(config(output), spark);
        try (Stream<Path> dirs = Files.list(output.resolve("articles"))) {
            List<String> partitions = dirs.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("pub_date=")).sorted().collect(Collectors.toList());
            assertEquals(List.of("pub_date=2025-01-06", "pub_date=2025-01-07", "pub_date=2025-01-09",
                    "pub_date=2025-02-05"), partitions);
        }
        assertEquals(1, spark.read().format("delta").load(output.resolve("runs").toString()).count());
    }

    @Test
    void rerunReplacesItsPartitionsInsteadOfAppending() {
        Path output = tmp.resolve("out-rerun");
        WireEtlJob.run(config(output), spark);
        WireEtlJob.run(config(output), spark);
        Dataset<Row> articles = spark.read().format("delta").load(output.resolve("articles").toString());
        assertEquals(4, articles.count());
        assertEquals(4, articles.select("article_id").distinct().count());
        assertEquals(6, spark.read().format("delta").load(output.resolve("rejects").toString()).count());
        assertEquals(2, spark.read().format("delta").load(output.resolve("runs").toString()).count());
        // One Delta commit per table per run: versions 0 and 1.
        dev.wireetl.jobs.table.OutputStore store = new dev.wireetl.jobs.table.OutputStore(output.toString(),
                spark.sparkContext().hadoopConfiguration());
        for (String table : List.of("articles", "rejects", "entity_mentions", "figures_daily", "processed_files",
                "runs")) {
            assertEquals(1L, store.version(table), table);
        }
    }

    @Test
    void rerunOverOtherInputLeavesOtherDatesUntouched() throws IOException {
        Path output = tmp.resolve("out-other-dates");
        WireEtlJob.run(config(output), spark);
        Path oneFile = tmp.resolve("input-one");
        Files.createDirectories(oneFile);
        Files.copy(input.resolve("good/menafn-2025-01-07-blinken.txt"), oneFile.resolve("seed.txt"));
        WireEtlJob.run(config(output, "--input", oneFile.toString()), spark);
        Dataset<Row> articles = spark.read().format("delta").load(output.resolve("articles").toString());
        assertEquals(4, articles.count());
        assertEquals(1, articles.filter("pub_date = DATE'2025-01-07'").count());
    }

    @Test
    void globSelectsFilesByName() {
        Path output = tmp.resolve("out-glob");
        RunSummary summary = WireEtlJob.run(config(output, "--set", "input.glob=menafn-*.txt"), spark);
        assertEquals(4, summary.counts().filesRead());
        assertEquals(0, summary.counts().filesRejected());
    }

    @Test
    void missingInputFailsBeforeSparkWithTheKeyNamed() {
        JobConfig config = config(tmp.resolve("out-missing"), "--input", tmp.resolve("nope").toString());
        ConfigException e = assertThrows(ConfigException.class,
                () -> WireEtlJob.checkPaths(config, new Configuration()));
        assertEquals("input.path '" + tmp.resolve("nope") + "' does not exist", e.getMessage());
    }

    @Test
    void outputInsideInputIsRefused() {
        JobConfig config = config(input.resolve("output"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> WireEtlJob.checkPaths(config, new Configuration()));
        assertTrue(e.getMessage().endsWith("': the next run would read its own output"), e.getMessage());
    }

    @Test
    void overlapIsComparedOnRealPaths() throws java.io.IOException {
        Path link = tmp.resolve("input-link");
        java.nio.file.Files.createSymbolicLink(link, input);
        ConfigException e = assertThrows(ConfigException.class,
                () -> WireEtlJob.checkPaths(config(link.resolve("new/output")), new Configuration()));
        assertEquals("output.path '" + link.resolve("new/output") + "' is inside input.path '" + input
                + "': the next run would read its own output", e.getMessage());
        Path dotted = tmp.resolve("elsewhere/../" + input.getFileName() + "/out");
        assertThrows(ConfigException.class, () -> WireEtlJob.checkPaths(config(dotted), new Configuration()));
        JobConfig inside = config(tmp, "--input", input.toString());
        assertEquals("input.path '" + input + "' is inside output.path '" + tmp
                + "': the run would read its own tables", assertThrows(ConfigException.class,
                () -> WireEtlJob.checkPaths(inside, new Configuration())).getMessage());
        WireEtlJob.checkPaths(config(tmp.resolve("sibling-out")), new Configuration());
    }
}
