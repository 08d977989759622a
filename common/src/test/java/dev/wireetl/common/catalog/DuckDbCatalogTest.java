package dev.wireetl.common.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DuckDbCatalogTest {
    @Test
    void oneViewPerTableOverItsExactFiles() {
        String sql = DuckDbCatalog.render("file:/data/out/", "r1", List.of(
                new DuckDbCatalog.Table("articles", true, List.of("file:/data/out/articles/pub_date=2025-01-06/a.parquet",
                        "file:/data/out/articles/pub_date=2025-01-07/b.parquet")),
                new DuckDbCatalog.Table("runs", false, List.of("file:/data/out/runs/c.parquet")),
                new DuckDbCatalog.Table("figures", true, List.of())));
        assertEquals("-- wire-etl tables as DuckDB views. Load with: .read /data/out/_catalog/duckdb.sql\n"
                + "-- The table versions of run r1, file by file; rewritten by every run. Timestamps are UTC instants.\n"
                + "CREATE OR REPLACE VIEW articles AS SELECT * FROM read_parquet(["
                + "'/data/out/articles/pub_date=2025-01-06/a.parquet', '/data/out/articles/pub_date=2025-01-07/b.parquet'],"
                + " hive_partitioning=true);\n"
                + "CREATE OR REPLACE VIEW runs AS SELECT * FROM read_parquet(['/data/out/runs/c.parquet'],"
                + " hive_partitioning=false);\n", sql);
    }

    @Test
    void theDeltaScriptScansEachTable() {
        assertEquals("-- wire-etl tables as DuckDB views through the delta extension (latest versions). Load with:"
                + " .read s3://b/t/_catalog/duckdb_delta.sql\nINSTALL delta;\nLOAD delta;\n"
                + "CREATE OR REPLACE VIEW articles AS SELECT * FROM delta_scan('s3://b/t/articles');\n",
                DuckDbCatalog.renderDelta("s3a://b/t", List.of("articles")));
    }

    @Test
    void quotesAreDoubledAndSchemesMapped() {
        String sql = DuckDbCatalog.render("/tmp/it's", "r", List.of(new DuckDbCatalog.Table("rejects", true,
                List.of("/tmp/it's/rejects/file_date=2025-01-01/x.parquet"))));
        assertEquals(true, sql.contains("read_parquet(['/tmp/it''s/rejects/file_date=2025-01-01/x.parquet'],"
                + " hive_partitioning=true)"), sql);
        assertEquals("s3://bucket/tables", DuckDbCatalog.duckDbPath("s3a://bucket/tables/"));
        assertEquals("/data/out", DuckDbCatalog.duckDbPath("file:///data/out"));
        assertEquals("/", DuckDbCatalog.duckDbPath("/"));
    }

    @Test
    void refusesNamesThatAreNotIdentifiers() {
        assertThrows(IllegalArgumentException.class, () -> new DuckDbCatalog.Table("a; DROP", true, List.of()));
    }
}
