package dev.wireetl.jobs.cli;

import dev.wireetl.common.config.JobConfig;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** The options of the commands that change an output besides {@code run}: which output and which settings. */
final class OutputCommandOptions {
    private final List<String> configArgs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "PATH", description = "output.path: the output root")
    void output(String path) {
        configArgs.addAll(List.of("--output", path));
    }

    @Option(names = "--config", paramLabel = "FILE", description = "properties file (default conf/wire-etl.properties when present)")
    void config(String file) {
        configArgs.addAll(List.of("--config", file));
    }

    @Option(names = "--set", paramLabel = "key=value", description = "set a configuration key (spark.* keys reach the session)")
    void set(String keyValue) {
        configArgs.addAll(List.of("--set", keyValue));
    }

    JobConfig load() {
        return JobConfig.load(configArgs);
    }
}
