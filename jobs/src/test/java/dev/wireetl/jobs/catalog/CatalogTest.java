package dev.wireetl.jobs.catalog;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.jobs.spark.SparkSessions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The catalog's command-line options (no Spark session needed). */
class CatalogTest {
    @Test
    void databaseNamesAreChecked() {
        assertEquals("wire_1", Catalog.checkDatabase("wire_1"));
        assertEquals("--database expects a name of letters, digits and _, got 'x;drop'",
                assertThrows(ConfigException.class, () -> Catalog.checkDatabase("x;drop")).getMessage());
    }

    @Test
    void withoutHiveClassesTheCatalogIsInMemory() {
        assertEquals(false, SparkSessions.hiveAvailable());
    }
}
