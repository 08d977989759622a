package dev.wireetl.jobs.catalog;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.jobs.spark.SparkSessions;
import dev.wireetl.jobs.table.Tables;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The catalog's command-line options and DDL (no Spark session needed). */
class CatalogTest {
    @Test
    void databaseNamesAreChecked() {
        assertEquals("wire_1", Catalog.checkDatabase("wire_1"));
        assertEquals("--database expects a name of letters, digits and _, got 'x;drop'",
                assertThrows(ConfigException.class, () -> Catalog.checkDatabase("x;drop")).getMessage());
    }

    @Test
    void columnsDdlIsNullableWithSqlTypes() {
        assertEquals("`kind` STRING, `count_type` STRING, `object` STRING, `unit` STRING, `country` STRING, "
                + "`figures` BIGINT, `articles` BIGINT, `sum_value` DOUBLE, `max_value` DOUBLE, `pub_date` DATE",
                Catalog.columnsDdl(Tables.FIGURES_DAILY_SCHEMA));
    }

    @Test
    void withoutHiveClassesTheCatalogIsInMemory() {
        assertEquals(false, SparkSessions.hiveAvailable());
    }
}
