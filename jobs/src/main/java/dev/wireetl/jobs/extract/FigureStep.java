package dev.wireetl.jobs.extract;

import dev.wireetl.common.figures.DateMention;
import dev.wireetl.common.figures.Extraction;
import dev.wireetl.common.figures.Figure;
import dev.wireetl.common.figures.FigureExtractor;
import dev.wireetl.common.figures.TenseHint;
import dev.wireetl.common.syntax.ArticleSyntax;
import dev.wireetl.jobs.spark.HadoopConf;
import dev.wireetl.jobs.table.RowBuilder;
import dev.wireetl.jobs.table.Tables;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Executor side of {@code extractFigures}: figures and dates of one article, resolved against its
 * publication date, as rows of {@link Tables#FIGURE_ROWS_SCHEMA}; figures are attached on the dependency tree of
 * the syntax model (only sentences holding a figure are parsed). Input columns: article_id, body,
 * published_date, run_id. {@code entity_key}/{@code entity_type} are left null here: {@link FigureEntityLink}
 * fills them from the entity rows by span.
 */
public final class FigureStep implements FlatMapFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final RowBuilder ROWS = new RowBuilder(Tables.FIGURE_ROWS_SCHEMA);

    private final HadoopConf hadoopConf;
    private final String syntaxModelPath;

    public FigureStep(HadoopConf hadoopConf, String syntaxModelPath) {
        this.hadoopConf = hadoopConf;
        this.syntaxModelPath = syntaxModelPath;
    }

    @Override
    public Iterator<Row> call(Row article) {
        String articleId = article.getAs("article_id");
        String body = article.getAs("body");
        LocalDate published = article.getAs("published_date");
        String runId = article.getAs("run_id");
        ArticleSyntax syntax = new ArticleSyntax(SyntaxModels.shared(hadoopConf, syntaxModelPath), body);
        Extraction extraction = FigureExtractor.standard().extract(body, published, syntax.sentenceStarts(),
                TenseHint.UNKNOWN, syntax);
        List<Row> rows = new ArrayList<>(extraction.figures().size() + extraction.dates().size());
        for (Figure f : extraction.figures()) {
            Object[] v = ROWS.perArticle(Tables.OUTCOME_FIGURE, articleId, runId, published);
            ROWS.set(v, "kind", f.kind().name());
            ROWS.set(v, "text", f.text());
            ROWS.set(v, "begin", f.begin());
            ROWS.set(v, "end", f.end());
            ROWS.set(v, "value", f.value());
            ROWS.set(v, "value_max", f.valueMax());
            ROWS.set(v, "total", f.total());
            ROWS.set(v, "unit", f.unit());
            ROWS.set(v, "value_si", f.valueSi());
            ROWS.set(v, "value_max_si", f.valueMaxSi());
            ROWS.set(v, "si_unit", f.siUnit());
            ROWS.set(v, "object", f.object());
            ROWS.set(v, "modifier", f.modifier());
            ROWS.set(v, "qualifier", f.qualifier().name());
            ROWS.set(v, "direction", f.direction() == null ? null : f.direction().name());
            ROWS.set(v, "count_type", f.countType() == null ? null : f.countType().name());
            ROWS.set(v, "sentence_index", f.sentenceIndex());
            ROWS.set(v, "object_phrase", f.objectPhrase());
            ROWS.set(v, "object_phrase_begin", f.objectPhraseBegin());
            ROWS.set(v, "object_phrase_end", f.objectPhraseEnd());
            ROWS.set(v, Tables.FIGURE_SUBJECT_BEGIN, f.subjectBegin());
            ROWS.set(v, Tables.FIGURE_SUBJECT_END, f.subjectEnd());
            rows.add(RowBuilder.row(v));
        }
        for (DateMention d : extraction.dates()) {
            Object[] v = ROWS.perArticle(Tables.OUTCOME_DATE, articleId, runId, published);
            ROWS.set(v, "kind", d.kind().name());
            ROWS.set(v, "text", d.text());
            ROWS.set(v, "begin", d.begin());
            ROWS.set(v, "end", d.end());
            ROWS.set(v, "resolved", d.resolved());
            ROWS.set(v, "granularity", d.granularity());
            ROWS.set(v, "sentence_index", d.sentenceIndex());
            rows.add(RowBuilder.row(v));
        }
        return rows.iterator();
    }
}
