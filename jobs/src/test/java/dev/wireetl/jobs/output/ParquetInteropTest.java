package dev.wireetl.jobs.output;

import dev.wireetl.common.config.JobConfig;
import dev.wireetl.jobs.SparkTestSession;
import dev.wireetl.jobs.TestFixtures;
import dev.wireetl.jobs.pipeline.WireEtlJob;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wireetl.common.catalog.DuckDbCatalog;

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

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The written Parquet read by an independent reader (DuckDB, through {@code _catalog/duckdb.sql}'s file lists,
 * without its Delta extension) gives the same rows as Spark reading the Delta tables.
 */
class ParquetInteropTest {
    @TempDir
    static Path tmp;
    static Path output;
    static SparkSession spark;

    @BeforeAll
    static void runJob() {
        spark = SparkTestSession.get();
        Path input = TestFixtures.copyTree("wire-tree", tmp.resolve("input"));
        output = tmp.resolve("output");
        List<String> args = new java.util.ArrayList<>(List.of("--config", "/dev/null", "--input", input.toString(),
                "--output", output.toString()));
        args.addAll(TestFixtures.NLP_PATHS);
        WireEtlJob.run(JobConfig.load(args), spark);
    }

    private static List<String> duckdb(String sql) throws SQLException, IOException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            // The catalog's views: the exact Parquet files of the committed versions, no Delta extension.
            for (String line : Files.readAllLines(output.resolve(DuckDbCatalog.PATH), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("--")) {
                    s.execute(line);
                }
            }
            ResultSet rs = s.executeQuery(sql);
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static List<String> spark(String sql) {
        List<String> rows = new ArrayList<>();
        for (Row r : spark.sql(sql).collectAsList()) {
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                row.append(i > 0 ? "|" : "").append(r.isNullAt(i) ? "null" : r.get(i).toString());
            }
            rows.add(row.toString());
        }
        return rows;
    }

    @Test
    void articlesReadTheSameInDuckDbAndSpark() throws SQLException, IOException {
        String columns = "article_id, source, provider, provider_code, article_number, CAST(published_date AS VARCHAR),"
                + " dateline, paragraph_count, word_count, content_sha256, format, CAST(pub_date AS VARCHAR)";
        List<String> fromDuck = duckdb("SELECT " + columns + " FROM articles ORDER BY article_id");
        List<String> fromSpark = spark("SELECT " + columns.replace("AS VARCHAR", "AS STRING")
                + " FROM delta.`" + output.resolve("articles") + "` ORDER BY article_id");
        assertEquals(4, fromDuck.size());
        assertEquals(fromSpark, fromDuck);
        // The body is the widest column: compare its digest rather than its text.
        assertEquals(
                spark("SELECT sha2(body, 256) FROM delta.`" + output.resolve("articles") + "` ORDER BY article_id"),
                duckdb("SELECT sha256(body) FROM articles ORDER BY article_id"));
    }

    @Test
    void rejectsReadTheSameInDuckDbAndSpark() throws SQLException, IOException {
        String columns = "regexp_extract(source_path, '[^/]+$', 0) AS file, reason, message, file_size";
        List<String> fromDuck = duckdb("SELECT " + columns + " FROM rejects ORDER BY file");
        List<String> fromSpark = spark("SELECT " + columns.replace("'[^/]+$', 0", "'[^/]+$', 0")
                + " FROM delta.`" + output.resolve("rejects") + "` ORDER BY file");
        assertEquals(6, fromDuck.size());
        assertEquals(fromSpark, fromDuck);
    }

    @Test
    void timestampsAreMicrosUtc() throws SQLException, IOException {
        List<String> type = duckdb("SELECT typeof(ingested_at) FROM articles LIMIT 1");
        assertEquals(List.of("TIMESTAMP WITH TIME ZONE"), type);
    }
}
