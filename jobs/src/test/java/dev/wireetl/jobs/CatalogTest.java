package dev.wireetl.jobs;

import dev.wireetl.common.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The catalog's command-line options and DDL (no Spark session needed). */
class CatalogTest {
    @Test
    void optionsHaveDefaultsAndKeepTheRest() {
        Catalog.Options o = Catalog.Options.parse(List.of("SELECT 1"));
        assertEquals(new Catalog.Options("output", "default", List.of("SELECT 1")), o);
        assertEquals(new Catalog.Options("s3a://b/t", "wire", List.of()),
                Catalog.Options.parse(List.of("--output", "s3a://b/t", "--database", "wire")));
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals("--output needs a value",
                assertThrows(ConfigException.class, () -> Catalog.Options.parse(List.of("--output"))).getMessage());
        assertEquals("--database expects a name of letters, digits and _, got 'x;drop'",
                assertThrows(ConfigException.class,
                        () -> Catalog.Options.parse(List.of("--database", "x;drop"))).getMessage());
        assertEquals("unknown option '--bogus' (see --help)", assertThrows(ConfigException.class,
                () -> Catalog.registerTables(List.of("--bogus"))).getMessage());
        assertEquals("sql expects one query or -f FILE (see --help)", assertThrows(ConfigException.class,
                () -> Catalog.sql(List.of("--output", "x"))).getMessage());
    }

    @Test
    void columnsDdlIsNullableWithSqlTypes() {
        assertEquals("`kind` STRING, `count_type` STRING, `object` STRING, `unit` STRING, `country` STRING, "
                + "`figures` BIGINT, `articles` BIGINT, `sum_value` DOUBLE, `max_value` DOUBLE, `pub_date` DATE",
                Catalog.columnsDdl(Tables.FIGURES_DAILY_SCHEMA));
    }

    @Test
    void withoutHiveClassesTheCatalogIsInMemory() {
        assertEquals(false, Catalog.hiveAvailable());
    }
}
