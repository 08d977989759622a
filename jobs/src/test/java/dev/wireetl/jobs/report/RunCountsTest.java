package dev.wireetl.jobs.report;

import dev.wireetl.jobs.SparkTestSession;
import dev.wireetl.jobs.table.Tables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RunCountsTest {
    private static final StructType SCHEMA = new StructType().add(Tables.OUTCOME, StringType)
            .add("reason", StringType).add(Tables.FILE_ROW, IntegerType).add(Tables.FILE_ARTICLES, IntegerType);

    /** Two files: one with two stories and a story reject, one rejected whole. */
    private static Dataset<Row> parsed() {
        return SparkTestSession.get().createDataFrame(List.of(
                RowFactory.create(Tables.OUTCOME_ARTICLE, null, 0, 2),
                RowFactory.create(Tables.OUTCOME_ARTICLE, null, 1, 2),
                RowFactory.create(Tables.OUTCOME_REJECT, "NO_DATE", 2, 2),
                RowFactory.create(Tables.OUTCOME_REJECT, "NOT_REGULAR", 0, 0)), SCHEMA);
    }

    @Test
    void everyListedFileIsParsedOrRejected() {
        RunCounts counts = RunCounts.of(2, parsed());
        assertEquals(new RunCounts(2, 1, 1, 2, 1, 0, Map.of("NO_DATE", 1L, "NOT_REGULAR", 1L)), counts);
    }

    @Test
    void aListedFileWithoutARowFailsTheRun() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RunCounts.of(3, parsed()));
        assertEquals("accounting mismatch: files_read=3 but 2 files produced a row (files_parsed=1"
                + " files_rejected=1); the run is failed, nothing is published", e.getMessage());
    }
}
