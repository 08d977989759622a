package dev.wireetl.jobs.report;

import dev.wireetl.jobs.table.Tables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Files and rows counted from the persisted parse output, in one pass. A listed file without a row fails the run.
 */
public record RunCounts(long filesRead, long filesParsed, long filesRejected, long articles, long storyRejects,
                        long duplicates, Map<String, Long> rejectsByReason) {
    /**
     * Duplicates found after parsing become DUPLICATE rejects: they leave {@code articles}, and a file
     * whose every story was a duplicate still counts as parsed (its story is in articles, once).
     */
    public RunCounts withDuplicates(long duplicateStories) {
        if (duplicateStories == 0) {
            return this;
        }
        Map<String, Long> byReason = new java.util.TreeMap<>(rejectsByReason);
        byReason.put("DUPLICATE", duplicateStories);
        return new RunCounts(filesRead, filesParsed, filesRejected, articles - duplicateStories, storyRejects,
                duplicateStories, byReason);
    }

    /**
     * One small aggregate over the parse output, grouped by outcome and reason: each file's first row
     * ({@link Tables#FILE_ROW} 0) counts the file, {@link Tables#FILE_ARTICLES} says whether it parsed.
     */
    public static RunCounts of(long filesRead, Dataset<Row> parsed) {
        Column firstRow = col(Tables.FILE_ROW).equalTo(0);
        Column fileParsed = col(Tables.FILE_ARTICLES).gt(0);
        List<Row> groups = parsed.groupBy(col(Tables.OUTCOME), col("reason"))
                .agg(count(lit(1)).as("rows"),
                        sum(when(firstRow, 1L).otherwise(0L)).as("files"),
                        sum(when(firstRow.and(fileParsed), 1L).otherwise(0L)).as("parsed_files"),
                        sum(when(fileParsed, 1L).otherwise(0L)).as("rows_of_parsed_files"))
                .collectAsList();
        long filesSeen = 0;
        long filesParsed = 0;
        long articles = 0;
        long storyRejects = 0;
        Map<String, Long> byReason = new java.util.TreeMap<>();
        for (Row g : groups) {
            long rows = g.<Long>getAs("rows");
            filesSeen += g.<Long>getAs("files");
            filesParsed += g.<Long>getAs("parsed_files");
            if (Tables.OUTCOME_ARTICLE.equals(g.getAs(Tables.OUTCOME))) {
                articles += rows;
            } else {
                byReason.merge(g.getAs("reason"), rows, Long::sum);
                storyRejects += g.<Long>getAs("rows_of_parsed_files");
            }
        }
        if (filesSeen != filesRead) {
            // files_read = files_parsed + files_rejected is the job's promise: a file that left no row is lost
            throw new IllegalStateException("accounting mismatch: files_read=" + filesRead + " but "
                    + filesSeen + " files produced a row (files_parsed=" + filesParsed + " files_rejected="
                    + (filesSeen - filesParsed) + "); the run is failed, nothing is published");
        }
        return new RunCounts(filesRead, filesParsed, filesSeen - filesParsed, articles, storyRejects, 0, byReason);
    }
}
