package dev.wireetl.jobs.cli;

import dev.wireetl.jobs.catalog.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wire-etl register-tables}: the output tables in the Spark catalog (and the DuckDB catalog file). */
@Command(name = "register-tables", mixinStandardHelpOptions = true,
        description = "Register the output tables in the Spark catalog (Hive metastore when configured).")
public final class RegisterTablesCommand implements Subcommand {
    @Option(names = "--output", paramLabel = "PATH", defaultValue = "output", description = "output root (default ${DEFAULT-VALUE})")
    String output;

    @Option(names = "--database", paramLabel = "NAME", defaultValue = "default", description = "database (default ${DEFAULT-VALUE})")
    String database;

    @Override
    public Integer call() {
        return Catalog.registerTables(output, Catalog.checkDatabase(database)) ? ExitCode.OK : ExitCode.FAILED;
    }
}
