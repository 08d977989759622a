package dev.wireetl.jobs.cli;

import dev.wireetl.common.config.JobConfig;
import dev.wireetl.jobs.spark.SparkSessions;
import dev.wireetl.jobs.table.OutputStore;
import dev.wireetl.jobs.table.RunLease;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * The options of the commands that change an output: which output and which settings. The flags are kept in
 * the order given, because {@link JobConfig#load} applies them in that order (a later {@code --set} wins).
 */
final class OutputCommandOptions {
    private final List<String> configArgs = new ArrayList<>();

    /** A command's own configuration flag, kept in its place among the others. */
    void add(String flag, String value) {
        configArgs.addAll(List.of(flag, value));
    }

    @Option(names = "--output", order = 2, paramLabel = "PATH", description = "output.path: the output root, one folder per table")
    void output(String path) {
        add("--output", path);
    }

    @Option(names = "--config", order = 4, paramLabel = "FILE", description = "properties file (default conf/wire-etl.properties when present)")
    void config(String file) {
        add("--config", file);
    }

    @Option(names = "--set", order = 5, paramLabel = "key=value", description = "set a configuration key (spark.* keys reach the session); later options win")
    void set(String keyValue) {
        add("--set", keyValue);
    }

    JobConfig load() {
        return JobConfig.load(configArgs);
    }

    /** What a command does to an output while it holds the output's lease: the lines it reports. */
    interface LeasedWork {
        List<String> apply(SparkSession spark, OutputStore store, JobConfig config);
    }

    /**
     * Starts a session, takes the output's lease as {@code command} (so no run writes meanwhile), does
     * {@code work} and prints each line it reports as {@code wire-etl COMMAND: line}.
     */
    int underLease(String command, LeasedWork work) {
        JobConfig config = load();
        SparkSession spark = SparkSessions.job(config);
        try {
            OutputStore store = new OutputStore(config.get(JobConfig.OUTPUT_PATH),
                    spark.sparkContext().hadoopConfiguration());
            try (RunLease lease = RunLease.acquire(store, command + "-" + ProcessHandle.current().pid(),
                    config.get(JobConfig.OUTPUT_LEASE_SECONDS))) {
                for (String line : work.apply(spark, store, config)) {
                    System.out.println("wire-etl " + command + ": " + line);
                }
            }
            return ExitCode.OK;
        } finally {
            spark.stop();
        }
    }
}
