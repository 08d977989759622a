package dev.wireetl.jobs.input;

import dev.wireetl.jobs.TestFixtures;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the listing lets through to be opened: regular files inside the input root's real path only. */
class WireFileListingTest {
    @TempDir
    Path tmp;

    private static List<String> describe(List<Row> rows, Path root) {
        List<String> out = new ArrayList<>();
        String prefix = new org.apache.hadoop.fs.Path(root.toUri()).toString();
        prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        for (Row r : rows) {
            out.add(r.getString(0).substring(prefix.length()) + " " + r.getString(3) + " " + r.getString(4));
        }
        return out;
    }

    @Test
    void fifosDevicesAndLinksLeavingTheRootAreNotRegularRejects() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("in"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "Secret\n\nnot for the job\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("story.txt"), "Headline\n\nBody.\n", StandardCharsets.UTF_8);
        Files.createDirectories(root.resolve("sub"));
        Files.createSymbolicLink(root.resolve("sub/inside-link.txt"), root.resolve("story.txt"));
        Files.createSymbolicLink(root.resolve("environ"), Path.of("/proc/self/environ"));
        Files.createSymbolicLink(root.resolve("secret-link.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("outside-dir"), outside);
        Files.createSymbolicLink(root.resolve("dangling.txt"), tmp.resolve("nothing-here"));
        Files.createSymbolicLink(root.resolve("null-device"), Path.of("/dev/null"));
        TestFixtures.mkfifo(root.resolve("pipe.txt"));

        List<Row> rows = WireFileListing.list(root.toString(), "*", new Configuration());
        String realRoot = root.toRealPath().toString();
        assertEquals(List.of(
                "dangling.txt NOT_REGULAR symbolic link to a missing file; not followed",
                "environ NOT_REGULAR symbolic link to a file outside the input root (" + realRoot + "); not followed",
                "null-device NOT_REGULAR symbolic link to a file outside the input root (" + realRoot + "); not followed",
                "outside-dir NOT_REGULAR symbolic link to a folder outside the input root (" + realRoot + "); not followed",
                "pipe.txt NOT_REGULAR not a regular file (FIFO, device or socket); not opened",
                "secret-link.txt NOT_REGULAR symbolic link to a file outside the input root (" + realRoot + "); not followed",
                "story.txt null null",
                "sub/inside-link.txt null null"), describe(rows, root));
    }

    @Test
    void aRootReachedThroughALinkListsItsFiles() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Files.writeString(real.resolve("story.txt"), "Headline\n\nBody.\n", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        assertEquals(List.of("story.txt null null"), describe(WireFileListing.list(link.toString(), "*",
                new Configuration()), link));
    }
}
