package dev.wireetl.jobs.input;

import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParseStepTest {
    @Test
    void aFileThatCannotBeHeldIsARejectNotAFailedTask() {
        List<Row> reject = List.of(RowFactory.create("reject"));
        List<Row> rows = ParseStep.orOutOfMemoryReject(() -> {
            byte[][] hold = new byte[1][];
            hold[0] = new byte[Integer.MAX_VALUE]; // beyond the VM's array limit: a real OutOfMemoryError, at once
            return List.of(RowFactory.create(hold[0].length));
        }, e -> {
            assertEquals(Reject.of(RejectReason.OUT_OF_MEMORY, "file of 70000000 bytes could not be held in the"
                    + " task's memory (" + e.getMessage() + "); give executors more memory or lower"
                    + " input.max-file-bytes"), ParseStep.outOfMemory(70_000_000L, e));
            return reject;
        });
        assertEquals(reject, rows);
        List<Row> parsed = List.of(RowFactory.create("article"));
        assertEquals(parsed, ParseStep.orOutOfMemoryReject(() -> parsed, e -> reject));
    }
}
