package dev.wireetl.tools.gazetteer;

import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.WireEtl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code build-gazetteers --gmb}: the people list from the words of a tiny invented GMB CSV and gazetteer. */
class BuildGazetteersTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(BuildGazetteersTest.class.getResource(name).toURI());
    }

    /**
     * people.csv, every tag O (the list is read from the words alone): Vladimir Putin 3 (once after the title
     * President, once before Monday), Hamid Karzai 3 (once after the demonym Afghan), Kofi Annan 3 (once after
     * Secretary-General), Ellen Johnson Sirleaf 3; dropped: Kofi Annan Foundation (an organisation cue ends it),
     * Nova Vox 2 (its 4-word runs Nova Vox Radio Network count for nothing), Angela Merkel 2 (below 3), Bill 3 /
     * Hillary 2 Clinton (a rival seen twice), Tony 3 / Ian 1 Blair (75%), Elton John (a first name), Evo Morales
     * (a place), Jack Straw (straw in lower case), Al Jazeera (curated), George W. Bush and Kim Jong-il (not
     * name-shaped words), Ali Zardari (Asif before it), King Abdullah (King is a title).
     */
    @Test
    void listsOnlySurnamesOfOneFrequentFullName() throws IOException, URISyntaxException {
        Path tiny = fixture("tiny");
        try (Stream<Path> files = Files.list(tiny)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        int code = WireEtl.commandLine().execute("build-gazetteers", "--gmb", fixture("people.csv").toString(),
                "--curated", tiny.resolve("curated").toString(), "--out", dir.toString());
        assertEquals(ExitCode.OK, code);
        assertEquals(List.of("surname\tname", "Annan\tKofi Annan", "Karzai\tHamid Karzai", "Putin\tVladimir Putin",
                        "Sirleaf\tEllen Johnson Sirleaf"),
                Files.readAllLines(dir.resolve("person-names.tsv"), StandardCharsets.UTF_8));
    }

    @Test
    void needsRegistrySourcesOrGmb() {
        StringWriter err = new StringWriter();
        CommandLine line = WireEtl.commandLine();
        line.getSubcommands().values().forEach(c -> c.setErr(new PrintWriter(err, true)));
        assertEquals(ExitCode.USAGE, line.execute("build-gazetteers", "--out", dir.toString()));
        assertTrue(err.toString().contains("--gmb FILE"), err.toString());
        assertEquals(ExitCode.USAGE,
                line.execute("build-gazetteers", "--gmb", "/no/such.csv", "--out", dir.toString()));
        assertTrue(err.toString().contains("GMB file not found: /no/such.csv"), err.toString());
    }
}
