package dev.wireetl.jobs;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocalSessionSettingsTest {
    @Test
    void localMastersGiveTheirCoreCountAndOtherMastersNone() {
        assertEquals(1, WireEtlJob.localCores("local"));
        assertEquals(2, WireEtlJob.localCores("local[2]"));
        assertEquals(4, WireEtlJob.localCores("local[4, 3]"));
        assertEquals(Runtime.getRuntime().availableProcessors(), WireEtlJob.localCores("local[*]"));
        assertEquals(0, WireEtlJob.localCores("yarn"));
        assertEquals(0, WireEtlJob.localCores("spark://host:7077"));
        assertEquals(0, WireEtlJob.localCores("local-cluster[2,1,1024]"));
    }
}
