package dev.wireetl.tools;

import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.WireEtl;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With the tools module on the classpath, wire-etl runs every product and tool command. */
class ToolCommandsTest {
    @Test
    void toolCommandsAreFoundThroughServiceLoaderAfterTheProductCommands() {
        assertEquals(List.of("run", "sql", "inspect", "register-tables", "maintain", "migrate", "train-ner",
                        "evaluate-ner", "benchmark-ner",
                        "evaluate-figures", "benchmark-figures", "build-gazetteers", "parse-report", "bench-generate",
                        "bench-runner", "bench-baseline", "bench-listing", "benchmark-sparknlp", "train-syntax",
                        "evaluate-syntax", "benchmark-syntax", "prune-syntax", "evaluate-recognizers",
                        "evaluate-quotations", "benchmark-quotations", "help"),
                List.copyOf(WireEtl.commandLine().getSubcommands().keySet()));
    }

    @Test
    void toolUsageErrorsExitWithTwo() {
        StringWriter err = new StringWriter();
        CommandLine line = WireEtl.commandLine();
        line.getSubcommands().values().forEach(c -> c.setErr(new PrintWriter(err, true)));
        assertEquals(ExitCode.USAGE, line.execute("train-ner", "--model-out", "x"));
        assertTrue(err.toString().contains("Missing required option: '--train=FILE[,FILE...]'"), err.toString());
        assertEquals(ExitCode.USAGE, line.execute("evaluate-figures", "--gold", "/no/such.jsonl", "--corpus", "."));
        assertTrue(err.toString().contains("wire-etl evaluate-figures: gold file not found: /no/such.jsonl"),
                err.toString());
        assertEquals(ExitCode.USAGE, line.execute("train-syntax", "--train", "/no/such.conllu", "--dev", "d", "--model-out", "m"));
        assertTrue(err.toString().contains("wire-etl train-syntax: CoNLL-U file not found: /no/such.conllu"), err.toString());
        assertEquals(ExitCode.USAGE, line.execute("evaluate-recognizers", "--specs", "/no/such/specs"));
        assertTrue(err.toString().contains("wire-etl evaluate-recognizers: specs directory not found: /no/such/specs"),
                err.toString());
        assertEquals(ExitCode.USAGE, line.execute("evaluate-ner", "--gold", "x.conll", "--engine", "spacy"));
        assertTrue(err.toString().contains("wire-etl evaluate-ner: unknown engine spacy"), err.toString());
    }
}
