package dev.wireetl.jobs.table;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One writer per output: a lease object {@code OUTPUT/_lease} created with overwrite=false (owner, start,
 * expiry), refreshed while its holder lives and deleted when it closes. A second writer finds it and is refused
 * ({@link HeldException}); a lease past its expiry (its holder died) is taken over, and the take-over logged.
 * On the local file system the object is created with {@code O_EXCL}, on HDFS by the name node; on S3 see
 * docs/operations.md.
 */
public final class RunLease implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunLease.class);
    public static final String NAME = "_lease";

    private final FileSystem fs;
    private final Path path;
    private final String owner;
    private final Instant started;
    private final long seconds;
    private final ScheduledExecutorService refresher;
    private volatile boolean lost;

    /** Another writer holds the output. */
    public static final class HeldException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HeldException(String message) {
            super(message);
        }
    }

    private RunLease(FileSystem fs, Path path, String owner, Instant started, long seconds) {
        this.fs = fs;
        this.path = path;
        this.owner = owner;
        this.started = started;
        this.seconds = seconds;
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wire-etl-lease");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, seconds / 3);
        refresher.scheduleAtFixedRate(this::refresh, period, period, TimeUnit.SECONDS);
    }

    /** Takes the output's lease for {@code runId}, or throws {@link HeldException} when a live writer has it. */
    public static RunLease acquire(OutputStore store, String runId, long seconds) {
        // No checksum side files for a small object rewritten in place: a torn read is handled by Holder.read.
        FileSystem fs = store.fileSystem() instanceof org.apache.hadoop.fs.LocalFileSystem local
                ? local.getRawFileSystem() : store.fileSystem();
        Path path = new Path(store.rootPath(), NAME);
        String owner = runId + " (" + ManagementFactory.getRuntimeMXBean().getName() + ")";
        Instant now = Instant.now();
        try {
            fs.mkdirs(store.rootPath());
            for (int attempt = 0; attempt < 2; attempt++) {
                if (createNew(fs, path, content(owner, now, now.plusSeconds(seconds)))) {
                    LOG.info("lease {} taken by run {} for {} s", path, runId, seconds);
                    return new RunLease(fs, path, owner, now, seconds);
                }
                Holder holder = Holder.read(fs, path, seconds);
                if (holder == null) {
                    continue; // released between our create and our read
                }
                if (holder.expires.isAfter(Instant.now()) && !holder.deadOnThisHost()) {
                    throw new HeldException("output " + store.root() + " is in use by run " + holder.owner
                            + " (started " + holder.started + ", lease valid until " + holder.expires
                            + "); one run at a time per output");
                }
                LOG.warn("taking over the lease of run {} (started {}, valid until {}): {}", holder.owner,
                        holder.started, holder.expires, holder.deadOnThisHost() ? "its process on this host is gone"
                                : "expired");
                // Renaming is atomic: of two runs taking over at once, one moves the stale lease away.
                Path stale = new Path(path.getParent(), NAME + ".expired-" + runId);
                if (fs.rename(path, stale)) {
                    fs.delete(stale, false);
                }
            }
            throw new HeldException("output " + store.root() + " is in use: another run took its expired lease"
                    + " first");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the lease " + path + ": " + e.getMessage(), e);
        }
    }

    /** Creates the object unless it exists; false when it does. */
    private static boolean createNew(FileSystem fs, Path path, byte[] content) throws IOException {
        if (fs.getUri().getScheme() != null && fs.getUri().getScheme().equals("file")) {
            try {
                Files.write(Paths.get(path.toUri()), content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return true;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                return false;
            }
        }
        try (FSDataOutputStream out = fs.create(path, false)) {
            out.write(content);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    private static byte[] content(String owner, Instant started, Instant expires) {
        return ("owner=" + owner + "\nstarted=" + started + "\nexpires=" + expires + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A lease as read back: checked, and when unreadable (torn write) dated by its modification time. */
    private record Holder(String owner, Instant started, Instant expires) {
        private static final java.util.regex.Pattern PROCESS = java.util.regex.Pattern.compile("\\((\\d+)@([^)]+)\\)$");

        /** A holder that ran on this host as a process that no longer exists (killed): its lease is void. */
        boolean deadOnThisHost() {
            java.util.regex.Matcher m = PROCESS.matcher(owner);
            String self = ManagementFactory.getRuntimeMXBean().getName();
            if (!m.find() || !self.endsWith("@" + m.group(2))) {
                return false;
            }
            return ProcessHandle.of(Long.parseLong(m.group(1))).map(p -> !p.isAlive()).orElse(true);
        }

        static Holder read(FileSystem fs, Path path, long seconds) throws IOException {
            FileStatus status;
            byte[] bytes;
            try {
                status = fs.getFileStatus(path);
                try (FSDataInputStream in = fs.open(path)) {
                    bytes = in.readAllBytes();
                }
            } catch (java.io.FileNotFoundException e) {
                return null;
            }
            Properties props = new Properties();
            props.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            Instant modified = Instant.ofEpochMilli(status.getModificationTime());
            try {
                return new Holder(props.getProperty("owner", "unknown"),
                        Instant.parse(props.getProperty("started")), Instant.parse(props.getProperty("expires")));
            } catch (RuntimeException e) {
                return new Holder(props.getProperty("owner", "unknown"), modified, modified.plusSeconds(seconds));
            }
        }
    }

    private void refresh() {
        try {
            Holder holder = Holder.read(fs, path, seconds);
            if (holder == null || !holder.owner.equals(owner)) {
                lost = true;
                LOG.error("lease {} was taken over by {}", path, holder == null ? "nobody (deleted)" : holder.owner);
                refresher.shutdown();
                return;
            }
            try (FSDataOutputStream out = fs.create(path, true)) {
                out.write(content(owner, started, Instant.now().plusSeconds(seconds)));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not refresh lease {}: {}", path, e.getMessage());
        }
    }

    /** Throws when the lease was lost (taken over after it expired): the run must not commit more. */
    public void checkHeld() {
        if (lost) {
            throw new HeldException("lost the lease " + path + " to another run; stopping before the next commit");
        }
    }

    /** Stops refreshing and deletes the lease if it is still this holder's. */
    @Override
    public void close() {
        refresher.shutdownNow();
        try {
            Holder holder = Holder.read(fs, path, seconds);
            if (holder != null && holder.owner.equals(owner)) {
                fs.delete(path, false);
            }
        } catch (IOException e) {
            LOG.warn("could not release lease {}: {}", path, e.getMessage());
        }
    }
}
