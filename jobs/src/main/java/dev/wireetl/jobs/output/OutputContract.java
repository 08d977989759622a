package dev.wireetl.jobs.output;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.jobs.table.OutputStore;
import dev.wireetl.jobs.table.TableSpec;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.Map;

/**
 * Refuses to write into an output whose existing tables have another schema (an older or foreign
 * layout), or are folders of the previous, pre-Delta layout: merging into them would corrupt them. Checked
 * before any input is read.
 */
public final class OutputContract {
    /** Every table the job writes (the catalog's list: one place). */
    public static final Map<String, StructType> TABLES = TableSpec.schemas();

    private OutputContract() {
    }

    public static void check(SparkSession spark, OutputStore store) {
        for (Map.Entry<String, StructType> table : TABLES.entrySet()) {
            if (store.isLegacyFolder(table.getKey())) {
                throw new ConfigException("output table '" + table.getKey() + "' at " + store.table(table.getKey())
                        + " is not a Delta table (an output of the previous layout?); convert the output with"
                        + " 'wire-etl migrate --output " + store.root() + "' or choose a new output.path");
            }
            if (!store.exists(table.getKey())) {
                continue;
            }
            StructType found = store.read(spark, table.getKey()).schema();
            String problem = difference(table.getValue(), found);
            if (problem != null) {
                throw new ConfigException("output table '" + table.getKey() + "' at " + store.table(table.getKey())
                        + " has an incompatible schema (" + problem + "); refusing to write to it: choose a new"
                        + " output.path or migrate the table");
            }
        }
    }

    /**
     * Null when the column names and types agree (nullability aside; a nullable column the table lacks is added
     * by the next write), else the first difference.
     */
    public static String difference(StructType expected, StructType found) {
        for (StructField f : expected.fields()) {
            if (!found.getFieldIndex(f.name()).isDefined()) {
                if (f.nullable()) {
                    continue; // a column added since the table was written: its old rows read it as null
                }
                return "column " + f.name() + " is missing";
            }
            StructField g = found.fields()[(Integer) found.getFieldIndex(f.name()).get()];
            if (!g.dataType().sameType(f.dataType())) {
                return "column " + f.name() + " is " + g.dataType().simpleString() + ", expected "
                        + f.dataType().simpleString();
            }
        }
        for (StructField g : found.fields()) {
            if (!expected.getFieldIndex(g.name()).isDefined()) {
                return "unexpected column " + g.name();
            }
        }
        return null;
    }
}
