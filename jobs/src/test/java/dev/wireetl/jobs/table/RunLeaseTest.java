package dev.wireetl.jobs.table;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The output lease on the local file system: exclusive, released, taken over when expired. */
class RunLeaseTest {
    @TempDir
    Path tmp;

    OutputStore store() {
        return new OutputStore(tmp.resolve("out").toString(), new Configuration());
    }

    @Test
    void aSecondHolderIsRefusedUntilTheFirstCloses() throws IOException {
        try (RunLease first = RunLease.acquire(store(), "r1", 600)) {
            String lease = Files.readString(tmp.resolve("out").resolve(RunLease.NAME), StandardCharsets.UTF_8);
            assertTrue(lease.startsWith("owner=r1 ("), lease);
            RunLease.HeldException e = assertThrows(RunLease.HeldException.class,
                    () -> RunLease.acquire(store(), "r2", 600));
            assertTrue(e.getMessage().startsWith("output file:" + tmp.resolve("out") + " is in use by run r1 ("),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("); one run at a time per output"), e.getMessage());
            first.checkHeld();
        }
        assertFalse(Files.exists(tmp.resolve("out").resolve(RunLease.NAME)));
        RunLease.acquire(store(), "r2", 600).close();
    }

    @Test
    void anExpiredLeaseIsTakenOver() throws IOException {
        Files.createDirectories(tmp.resolve("out"));
        Files.writeString(tmp.resolve("out").resolve(RunLease.NAME), "owner=dead (1@host)\nstarted="
                + Instant.now().minusSeconds(1200) + "\nexpires=" + Instant.now().minusSeconds(600) + "\n",
                StandardCharsets.UTF_8);
        try (RunLease lease = RunLease.acquire(store(), "r3", 600)) {
            assertTrue(Files.readString(tmp.resolve("out").resolve(RunLease.NAME), StandardCharsets.UTF_8)
                    .startsWith("owner=r3 ("));
        }
    }

    @Test
    void aLeaseOfAProcessGoneFromThisHostIsTakenOverAtOnce() throws IOException {
        String host = java.lang.management.ManagementFactory.getRuntimeMXBean().getName().replaceFirst("^\\d+@", "");
        Process gone = new ProcessBuilder("true").start();
        long pid = gone.pid();
        assertEquals(true, waitFor(gone));
        Files.createDirectories(tmp.resolve("out"));
        Files.writeString(tmp.resolve("out").resolve(RunLease.NAME), "owner=killed (" + pid + "@" + host
                + ")\nstarted=" + Instant.now() + "\nexpires=" + Instant.now().plusSeconds(600) + "\n",
                StandardCharsets.UTF_8);
        RunLease.acquire(store(), "r5", 600).close();
    }

    private static boolean waitFor(Process p) {
        try {
            return p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void anUnreadableLeaseCountsFromItsModificationTime() throws IOException {
        Files.createDirectories(tmp.resolve("out"));
        Files.writeString(tmp.resolve("out").resolve(RunLease.NAME), "owner=torn\nexpi", StandardCharsets.UTF_8);
        assertThrows(RunLease.HeldException.class, () -> RunLease.acquire(store(), "r4", 600));
    }
}
