package dev.wireetl.jobs.cli;

import dev.wireetl.common.config.JobConfig;
import dev.wireetl.jobs.spark.SparkSessions;
import dev.wireetl.jobs.table.OutputStore;
import dev.wireetl.jobs.table.RunLease;
import dev.wireetl.jobs.table.TableMaintenance;
import org.apache.spark.sql.SparkSession;
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
        JobConfig config = options.load();
        SparkSession spark = SparkSessions.job(config);
        try {
            OutputStore store = new OutputStore(config.get(JobConfig.OUTPUT_PATH),
                    spark.sparkContext().hadoopConfiguration());
            try (RunLease lease = RunLease.acquire(store, "maintain-" + ProcessHandle.current().pid(),
                    config.get(JobConfig.OUTPUT_LEASE_SECONDS))) {
                for (String line : TableMaintenance.maintain(spark, store,
                        config.get(JobConfig.MAINTAIN_RETENTION_HOURS))) {
                    System.out.println("wire-etl maintain: " + line);
                }
            }
            return ExitCode.OK;
        } finally {
            spark.stop();
        }
    }
}
