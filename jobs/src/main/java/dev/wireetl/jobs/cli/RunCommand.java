package dev.wireetl.jobs.cli;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.config.JobConfig;
import dev.wireetl.jobs.pipeline.WireEtlJob;
import dev.wireetl.jobs.report.RunSummary;
import dev.wireetl.jobs.spark.ProgressReporter;
import dev.wireetl.jobs.spark.SparkSessions;
import dev.wireetl.jobs.table.RunLease;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Instant;

/**
 * {@code wire-etl run}: the job. Its flags are {@link OutputCommandOptions}' plus {@code --input} and
 * {@code --mode}, all applied in the order given (a later {@code --set} wins over an earlier {@code --input}).
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Parse wire files and write the Parquet tables (the default command).")
public final class RunCommand implements Subcommand {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    OutputCommandOptions options;

    @Option(names = "--input", order = 1, paramLabel = "PATH", description = "input.path: folder or file of wire files (file:, hdfs:, s3a:)")
    void input(String path) {
        options.add("--input", path);
    }

    @Option(names = "--mode", order = 3, paramLabel = "full|incremental", description = "job.mode")
    void mode(String mode) {
        options.add("--mode", mode);
    }

    @Override
    public Integer call() {
        JobConfig config = options.load();
        WireEtlJob.checkPaths(config, new Configuration());
        Instant startedAt = Instant.now();
        String runId = WireEtlJob.runId(config, startedAt);
        // Before Spark starts: a second run on the same output is refused at once (exit 4).
        try (RunLease lease = WireEtlJob.lease(config, new Configuration(), runId)) {
            return run(config, lease, runId, startedAt);
        }
    }

    private Integer run(JobConfig config, RunLease lease, String runId, Instant startedAt) {
        String progress = config.get(JobConfig.JOB_PROGRESS);
        boolean showProgress = progress.equals("always") || progress.equals("auto") && System.console() != null;
        SparkSession spark = SparkSessions.job(config);
        ProgressReporter reporter = null;
        if (showProgress) {
            reporter = new ProgressReporter(System.err);
            spark.sparkContext().addSparkListener(reporter);
        }
        try {
            RunSummary summary = WireEtlJob.run(config, spark, lease, runId, startedAt);
            if (reporter != null) {
                reporter.finish();
            }
            System.out.println(summary.summaryLine());
            return ExitCode.OK;
        } catch (ConfigException | RunLease.HeldException e) {
            throw e; // exit 2 or 4 (WireEtl.withExitCodes)
        } catch (RuntimeException e) {
            if (reporter != null) {
                reporter.finish();
            }
            LOG.error("run failed", e);
            System.err.println("wire-etl: run failed: " + e);
            return ExitCode.FAILED;
        } finally {
            spark.stop();
        }
    }
}
