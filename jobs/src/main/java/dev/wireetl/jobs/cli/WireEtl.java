package dev.wireetl.jobs.cli;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.config.JobConfig;
import dev.wireetl.jobs.table.RunLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The command line: {@code wire-etl [command] [options]}, the main class of the cluster jar and of
 * {@code bin/wire-etl}. Without a command word it runs {@code run}. Exit codes ({@link ExitCode}), which
 * schedulers rely on (docs/operations.md): 0 success, 2 usage or configuration error, 3 the run failed, 4 the
 * output is in use by another run (its lease is held).
 */
@Command(name = "wire-etl", mixinStandardHelpOptions = true, versionProvider = WireEtl.Version.class,
        description = "Turns a folder of raw news wire files into analytical Parquet tables.",
        footer = {"", "Without a command, runs 'run'. 'wire-etl COMMAND --help' describes a command.",
                "Exit codes: 0 success, 2 usage or configuration error, 3 run failed,",
                "4 output locked (another run holds its lease)."})
public final class WireEtl implements Subcommand {
    private static final Logger LOG = LoggerFactory.getLogger(WireEtl.class);

    /** The product's commands, in the order --help lists them; tool commands follow, found by ServiceLoader. */
    static final List<Supplier<Subcommand>> PRODUCT_COMMANDS = List.of(RunCommand::new, SqlCommand::new, InspectCommand::new,
            RegisterTablesCommand::new, MaintainCommand::new, MigrateCommand::new);

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    /** Under spark-submit too: {@code spark-submit [--class dev.wireetl.jobs.cli.WireEtl] jar [command] [options]}. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command and returns its exit code; never calls System.exit itself. */
    public static int execute(String... args) {
        return commandLine().execute(withCommand(args));
    }

    /** Every command: the product's, then those the tools module registers. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new WireEtl());
        for (Supplier<Subcommand> command : PRODUCT_COMMANDS) {
            line.addSubcommand(command.get());
        }
        // --set (and any flag) may be given again: JobConfig applies them in order, the later one wins.
        line.setOverwrittenOptionsAllowed(true);
        for (Subcommand tool : ServiceLoader.load(Subcommand.class)) {
            line.addSubcommand(tool);
        }
        line.addSubcommand(new CommandLine.HelpCommand());
        CommandLine run = line.getSubcommands().get("run");
        run.getCommandSpec().usageMessage().footer("",
                "Configuration keys (conf/wire-etl.properties, --config FILE, --set key=value):",
                JobConfig.describeKeys().replace("%", "%%"),
                "Exit codes: 0 success, 2 usage or configuration error, 3 run failed,",
                "4 output locked (another run holds its lease).");
        return withExitCodes(line);
    }

    /**
     * The exit codes of {@link ExitCode} for a command line: picocli gives 2 for a usage error itself; a
     * {@link ConfigException} thrown by a command is a usage error too (2), a held lease 4, any other exception a
     * failure (3).
     */
    public static CommandLine withExitCodes(CommandLine line) {
        // picocli itself exits with 2 (its ExitCode.USAGE, the same as ours) on an invalid command line.
        line.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof RunLease.HeldException) {
                commandLine.getErr().println("wire-etl " + commandLine.getCommandName() + ": " + e.getMessage());
                return ExitCode.LOCKED;
            }
            if (e instanceof ConfigException) {
                commandLine.getErr().println("wire-etl " + commandLine.getCommandName() + ": " + e.getMessage());
                return ExitCode.USAGE;
            }
            LOG.error("{} failed", commandLine.getCommandName(), e);
            commandLine.getErr().println("wire-etl " + commandLine.getCommandName() + ": failed: " + e);
            return ExitCode.FAILED;
        });
        return line;
    }

    /** {@code wire-etl} and {@code wire-etl --input X} mean {@code wire-etl run …}. */
    static String[] withCommand(String[] args) {
        if (args.length > 0 && (!args[0].startsWith("-") || TOP_LEVEL_OPTIONS.contains(args[0]))) {
            return args;
        }
        List<String> all = new ArrayList<>(List.of("run"));
        all.addAll(Arrays.asList(args));
        return all.toArray(new String[0]);
    }

    /** Reached only through {@link #withCommand}'s rules when no command applies: prints the usage. */
    @Override
    public Integer call() {
        commandLine().usage(System.out);
        return ExitCode.USAGE;
    }

    /** The jar's {@code Implementation-Version}, {@code dev} when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = WireEtl.class.getPackage().getImplementationVersion();
            return new String[] {"wire-etl " + (version != null ? version : "dev")};
        }
    }
}
