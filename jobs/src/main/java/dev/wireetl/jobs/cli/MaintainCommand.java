package dev.wireetl.jobs.cli;

import dev.wireetl.common.config.JobConfig;
import dev.wireetl.jobs.table.TableMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code wire-etl maintain}: compacts and vacuums every output table, under the output's lease. */
@Command(name = "maintain", mixinStandardHelpOptions = true,
        description = "OPTIMIZE (compact) and VACUUM (maintain.retention-hours) every output table.")
public final class MaintainCommand implements Subcommand {
    @Mixin
    OutputCommandOptions options;

    @Override
    public Integer call() {
        return options.underLease("maintain", (spark, store, config) ->
                TableMaintenance.maintain(spark, store, config.get(JobConfig.MAINTAIN_RETENTION_HOURS)));
    }
}
