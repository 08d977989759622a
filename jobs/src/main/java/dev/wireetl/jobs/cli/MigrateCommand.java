package dev.wireetl.jobs.cli;

import dev.wireetl.jobs.catalog.Catalog;
import dev.wireetl.jobs.table.TableMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;

/** {@code wire-etl migrate}: converts an output of the previous (plain Parquet) layout to Delta tables. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Convert an output written by the previous layout to Delta tables (CONVERT TO DELTA).")
public final class MigrateCommand implements Subcommand {
    @Mixin
    OutputCommandOptions options;

    @Override
    public Integer call() {
        return options.underLease("migrate", (spark, store, config) -> {
            List<String> lines = TableMaintenance.migrate(spark, store);
            Catalog.writeDuckDbCatalog(spark, store.root());
            return lines;
        });
    }
}
