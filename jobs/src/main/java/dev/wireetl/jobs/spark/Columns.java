package dev.wireetl.jobs.spark;

import org.apache.spark.sql.Column;

import static org.apache.spark.sql.functions.col;

/** Column lists by name: every stage selects a table's columns by name from its schema, never by position. */
public final class Columns {
    private Columns() {
    }

    /** {@code col(name)} for each name, in order: {@code select(Columns.named(schema.fieldNames()))}. */
    public static Column[] named(String... names) {
        Column[] cols = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            cols[i] = col(names[i]);
        }
        return cols;
    }
}
