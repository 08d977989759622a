package dev.wireetl.jobs.extract;

import dev.wireetl.jobs.table.Tables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

import java.util.Arrays;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

/**
 * Links figures to the entity they are about, by span: the entity mention overlapping the figure's object phrase
 * ({@code Russia's exports rose 5%}), else the one overlapping the subject of its clause ({@code Ukrainian forces
 * downed 79 drones}); within a phrase the mention nearest its head (the last) wins. Figures and mentions come
 * from separate steps ({@link FigureStep}, the entity engine), so the link is a join of their rows on article and
 * span rather than a rule in either step.
 */
public final class FigureEntityLink {
    private static final String KEY = "entity_key";
    private static final String TYPE = "entity_type";

    private FigureEntityLink() {
    }

    /**
     * @param figureRows rows of {@link Tables#FIGURE_ROWS_SCHEMA}
     * @param entityRows rows of {@link Tables#ENTITY_ROWS_SCHEMA}
     * @return the figure rows, with {@code entity_key} and {@code entity_type} set on linked figures
     */
    public static Dataset<Row> link(Dataset<Row> figureRows, Dataset<Row> entityRows) {
        Dataset<Row> figures = figureRows.filter(col(Tables.OUTCOME).equalTo(Tables.OUTCOME_FIGURE));
        Dataset<Row> others = figureRows.filter(col(Tables.OUTCOME).notEqual(Tables.OUTCOME_FIGURE));
        Dataset<Row> mentions = entityRows.filter(col(Tables.OUTCOME).equalTo(Tables.OUTCOME_MENTION))
                .select(col("article_id").as("m_article"), col("begin").as("m_begin"), col("end").as("m_end"),
                        col(KEY).as("m_key"), col("type").as("m_type"));
        Column inPhrase = overlaps(col("object_phrase_begin"), col("object_phrase_end"));
        Column inSubject = overlaps(col(Tables.FIGURE_SUBJECT_BEGIN), col(Tables.FIGURE_SUBJECT_END));
        Column joined = col("article_id").equalTo(col("m_article")).and(inPhrase.or(inSubject));
        Column rank = when(inPhrase, lit(0)).otherwise(lit(1));
        Dataset<Row> candidates = figures.join(mentions, joined, "left").withColumn("m_rank", rank);
        Column[] figureKey = {col("article_id"), col("kind"), col("begin"), col("end")};
        Dataset<Row> best = candidates.withColumn("m_pick", row_number().over(Window.partitionBy(figureKey)
                        .orderBy(col("m_rank").asc(), col("m_begin").desc_nulls_last())))
                .filter(col("m_pick").equalTo(1))
                .withColumn(KEY, col("m_key"))
                .withColumn(TYPE, col("m_type"));
        Column[] columns = Arrays.stream(Tables.FIGURE_ROWS_SCHEMA.fieldNames()).map(c -> col(c)).toArray(Column[]::new);
        return best.select(columns).unionByName(others.select(columns));
    }

    private static Column overlaps(Column begin, Column end) {
        return begin.isNotNull().and(col("m_begin").lt(end)).and(col("m_end").gt(begin));
    }
}
