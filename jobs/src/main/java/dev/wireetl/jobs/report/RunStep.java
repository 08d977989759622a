package dev.wireetl.jobs.report;

import java.util.Arrays;
import java.util.List;

/**
 * The timed steps of a run, in run order: the names of {@code runs.stage_millis}, the Spark job descriptions
 * and the report's stage table. {@code WireEtlJob.run} times exactly these.
 */
public enum RunStep {
    PARSE_STORIES("parseStories"),
    DEDUPLICATE("deduplicate"),
    ANNOTATE("annotate"),
    EXTRACT_FIGURES("extractFigures"),
    WRITE_TABLES("writeTables"),
    AGGREGATES("aggregates"),
    PUBLISH("publish"),
    WRITE_RUN_RECORD("writeRunRecord");

    private final String key;

    RunStep(String key) {
        this.key = key;
    }

    /** The name recorded in {@code runs.stage_millis}. */
    public String key() {
        return key;
    }

    /** Every step's name, in run order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(RunStep::key).toList();
    }
}
