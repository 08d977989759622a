package dev.wireetl.jobs.input;

import dev.wireetl.common.model.RejectReason;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobFilter;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

/**
 * Lists the input files on the driver: paths, sizes and times only, never contents (about 220 bytes of
 * driver heap per file, measured: docs/benchmarks.md). Local folders are walked with java.nio, which is
 * fast (Hadoop's local file system forks a {@code stat} per file without its native library) and detects
 * symbolic-link cycles. Spark's own file
 * sources skip zero-byte files, which would make them vanish without a trace; listing here keeps every
 * file accountable (a zero-byte file becomes an EMPTY reject). What cannot be listed (a folder that
 * cannot be read, a symbolic link cycle) becomes a row with a {@code listing_reason}, and so a reject; so does
 * what must not be read: a FIFO, device or socket, or a symbolic link leaving the input root ({@code NOT_REGULAR}).
 */
public final class WireFileListing {
    public static final StructType SCHEMA = new StructType()
            .add("path", StringType, false)
            .add("length", LongType, false)
            .add("modificationTime", TimestampType, true)
            .add("listing_reason", StringType, true)
            .add("listing_message", StringType, true);

    /**
     * Paths an incremental run leaves for a later run: uploads still in flight ({@code ._COPYING_} from
     * {@code hdfs dfs -put}, {@code .filepart} from WinSCP, {@code .tmp}) and file names starting with {@code .}
     * (rsync's temporary files, hidden files) or {@code _} (Hadoop's {@code _SUCCESS}). A Java regex, also
     * used as a Spark {@code rlike}.
     */
    public static final String IN_FLIGHT_PATH = "(^|/)[._][^/]*$|(\\._COPYING_|\\.filepart|\\.tmp)$";
    private static final java.util.regex.Pattern IN_FLIGHT = java.util.regex.Pattern.compile(IN_FLIGHT_PATH);

    private WireFileListing() {
    }

    /** True when {@code path} names a file an incremental run skips ({@link #IN_FLIGHT_PATH}). */
    public static boolean inFlight(String path) {
        return IN_FLIGHT.matcher(path).find();
    }

    /** Every file under {@code input} (recursively) whose name matches {@code glob}, sorted by path. */
    public static List<Row> list(String input, String glob, Configuration conf) {
        try {
            Path root = new Path(input);
            FileSystem fs = root.getFileSystem(conf);
            List<Row> rows = "file".equals(fs.getScheme())
                    ? listLocal(java.nio.file.Path.of(fs.makeQualified(root).toUri()), glob)
                    : listHadoop(fs, root, glob);
            rows.sort((a, b) -> a.getString(0).compareTo(b.getString(0)));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input.path '" + input + "': " + e.getMessage(), e);
        }
    }

    /**
     * Local folders: symbolic links are followed while they stay inside the input root's real path; cycles,
     * unreadable folders, links that leave the root and files that are not regular (FIFOs, devices, sockets)
     * are reported as rows with a reason, never opened.
     */
    private static List<Row> listLocal(java.nio.file.Path root, String glob) throws IOException {
        PathMatcher matcher = root.getFileSystem().getPathMatcher("glob:" + glob);
        java.nio.file.Path realRoot = root.toRealPath();
        List<Row> rows = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(java.nio.file.Path dir, BasicFileAttributes attrs)
                            throws IOException {
                        // a folder reached through a link is checked once; the files in it need no check of their own
                        if (!dir.equals(root) && Files.isSymbolicLink(dir) && !dir.toRealPath().startsWith(realRoot)) {
                            rows.add(problem(dir, RejectReason.NOT_REGULAR, "symbolic link to a folder outside"
                                    + " the input root (" + realRoot + "); not followed"));
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(java.nio.file.Path file, BasicFileAttributes attrs) {
                        if (attrs.isDirectory() || !matcher.matches(file.getFileName())) {
                            return FileVisitResult.CONTINUE;
                        }
                        String notRegular = notRegular(file, attrs, realRoot);
                        rows.add(notRegular != null ? problem(file, RejectReason.NOT_REGULAR, notRegular)
                                : RowFactory.create(hadoopPath(file), attrs.size(),
                                        attrs.lastModifiedTime().toInstant(), null, null));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(java.nio.file.Path file, IOException e) {
                        if (e instanceof FileSystemLoopException) {
                            rows.add(problem(file, RejectReason.LINK_LOOP,
                                    "symbolic link leads back into a folder being listed; not followed"));
                        } else {
                            rows.add(problem(file, RejectReason.UNREADABLE, "cannot list or read: " + e));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        return rows;
    }

    /** Why a listed local file must not be opened, or null when it is a regular file inside the root. */
    static String notRegular(java.nio.file.Path file, BasicFileAttributes attrs, java.nio.file.Path realRoot) {
        if (Files.isSymbolicLink(file)) {
            java.nio.file.Path target;
            try {
                target = file.toRealPath();
            } catch (IOException e) {
                return "symbolic link to a missing file; not followed";
            }
            if (!target.startsWith(realRoot)) {
                return "symbolic link to a file outside the input root (" + realRoot + "); not followed";
            }
        }
        if (!attrs.isRegularFile()) {
            return "not a regular file (" + (attrs.isOther() ? "FIFO, device or socket" : "symbolic link")
                    + "); not opened";
        }
        return null;
    }

    private static Row problem(java.nio.file.Path file, RejectReason reason, String message) {
        return RowFactory.create(hadoopPath(file), 0L, Instant.EPOCH, reason.name(), message);
    }

    /** The path as Hadoop writes it ({@code file:/a/b}); a folder's URI would end in a slash. */
    private static String hadoopPath(java.nio.file.Path file) {
        String path = new Path(file.toUri()).toString();
        return path.endsWith("/") && path.length() > "file:/".length() ? path.substring(0, path.length() - 1) : path;
    }

    private static List<Row> listHadoop(FileSystem fs, Path root, String glob) throws IOException {
        GlobFilter filter = new GlobFilter(glob);
        List<Row> rows = new ArrayList<>();
        FileStatus rootStatus = fs.getFileStatus(root);
        if (rootStatus.isFile()) {
            rows.add(row(rootStatus));
            return rows;
        }
        // listStatusIterator, not listFiles(root, true): listFiles builds a LocatedFileStatus per file (block
        // locations, permissions), which the listing does not need.
        ArrayDeque<Path> dirs = new ArrayDeque<>();
        dirs.push(root);
        while (!dirs.isEmpty()) {
            RemoteIterator<FileStatus> it = fs.listStatusIterator(dirs.pop());
            while (it.hasNext()) {
                FileStatus status = it.next();
                if (status.isDirectory()) {
                    dirs.push(status.getPath());
                } else if (filter.accept(status.getPath())) {
                    rows.add(status.isFile() ? row(status) : RowFactory.create(status.getPath().toString(), 0L,
                            Instant.EPOCH, RejectReason.NOT_REGULAR.name(), "not a regular file; not opened"));
                }
            }
        }
        return rows;
    }

    private static Row row(FileStatus status) {
        return RowFactory.create(status.getPath().toString(), status.getLen(),
                Instant.ofEpochMilli(status.getModificationTime()), null, null);
    }

    /** Tasks for the parse step: enough to use every core, and about {@code bytesPerTask} of input each. */
    public static int partitions(List<Row> files, int defaultParallelism, long bytesPerTask) {
        long bytes = 0;
        for (Row r : files) {
            bytes += r.getLong(1);
        }
        long bySize = (bytes + bytesPerTask - 1) / bytesPerTask;
        long byCount = (files.size() + 9_999) / 10_000;
        long wanted = Math.max(defaultParallelism, Math.max(bySize, byCount));
        return (int) Math.max(1, Math.min(wanted, Math.max(1, files.size())));
    }
}
