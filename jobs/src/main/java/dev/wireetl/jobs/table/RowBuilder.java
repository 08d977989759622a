package dev.wireetl.jobs.table;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** Builds rows of one schema by column name, so mapping code reads as column = value. */
public final class RowBuilder implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<String, Integer> index = new HashMap<>();
    private final int width;

    public RowBuilder(StructType schema) {
        this.width = schema.size();
        for (int i = 0; i < width; i++) {
            index.put(schema.fields()[i].name(), i);
        }
    }

    public Object[] values() {
        return new Object[width];
    }

    /** A row of a per-article step's output with its shared columns set. */
    public Object[] perArticle(String outcome, String articleId, String runId, java.time.LocalDate pubDate) {
        Object[] v = values();
        set(v, Tables.OUTCOME, outcome);
        set(v, "article_id", articleId);
        set(v, "run_id", runId);
        set(v, Tables.PUB_DATE, pubDate);
        return v;
    }

    public void set(Object[] values, String column, Object value) {
        Integer i = index.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        values[i] = value;
    }

    public static Row row(Object[] values) {
        return RowFactory.create(values);
    }
}
