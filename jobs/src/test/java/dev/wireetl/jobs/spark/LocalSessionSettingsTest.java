package dev.wireetl.jobs.spark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocalSessionSettingsTest {
    @Test
    void localMastersGiveTheirCoreCountAndOtherMastersNone() {
        assertEquals(1, SparkSessions.localCores("local"));
        assertEquals(2, SparkSessions.localCores("local[2]"));
        assertEquals(4, SparkSessions.localCores("local[4, 3]"));
        assertEquals(Runtime.getRuntime().availableProcessors(), SparkSessions.localCores("local[*]"));
        assertEquals(0, SparkSessions.localCores("yarn"));
        assertEquals(0, SparkSessions.localCores("spark://host:7077"));
        assertEquals(0, SparkSessions.localCores("local-cluster[2,1,1024]"));
    }
}
