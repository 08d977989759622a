package dev.wireetl.jobs.cli;

import dev.wireetl.jobs.catalog.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code wire-etl register-tables}: the output tables in the Spark catalog (and the DuckDB catalog file). */
@Command(name = "register-tables", mixinStandardHelpOptions = true,
        description = "Register the output tables in the Spark catalog (Hive metastore when configured).")
public final class RegisterTablesCommand implements Subcommand {
    @Mixin
    CatalogOptions catalog;

    @Override
    public Integer call() {
        return Catalog.registerTables(catalog.output, catalog.database()) ? ExitCode.OK : ExitCode.FAILED;
    }
}
