package dev.wireetl.jobs.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data files of one version of a Delta table, replayed from its transaction log on the driver: the newest
 * complete checkpoint at or below the version, then the JSON commits after it (adds in, removes out). Delta's
 * own answer ({@code inputFiles()} of a time-travel read) costs two or three Spark jobs per table; at the end of a
 * small run, listing thirteen tables that way took 6.6 s of a 31 s job (docs/benchmarks.md). Empty when the log
 * holds something this replay does not read (deletion vectors, V2 or incomplete checkpoints, commits already
 * cleaned up): the caller then asks Delta.
 */
final class DeltaLogFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COMMIT = Pattern.compile("(\\d{20})\\.json");
    private static final Pattern CHECKPOINT = Pattern.compile("(\\d{20})\\.checkpoint\\.parquet");
    private static final Pattern CHECKPOINT_PART = Pattern.compile("(\\d{20})\\.checkpoint\\.(\\d{10})\\.(\\d{10})\\.parquet");

    private DeltaLogFiles() {
    }

    /** The qualified URIs of the version's data files, in log order; empty if the replay cannot tell. */
    static Optional<List<String>> files(FileSystem fs, Path table, long version) throws IOException {
        Path log = new Path(table, OutputStore.DELTA_LOG);
        Map<Long, Path> commits = new TreeMap<>();
        Map<Long, List<Path>> checkpoints = new TreeMap<>(); // version -> its parts (one for a classic checkpoint)
        Map<Long, Integer> checkpointParts = new TreeMap<>(); // version -> how many parts it has
        for (FileStatus status : fs.listStatus(log)) {
            String name = status.getPath().getName();
            Matcher commit = COMMIT.matcher(name);
            Matcher single = CHECKPOINT.matcher(name);
            Matcher part = CHECKPOINT_PART.matcher(name);
            if (commit.matches()) {
                commits.put(Long.parseLong(commit.group(1)), status.getPath());
            } else if (single.matches() || part.matches()) {
                Matcher m = single.matches() ? single : part;
                long v = Long.parseLong(m.group(1));
                checkpoints.computeIfAbsent(v, k -> new ArrayList<>()).add(status.getPath());
                checkpointParts.put(v, single.matches() ? 1 : Integer.parseInt(part.group(3)));
            }
        }
        long start = -1;
        for (Map.Entry<Long, List<Path>> checkpoint : checkpoints.entrySet()) {
            long v = checkpoint.getKey();
            if (v <= version && checkpoint.getValue().size() == checkpointParts.get(v)) {
                start = v; // ascending order: the last that qualifies is the newest complete one
            }
        }
        for (long v = start + 1; v <= version; v++) {
            if (!commits.containsKey(v)) {
                return Optional.empty(); // cleaned up or never written: only Delta's reconstruction can tell
            }
        }
        Set<String> live = new LinkedHashSet<>();
        if (start >= 0) {
            for (Path part : checkpoints.get(start)) {
                if (!readCheckpoint(fs, part, live)) {
                    return Optional.empty();
                }
            }
        }
        for (long v = start + 1; v <= version; v++) {
            if (!readCommit(fs, commits.get(v), live)) {
                return Optional.empty();
            }
        }
        Path qualifiedTable = fs.makeQualified(table);
        List<String> files = new ArrayList<>(live.size());
        for (String path : live) {
            files.add(absolute(fs, qualifiedTable, path));
        }
        return Optional.of(files);
    }

    /** Adds the checkpoint's live files; false when one carries a deletion vector. */
    private static boolean readCheckpoint(FileSystem fs, Path checkpoint, Set<String> live) throws IOException {
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), checkpoint)
                .withConf(fs.getConf()).build()) {
            for (Group row = reader.read(); row != null; row = reader.read()) {
                if (row.getType().containsField("add") && row.getFieldRepetitionCount("add") > 0) {
                    Group add = row.getGroup("add", 0);
                    if (add.getType().containsField("deletionVector")
                            && add.getFieldRepetitionCount("deletionVector") > 0) {
                        return false;
                    }
                    live.add(add.getString("path", 0));
                }
            }
        }
        return true;
    }

    /** Applies one commit's adds and removes; false when an add carries a deletion vector. */
    private static boolean readCommit(FileSystem fs, Path commit, Set<String> live) throws IOException {
        try (FSDataInputStream in = fs.open(commit);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode action = JSON.readTree(line);
                JsonNode add = action.get("add");
                JsonNode remove = action.get("remove");
                if (add != null) {
                    JsonNode vector = add.get("deletionVector");
                    if (vector != null && !vector.isNull()) {
                        return false;
                    }
                    live.add(add.get("path").asText());
                } else if (remove != null) {
                    live.remove(remove.get("path").asText());
                }
            }
        }
        return true;
    }

    /** A log path (URI-encoded, relative to the table or absolute) as a qualified file URI. */
    private static String absolute(FileSystem fs, Path table, String logPath) throws IOException {
        try {
            URI uri = new URI(logPath);
            Path path = uri.isAbsolute() ? new Path(uri) : new Path(table, new Path(uri));
            return fs.makeQualified(path).toString();
        } catch (URISyntaxException e) {
            throw new IOException("unreadable file path '" + logPath + "' in the log of " + table, e);
        }
    }
}
