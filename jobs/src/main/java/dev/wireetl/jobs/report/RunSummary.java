package dev.wireetl.jobs.report;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.JavaConverters;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What a run did: printed as one line on stdout and stored as one {@code runs} row. */
public record RunSummary(String runId, String status, Instant startedAt, Instant finishedAt, String input,
                         String output, RunCounts counts, Map<String, Long> stageMillis,
                         String jobVersion, Map<String, String> config) {

    /** The line a scheduler greps: counts that must add up, then where the output went. */
    public String summaryLine() {
        String reasons = counts.rejectsByReason().entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
        return String.format(Locale.ROOT,
                "wire-etl run %s %s: files_read=%d files_parsed=%d files_rejected=%d articles=%d story_rejects=%d"
                        + " rejects_by_reason=[%s] elapsed=%.1fs output=%s",
                runId, status, counts.filesRead(), counts.filesParsed(), counts.filesRejected(), counts.articles(),
                counts.storyRejects(), reasons, Duration.between(startedAt, finishedAt).toMillis() / 1000.0, output);
    }

    /** The {@code runs} row, with the Delta version of each table that the run's state consists of. */
    public Row toRow(Map<String, Long> tableVersions) {
        return RowFactory.create(runId, status, startedAt, finishedAt, input, output, counts.filesRead(),
                counts.filesParsed(), counts.filesRejected(), counts.articles(), counts.storyRejects(),
                scalaMap(counts.rejectsByReason()), scalaMap(stageMillis), jobVersion, scalaMap(config),
                scalaMap(tableVersions));
    }

    private static <V> scala.collection.Map<String, V> scalaMap(Map<String, V> map) {
        return JavaConverters.mapAsScalaMap(map);
    }
}
