package dev.wireetl.jobs.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code wire-etl inspect}: the parsed fields of a file, or the reason the job would reject it. */
class InspectCommandTest {
    @TempDir
    Path dir;

    private String inspect(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertEquals(ExitCode.OK, WireEtl.commandLine().execute(args));
        } finally {
            System.setOut(stdout);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheParsedFieldsOfAMenafnFile() throws IOException {
        Path file = dir.resolve("wire.txt");
        Files.writeString(file, " date 2025-03-04 Harbour Reopens After Storm\n(MENAFN- Coastal Post) PORTVILLE, March 4 (CP) --"
                + " The harbour reopened on Tuesday after three days of closure.\n\nShips queued outside.\n",
                StandardCharsets.UTF_8);
        assertEquals("file: " + file + "\n"
                + "format: menafn\n"
                + "story 1 of 1\n"
                + "  headline: Harbour Reopens After Storm\n"
                + "  source: MENAFN\n"
                + "  provider: Coastal Post\n"
                + "  byline: -\n"
                + "  dateline: PORTVILLE, March 4 (CP)\n"
                + "  published_date: 2025-03-04 (CONTENT)\n"
                + "  wire_id: -\n"
                + "  flags: NO_WIRE_ID\n"
                + "  paragraphs: 2\n"
                + "  body: The harbour reopened on Tuesday after three days of closure.\u23ce\u23ceShips queued outside.\n"
                + "\n", inspect("inspect", file.toString()));
    }

    @Test
    void filesTheJobWouldNotOpenGetItsReason() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "x".repeat(100), StandardCharsets.UTF_8);
        String out = inspect("inspect", "--max-file-bytes", "10", big.toString(), dir.resolve("missing.txt").toString());
        assertTrue(out.contains("reject: TOO_LARGE file is 100 bytes; limit is 10 (input.max-file-bytes)\n"), out);
        assertTrue(out.contains("reject: UNREADABLE no such file\n"), out);
    }

    @Test
    void withoutAFileItIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine line = WireEtl.commandLine();
        line.setErr(new PrintWriter(err, true));
        line.getSubcommands().get("inspect").setErr(new PrintWriter(err, true));
        assertEquals(ExitCode.USAGE, line.execute("inspect"));
        assertTrue(err.toString().contains("Missing required parameter: 'FILE'"), err.toString());
    }
}
