package dev.wireetl.common.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TaskSizingTest {
    static final long MB = 1024L * 1024;

    @Test
    void smallInputsGetTheMinimum() {
        assertEquals(4, TaskSizing.tasks(0, 16 * MB, 2, 4, 200));
        assertEquals(4, TaskSizing.tasks(29 * MB, 16 * MB, 2, 4, 200));
        assertEquals(2, TaskSizing.tasks(29 * MB, 64 * MB, 2, 2, 10_000));
    }

    @Test
    void largeInputsGrowByWholeWavesUpToTheCap() {
        // 292 MB / 16 MB = 18.25 -> 19 -> a multiple of 2 cores: 20.
        assertEquals(20, TaskSizing.tasks(292 * MB, 16 * MB, 2, 4, 200));
        // 292 MB / 64 MB = 4.6 -> 5 -> 6 on 2 cores, 8 on 4 cores.
        assertEquals(6, TaskSizing.tasks(292 * MB, 64 * MB, 2, 2, 10_000));
        assertEquals(8, TaskSizing.tasks(292 * MB, 64 * MB, 4, 4, 10_000));
        // 2,920 MB / 16 MB = 182.5 -> 183 -> 184; 4,000 MB would be 250, capped at 200 (198 on 3 cores).
        assertEquals(184, TaskSizing.tasks(2920 * MB, 16 * MB, 2, 4, 200));
        assertEquals(200, TaskSizing.tasks(4000 * MB, 16 * MB, 2, 4, 200));
        assertEquals(198, TaskSizing.tasks(4000 * MB, 16 * MB, 3, 4, 200));
    }

    @Test
    void nonsenseArgumentsAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TaskSizing.tasks(1, 0, 2, 4, 200));
        assertEquals("bytesPerTask, cores and minTasks must be positive and maxTasks >= minTasks; got 0, 2, 4, 200",
                e.getMessage());
    }
}
