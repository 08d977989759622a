package dev.wireetl.common.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DuckDbCatalogTest {
    @Test
    void oneViewPerTablePartitionedOrNot() {
        String sql = DuckDbCatalog.render("file:/data/out/", List.of(
                new DuckDbCatalog.Table("articles", true), new DuckDbCatalog.Table("runs", false)));
        assertEquals("-- wire-etl tables as DuckDB views. Load with: .read /data/out/_catalog/duckdb.sql\n"
                + "-- Rewritten by every run; timestamps are UTC instants (TIMESTAMP WITH TIME ZONE).\n"
                + "CREATE OR REPLACE VIEW articles AS SELECT * FROM read_parquet('/data/out/articles/**/*.parquet',"
                + " hive_partitioning=true);\n"
                + "CREATE OR REPLACE VIEW runs AS SELECT * FROM read_parquet('/data/out/runs/*.parquet',"
                + " hive_partitioning=false);\n", sql);
    }

    @Test
    void quotesAreDoubledAndSchemesMapped() {
        String sql = DuckDbCatalog.render("/tmp/it's", List.of(new DuckDbCatalog.Table("rejects", true)));
        assertEquals(true, sql.contains("read_parquet('/tmp/it''s/rejects/**/*.parquet', hive_partitioning=true)"));
        assertEquals("s3://bucket/tables", DuckDbCatalog.duckDbPath("s3a://bucket/tables/"));
        assertEquals("/data/out", DuckDbCatalog.duckDbPath("file:///data/out"));
        assertEquals("/", DuckDbCatalog.duckDbPath("/"));
    }

    @Test
    void refusesNamesThatAreNotIdentifiers() {
        assertThrows(IllegalArgumentException.class, () -> new DuckDbCatalog.Table("a; DROP", true));
    }
}
