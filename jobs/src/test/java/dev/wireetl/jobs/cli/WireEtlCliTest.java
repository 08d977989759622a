package dev.wireetl.jobs.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's commands, default command and exit codes; nothing here starts Spark. */
class WireEtlCliTest {
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine line = WireEtl.commandLine();
        line.setErr(new PrintWriter(err, true));
        line.setOut(new PrintWriter(new StringWriter(), true));
        for (CommandLine sub : line.getSubcommands().values()) {
            sub.setErr(new PrintWriter(err, true));
        }
        return line.execute(WireEtl.withCommand(args));
    }

    @Test
    void theJobsModuleHoldsOnlyTheProductCommands() {
        // jobs' own test classpath has no tools module, so ServiceLoader finds no tool command here.
        assertEquals(List.of("run", "sql", "inspect", "register-tables", "maintain", "migrate", "help"),
                List.copyOf(WireEtl.commandLine().getSubcommands().keySet()));
    }

    @Test
    void withoutACommandWordTheCommandIsRun() {
        assertArrayEquals(new String[] {"run"}, WireEtl.withCommand(new String[0]));
        assertArrayEquals(new String[] {"run", "--input", "x"}, WireEtl.withCommand(new String[] {"--input", "x"}));
        assertArrayEquals(new String[] {"--help"}, WireEtl.withCommand(new String[] {"--help"}));
        assertArrayEquals(new String[] {"sql", "SELECT 1"}, WireEtl.withCommand(new String[] {"sql", "SELECT 1"}));
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhat() {
        assertEquals(ExitCode.USAGE, execute("register-tables", "--bogus"));
        assertTrue(err.toString().contains("Unknown option: '--bogus'"), err.toString());

        assertEquals(ExitCode.USAGE, execute("register-tables", "--database", "x;drop"));
        assertTrue(err.toString().contains(
                "wire-etl register-tables: --database expects a name of letters, digits and _, got 'x;drop'"),
                err.toString());

        assertEquals(ExitCode.USAGE, execute("sql", "--output", "x"));
        assertTrue(err.toString().contains("Missing required argument"), err.toString());

        assertEquals(ExitCode.USAGE, execute("no-such-command"));
        assertTrue(err.toString().contains("Unmatched argument at index 0: 'no-such-command'"), err.toString());
    }

    @Test
    void configurationErrorsOfRunExitWithTwoBeforeSparkStarts() {
        assertEquals(ExitCode.USAGE, execute("--config", "/dev/null", "--set", "no.such=1"));
        assertTrue(err.toString().contains("wire-etl run: unknown configuration key 'no.such' on the command line"),
                err.toString());

        assertEquals(ExitCode.USAGE, execute("maintain", "--config", "/dev/null", "--set", "job.progress=never",
                "--set", "other.key=2"));
        assertTrue(err.toString().contains("wire-etl maintain: unknown configuration key 'other.key' on the command"
                + " line"), err.toString());
        assertEquals(ExitCode.USAGE, execute("--config", "/dev/null", "--set", "job.progress=never", "--set",
                "other.key=2"));
        assertTrue(err.toString().contains("wire-etl run: unknown configuration key 'other.key' on the command line"),
                err.toString());

        assertEquals(ExitCode.USAGE, execute("run", "--config", "/dev/null", "--input", "/no/such/folder"));
        assertTrue(err.toString().contains("wire-etl run: input.path '/no/such/folder' does not exist"),
                err.toString());
    }

    @Test
    void helpListsTheConfigurationKeysAndExitCodes() {
        StringWriter out = new StringWriter();
        CommandLine line = WireEtl.commandLine();
        line.setOut(new PrintWriter(out, true));
        assertEquals(ExitCode.OK, line.execute("run", "--help"));
        assertTrue(out.toString().contains("input.max-file-bytes"), out.toString());
        assertTrue(out.toString().contains("Exit codes: 0 success, 2 usage or configuration error, 3 run failed,"
                + System.lineSeparator() + "4 output locked (another run holds its lease)."),
                out.toString());
    }
}
