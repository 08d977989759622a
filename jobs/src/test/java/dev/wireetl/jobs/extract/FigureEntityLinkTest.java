package dev.wireetl.jobs.extract;

import dev.wireetl.jobs.SparkTestSession;
import dev.wireetl.jobs.table.RowBuilder;
import dev.wireetl.jobs.table.Tables;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FigureEntityLinkTest {
    private static final LocalDate DAY = LocalDate.of(2025, 1, 7);
    private static final RowBuilder FIGURES = new RowBuilder(Tables.FIGURE_ROWS_SCHEMA);
    private static final RowBuilder ENTITIES = new RowBuilder(Tables.ENTITY_ROWS_SCHEMA);

    private static Row figure(int begin, Integer phraseBegin, Integer phraseEnd, Integer subjectBegin,
            Integer subjectEnd) {
        Object[] v = FIGURES.perArticle(Tables.OUTCOME_FIGURE, "a1", "r1", DAY);
        FIGURES.set(v, "kind", "COUNT");
        FIGURES.set(v, "text", "79");
        FIGURES.set(v, "begin", begin);
        FIGURES.set(v, "end", begin + 2);
        FIGURES.set(v, "qualifier", "EXACT");
        FIGURES.set(v, "sentence_index", 0);
        FIGURES.set(v, "object_phrase_begin", phraseBegin);
        FIGURES.set(v, "object_phrase_end", phraseEnd);
        FIGURES.set(v, Tables.FIGURE_SUBJECT_BEGIN, subjectBegin);
        FIGURES.set(v, Tables.FIGURE_SUBJECT_END, subjectEnd);
        return RowBuilder.row(v);
    }

    private static Row date() {
        Object[] v = FIGURES.perArticle(Tables.OUTCOME_DATE, "a1", "r1", DAY);
        FIGURES.set(v, "kind", "DATE");
        FIGURES.set(v, "text", "Monday");
        FIGURES.set(v, "begin", 90);
        FIGURES.set(v, "end", 96);
        FIGURES.set(v, "sentence_index", 0);
        return RowBuilder.row(v);
    }

    private static Row mention(String article, int begin, int end, String key, String type) {
        Object[] v = ENTITIES.perArticle(Tables.OUTCOME_MENTION, article, "r1", DAY);
        ENTITIES.set(v, "type", type);
        ENTITIES.set(v, "begin", begin);
        ENTITIES.set(v, "end", end);
        ENTITIES.set(v, "entity_key", key);
        return RowBuilder.row(v);
    }

    @Test
    void objectPhraseFirstThenSubjectThenNothing() {
        SparkSession spark = SparkTestSession.get();
        // "Ukrainian forces downed 79 out of 128 Russian drones": the phrase "Russian drones" (38..52) holds
        // Russian; a figure whose phrase holds no mention takes the subject "Ukrainian forces" (0..16); a mention
        // of another article never links.
        List<Row> figures = List.of(figure(24, 38, 52, 0, 16), figure(60, 70, 75, 0, 16),
                figure(80, 85, 88, null, null), date());
        List<Row> entities = List.of(mention("a1", 0, 9, "norp:ua:ukrainian", "NORP"),
                mention("a1", 38, 45, "norp:ru:russian", "NORP"), mention("a2", 85, 88, "loc:other", "LOC"));
        List<Row> linked = FigureEntityLink.link(spark.createDataFrame(figures, Tables.FIGURE_ROWS_SCHEMA),
                spark.createDataFrame(entities, Tables.ENTITY_ROWS_SCHEMA)).orderBy("begin").collectAsList();
        assertEquals(List.of("24 figure norp:ru:russian NORP", "60 figure norp:ua:ukrainian NORP",
                        "80 figure null null", "90 date null null"),
                linked.stream().map(r -> r.getAs("begin") + " " + r.getAs(Tables.OUTCOME) + " "
                        + r.getAs("entity_key") + " " + r.getAs("entity_type")).collect(Collectors.toList()));
    }
}
