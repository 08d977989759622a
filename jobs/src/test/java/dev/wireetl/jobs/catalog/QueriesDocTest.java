package dev.wireetl.jobs.catalog;

import dev.wireetl.common.catalog.DuckDbCatalog;
import dev.wireetl.common.config.JobConfig;
import dev.wireetl.jobs.SparkTestSession;
import dev.wireetl.jobs.pipeline.WireEtlJob;
import dev.wireetl.jobs.report.RunReportStep;
import dev.wireetl.jobs.report.RunSummary;
import dev.wireetl.jobs.table.Tables;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every query of docs/queries.md on the sample run's output: the Spark block with Spark against the
 * tables {@link Catalog#register} registered, the DuckDB block with DuckDB after {@code _catalog/duckdb.sql};
 * both must succeed, return rows, and return the same number of rows. Also checks the catalog and the run
 * report written for that run.
 */
class QueriesDocTest {
    static final Path QUERIES = Path.of("../docs/queries.md");
    static final String RUN_ID = "queries-doc";
    private static final Pattern QUERY = Pattern.compile(
            "^### (Q\\d+)\\. (.+?)$.*?^```sql spark\\n(.*?)^```\\s*^```sql duckdb\\n(.*?)^```",
            Pattern.MULTILINE | Pattern.DOTALL);
    @TempDir
    static Path tmp;
    static Path output;
    static SparkSession spark;
    static RunSummary summary;

    record Query(String id, String question, String spark, String duckdb) {
    }

    @BeforeAll
    static void runSampleJob() {
        spark = SparkTestSession.get();
        output = tmp.resolve("output");
        summary = WireEtlJob.run(JobConfig.load(List.of("--config", "/dev/null", "--input", "../sample-input",
                "--output", output.toString(), "--set", "job.run-id=" + RUN_ID,
                "--set", "nlp.model-path=../conf/models/ner", "--set", "nlp.gazetteer-path=../conf/gazetteer",
                "--set", "nlp.syntax-model-path=../conf/models/syntax")), spark);
        Catalog.writeDuckDbCatalog(spark, output.toString());
        Catalog.register(spark, output.toString(), "default");
    }

    static List<Query> queries() throws IOException {
        String text = Files.readString(QUERIES, StandardCharsets.UTF_8);
        List<Query> out = new ArrayList<>();
        Matcher m = QUERY.matcher(text);
        while (m.find()) {
            out.add(new Query(m.group(1), m.group(2), m.group(3).strip(), m.group(4).strip()));
        }
        return out;
    }

    @Test
    void theDocHasADozenQuestionsEachInBothDialects() throws IOException {
        List<Query> queries = queries();
        assertTrue(queries.size() >= 12, "queries found: " + queries.size());
        assertEquals(queries.size(), Files.readString(QUERIES, StandardCharsets.UTF_8).split("\n### Q", -1).length - 1,
                "every ### Q heading has a spark and a duckdb block");
        for (int i = 0; i < queries.size(); i++) {
            assertEquals("Q" + (i + 1), queries.get(i).id());
        }
    }

    @TestFactory
    List<DynamicTest> everyQueryRunsInBothEnginesWithTheSameRowCount() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Query q : queries()) {
            tests.add(DynamicTest.dynamicTest(q.id() + " " + q.question(), () -> {
                long sparkRows = spark.sql(q.spark()).collectAsList().size();
                long duckRows = duckDbRows(q.duckdb());
                assertTrue(sparkRows > 0, q.id() + " returns rows on the sample output");
                assertEquals(sparkRows, duckRows, q.id() + ": Spark and DuckDB row counts");
            }));
        }
        return tests;
    }

    static long duckDbRows(String sql) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            for (String statement : catalogStatements()) {
                s.execute(statement);
            }
            long n = 0;
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    /** The statements of {@code _catalog/duckdb.sql}, as {@code .read} runs them. */
    static List<String> catalogStatements() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(output.resolve(DuckDbCatalog.PATH), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("--")) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void catalogListsEveryTableAndRegistrationIsRepeatable() throws IOException {
        assertEquals(13, catalogStatements().size());
        assertEquals(List.of(Tables.ARTICLES, Tables.REJECTS, Tables.RUNS, Tables.PROCESSED_FILES,
                        Tables.ENTITY_MENTIONS, Tables.ARTICLE_ENTITIES, Tables.FIGURES, Tables.DATE_MENTIONS,
                        Tables.ENTITY_DAILY, Tables.ENTITY_PAIRS_DAILY, Tables.FIGURES_DAILY, Tables.QUOTATIONS,
                        Tables.ARTICLE_TONE),
                Catalog.register(spark, output.toString(), "default"));
        assertEquals(summary.counts().articles(), spark.sql("SELECT count(*) FROM articles").first().getLong(0));
        assertEquals(10, spark.sql("SELECT DISTINCT pub_date FROM articles").count());
        assertEquals(summary.counts().articles(), spark.table("articles").count());
    }

    @Test
    void theRunReportIsWrittenBesideTheOutput() throws IOException {
        Path report = output.resolve(RunReportStep.REPORTS).resolve(RUN_ID + ".html");
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertEquals(html, Files.readString(output.resolve(RunReportStep.REPORTS).resolve(RunReportStep.LATEST),
                StandardCharsets.UTF_8));
        assertTrue(html.contains("<title>wire-etl run queries-doc</title>"));
        assertTrue(html.contains("<div class=\"card \"><div class=\"v\">" + summary.counts().articles()
                + "</div><div class=\"l\">articles</div></div>"));
        assertTrue(html.contains("impossible-date.txt</span>: header date &#39;2025-02-30&#39; is not a real"
                + " calendar date (expected YYYY-MM-DD)</li>"), "reject examples, escaped");
        assertTrue(html.contains("<title>2025-01-07: 4</title>"), "articles per day");
        assertTrue(html.contains("<title>parseStories: "), "stage timings");
        assertTrue(html.contains("<title>Antony Blinken: 8</title>"), "top speakers: the seed's eight clauses");
    }
}
