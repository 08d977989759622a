package dev.wireetl.jobs.cli;

import dev.wireetl.common.config.JobConfig;
import dev.wireetl.jobs.catalog.Catalog;
import dev.wireetl.jobs.spark.SparkSessions;
import dev.wireetl.jobs.table.OutputStore;
import dev.wireetl.jobs.table.RunLease;
import dev.wireetl.jobs.table.TableMaintenance;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code wire-etl migrate}: converts an output of the previous (plain Parquet) layout to Delta tables. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Convert an output written by the previous layout to Delta tables (CONVERT TO DELTA).")
public final class MigrateCommand implements Subcommand {
    @Mixin
    OutputCommandOptions options;

    @Override
    public Integer call() {
        JobConfig config = options.load();
        SparkSession spark = SparkSessions.job(config);
        try {
            String output = config.get(JobConfig.OUTPUT_PATH);
            OutputStore store = new OutputStore(output, spark.sparkContext().hadoopConfiguration());
            try (RunLease lease = RunLease.acquire(store, "migrate-" + ProcessHandle.current().pid(),
                    config.get(JobConfig.OUTPUT_LEASE_SECONDS))) {
                for (String line : TableMaintenance.migrate(spark, store)) {
                    System.out.println("wire-etl migrate: " + line);
                }
                Catalog.writeDuckDbCatalog(spark, output);
            }
            return ExitCode.OK;
        } finally {
            spark.stop();
        }
    }
}
