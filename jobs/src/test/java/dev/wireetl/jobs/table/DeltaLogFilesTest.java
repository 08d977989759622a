package dev.wireetl.jobs.table;

import dev.wireetl.jobs.SparkTestSession;
import io.delta.tables.DeltaTable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log replay lists, at every version, exactly the files Delta's own snapshot lists, or declines. */
class DeltaLogFilesTest {
    @TempDir
    static Path tmp;
    static SparkSession spark;
    static OutputStore store;
    static final StructType SCHEMA = new StructType().add("day", DataTypes.StringType).add("n", DataTypes.IntegerType);

    @BeforeAll
    static void setUp() {
        spark = SparkTestSession.get();
        store = new OutputStore(tmp.toString(), spark.sparkContext().hadoopConfiguration());
    }

    static void write(String table, SaveMode mode, String replaceWhere, Object[]... rows) {
        List<Row> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(RowFactory.create(r));
        }
        var writer = spark.createDataFrame(list, SCHEMA).repartition(1).write().format("delta").partitionBy("day")
                .mode(mode);
        if (replaceWhere != null) {
            writer = writer.option("replaceWhere", replaceWhere);
        }
        writer.save(store.table(table));
    }

    static Optional<List<String>> replayed(String table, long version) throws IOException {
        FileSystem fs = store.fileSystem();
        return DeltaLogFiles.files(fs, new org.apache.hadoop.fs.Path(store.table(table)), version)
                .map(files -> files.stream().sorted().toList());
    }

    @Test
    void everyVersionAcrossACheckpointListsDeltasFiles() throws IOException {
        String table = "days";
        // Partition values that need escaping in paths, appends, partition overwrites (removes), and more than
        // ten commits, so that Delta writes a checkpoint at version 10 and later versions start from it.
        write(table, SaveMode.Append, null, new Object[] {"2025-01-07", 1}, new Object[] {"a b/c%", 2});
        for (int i = 0; i < 6; i++) {
            write(table, SaveMode.Append, null, new Object[] {"2025-01-0" + (i % 3 + 7), i});
        }
        write(table, SaveMode.Overwrite, "day = '2025-01-08'", new Object[] {"2025-01-08", 80});
        write(table, SaveMode.Overwrite, "day = 'a b/c%'", new Object[] {"a b/c%", 90});
        write(table, SaveMode.Overwrite, "day = '2025-01-09'", new Object[][] {});
        for (int i = 0; i < 3; i++) {
            write(table, SaveMode.Append, null, new Object[] {"2025-01-10", i});
        }
        long latest = store.version(table);
        assertEquals(12, latest);
        assertTrue(Files.exists(tmp.resolve(table).resolve("_delta_log/00000000000000000010.checkpoint.parquet")));
        for (long v = 0; v <= latest; v++) {
            assertEquals(Optional.of(store.deltaFiles(spark, table, v)), replayed(table, v), "version " + v);
        }
        assertEquals(store.deltaFiles(spark, table, latest), store.files(spark, table, latest));
        assertFalse(replayed(table, latest).get().isEmpty());
    }

    @Test
    void aMissingCommitOrADeletionVectorLeavesTheAnswerToDelta() throws IOException {
        String table = "gaps";
        for (int i = 0; i < 3; i++) {
            write(table, SaveMode.Append, null, new Object[] {"2025-01-07", i});
        }
        Files.delete(tmp.resolve(table).resolve("_delta_log/00000000000000000001.json"));
        assertEquals(Optional.empty(), replayed(table, 2));

        String dv = "vectors";
        write(dv, SaveMode.Append, null, new Object[] {"2025-01-07", 1}, new Object[] {"2025-01-07", 2});
        spark.sql("ALTER TABLE delta.`" + store.table(dv) + "` SET TBLPROPERTIES ('delta.enableDeletionVectors' = 'true')");
        DeltaTable.forPath(spark, store.table(dv)).delete("n = 1");
        long latest = store.version(dv);
        assertEquals(Optional.empty(), replayed(dv, latest));
        assertEquals(store.deltaFiles(spark, dv, latest), store.files(spark, dv, latest));
        Dataset<Row> rows = store.read(spark, dv);
        assertEquals(1, rows.count());
    }
}
