package dev.wireetl.jobs.table;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The output root and its publish protocol. A run writes every table into {@code _staging/<run>/}, never
 * into the published folders. Publishing then swaps whole partition folders in, driven by a manifest
 * written first ({@code _publish/<run>.pending}): if the process dies while publishing, the next run
 * replays the manifest before doing anything else (roll forward), so published data is never left
 * half-replaced. A run that dies before publishing leaves the published tables as they were.
 *
 * <p>Folders starting with {@code _} are ignored by Spark, DuckDB and Hive readers.
 */
public final class OutputStore {
    private static final Logger LOG = LoggerFactory.getLogger(OutputStore.class);
    public static final String STAGING = "_staging";
    public static final String PUBLISH = "_publish";
    static final String TRASH = "_trash";
    private static final String PENDING = ".pending";
    private static final String REPLACE = "R ";
    private static final String REMOVE = "D ";

    private final Path root;
    private final FileSystem fs;

    public OutputStore(String output, Configuration conf) {
        try {
            Path path = new Path(output);
            this.fs = path.getFileSystem(conf);
            this.root = fs.makeQualified(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open output.path '" + output + "': " + e.getMessage(), e);
        }
    }

    /** The qualified output root, e.g. {@code file:/data/out}. */
    public String root() {
        return root.toString();
    }

    public String table(String table) {
        return new Path(root, table).toString();
    }

    public String staging(String runId, String table) {
        return new Path(stagingRoot(runId), table).toString();
    }

    /** The run's staging folder: it holds staged tables in the same layout as the output root. */
    public String stagingRoot(String runId) {
        return new Path(new Path(root, STAGING), runId).toString();
    }

    public boolean exists(String table) {
        try {
            return fs.exists(new Path(root, table));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Publishes the staged folders of a run. Each line is {@link #replace} or {@link #remove} of a unit:
     * {@code table} (a whole unpartitioned table) or {@code table/column=value} (one partition).
     */
    public void publish(String runId, List<String> lines) {
        Path manifest = new Path(new Path(root, PUBLISH), runId + PENDING);
        try {
            try (FSDataOutputStream out = fs.create(manifest, true)) {
                out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
                out.hsync();
            }
            replay(runId, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("publishing run " + runId + " to " + root + " failed: " + e.getMessage()
                    + " (the next run completes it)", e);
        }
    }

    /** Completes the publishes that a killed run left pending; returns how many it completed. */
    public int recoverPending() {
        Path publishDir = new Path(root, PUBLISH);
        int recovered = 0;
        try {
            if (!fs.exists(publishDir)) {
                discardOrphanedStaging();
                return 0;
            }
            for (FileStatus status : fs.listStatus(publishDir)) {
                String name = status.getPath().getName();
                if (!name.endsWith(PENDING)) {
                    continue;
                }
                String runId = name.substring(0, name.length() - PENDING.length());
                List<String> units = new ArrayList<>();
                try (FSDataInputStream in = fs.open(status.getPath());
                     BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        if (!line.isBlank()) {
                            units.add(line.strip());
                        }
                    }
                }
                LOG.warn("completing the publish of interrupted run {} ({} folders)", runId, units.size());
                replay(runId, units);
                recovered++;
            }
            discardOrphanedStaging();
            return recovered;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recover pending publishes under " + publishDir + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Idempotent, so a replay after a crash is safe: a unit whose staged folder is gone was moved already;
     * a unit with nothing staged at publish time (all its rows were replaced) is removed.
     */
    private void replay(String runId, List<String> units) throws IOException {
        Path stagingRun = new Path(new Path(root, STAGING), runId);
        Path trashRun = new Path(new Path(root, TRASH), runId);
        for (String line : units) {
            boolean remove = line.startsWith(REMOVE);
            String unit = line.substring(2);
            Path staged = new Path(stagingRun, unit);
            Path target = new Path(root, unit);
            if (remove) {
                if (fs.exists(target)) {
                    moveTo(target, new Path(trashRun, unit));
                }
            } else if (fs.exists(staged)) {
                if (fs.exists(target)) {
                    moveTo(target, new Path(trashRun, unit));
                }
                moveTo(staged, target);
                FaultInjection.point(FaultInjection.MID_PUBLISH);
            }
        }
        fs.delete(new Path(new Path(root, PUBLISH), runId + PENDING), false);
        fs.delete(trashRun, true);
        fs.delete(stagingRun, true);
        for (String dir : new String[] {PUBLISH, TRASH, STAGING}) {
            deleteIfEmpty(new Path(root, dir));
        }
    }

    private void deleteIfEmpty(Path dir) throws IOException {
        if (fs.exists(dir) && fs.listStatus(dir).length == 0) {
            fs.delete(dir, false);
        }
    }

    /** A manifest line: replace {@code unit} with its staged folder. */
    public static String replace(String unit) {
        return REPLACE + unit;
    }

    /** A manifest line: remove {@code unit} (every row in it was replaced by rows elsewhere, or none). */
    public static String remove(String unit) {
        return REMOVE + unit;
    }

    /** Lists a staged table's partition folders ({@code column=value}); empty when nothing was staged. */
    public List<String> stagedPartitions(String runId, String table) {
        Path dir = new Path(staging(runId, table));
        List<String> out = new ArrayList<>();
        try {
            if (fs.exists(dir)) {
                for (FileStatus status : fs.listStatus(dir)) {
                    if (status.isDirectory() && status.getPath().getName().contains("=")) {
                        out.add(status.getPath().getName());
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void moveTo(Path from, Path to) throws IOException {
        fs.mkdirs(to.getParent());
        if (fs.exists(to)) {
            fs.delete(to, true);
        }
        if (!fs.rename(from, to)) {
            throw new IOException("rename " + from + " -> " + to + " failed");
        }
    }

    /**
     * Staging left by runs that died before publishing holds nothing anyone will publish. Runs over one
     * output must not overlap (docs/operations.md), so at start-up every staging folder is such a leftover.
     */
    private void discardOrphanedStaging() throws IOException {
        Path staging = new Path(root, STAGING);
        if (fs.exists(staging)) {
            LOG.info("removing staging left by interrupted runs: {}", staging);
            fs.delete(staging, true);
        }
        deleteIfEmpty(new Path(root, TRASH));
    }

    /** Removes a run's staging folder (used when a run fails before publishing). */
    public void discardStaging(String runId) {
        try {
            fs.delete(new Path(new Path(root, STAGING), runId), true);
        } catch (IOException e) {
            LOG.warn("could not remove staging folder of run {}: {}", runId, e.getMessage());
        }
    }
}
