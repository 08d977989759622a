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

/** {@code build-gazetteers --gmb}: the people list from a tiny invented GMB CSV and gazetteer. */
class BuildGazetteersTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(BuildGazetteersTest.class.getResource(name).toURI());
    }

    /**
     * people.csv: Vladimir Putin 3 (and once an org span), Hamid Karzai 3, Kofi Annan 2 + once after
     * Secretary-General; dropped: Angela Merkel 2 (below 3), Bill 3 / Hillary 2 Clinton (a rival seen twice),
     * Tony 3 / Ian 1 Blair (75%), Elton John (a first name), Evo Morales (a place), Jack Straw (straw in lower
     * case), Nova Vox (per in 3 of 5 spans), Goldman Sachs (curated), George W. Bush and Kim Jong-il (not
     * name-shaped words).
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
        assertEquals(List.of("surname\tname", "Annan\tKofi Annan", "Karzai\tHamid Karzai", "Putin\tVladimir Putin"),
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
