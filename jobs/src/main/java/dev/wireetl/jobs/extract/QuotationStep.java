package dev.wireetl.jobs.extract;

import dev.wireetl.common.entities.EntityMention;
import dev.wireetl.common.quotes.Quotation;
import dev.wireetl.common.quotes.QuotationExtractor;
import dev.wireetl.common.syntax.ArticleSyntax;
import dev.wireetl.common.syntax.SyntaxModel;
import dev.wireetl.common.text.Token;
import dev.wireetl.common.text.Tokenizer;
import dev.wireetl.common.tone.ToneScore;
import dev.wireetl.common.tone.ToneScorer;
import dev.wireetl.jobs.spark.HadoopConf;
import dev.wireetl.jobs.table.RowBuilder;
import dev.wireetl.jobs.table.Tables;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

/**
 * Quotations with speakers, and tone, of each article ({@link Tables#QUOTATION_ROWS_SCHEMA}). The speaker link
 * needs the article's entity mentions, whichever engine made them: they are grouped per article and joined to
 * the articles (one shuffle) rather than extracted again, so {@code quotations.speaker_entity_key} is always a
 * key of the same run's {@code entity_mentions}. The syntax model loads once per executor JVM; only sentences
 * holding a speech verb are parsed.
 */
public final class QuotationStep implements FlatMapFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final RowBuilder ROWS = new RowBuilder(Tables.QUOTATION_ROWS_SCHEMA);

    private final HadoopConf hadoopConf;
    private final String syntaxModelPath;

    public QuotationStep(HadoopConf hadoopConf, String syntaxModelPath) {
        this.hadoopConf = hadoopConf;
        this.syntaxModelPath = syntaxModelPath;
    }

    /**
     * Quotation and tone rows of the articles ({@code article_id, body, published_date, run_id}), their speakers
     * resolved against the mention rows ({@link Tables#ENTITY_ROWS_SCHEMA}, outcome {@code mention}).
     */
    public static Dataset<Row> annotate(SparkSession spark, String syntaxModelPath, Dataset<Row> articles,
                                        Dataset<Row> mentionRows) {
        Dataset<Row> mentions = mentionRows.groupBy("article_id")
                .agg(collect_list(struct("type", "begin", "end", "sentence_index", "canonical", "entity_key"))
                        .as("mentions"));
        Dataset<Row> input = articles.select("article_id", "body", "published_date", "run_id")
                .join(mentions, articles.col("article_id").equalTo(mentions.col("article_id")), "left")
                .select(articles.col("article_id"), col("body"), col("published_date"), col("run_id"),
                        col("mentions"));
        return input.flatMap(new QuotationStep(HadoopConf.of(spark), syntaxModelPath),
                Encoders.row(Tables.QUOTATION_ROWS_SCHEMA));
    }

    @Override
    public Iterator<Row> call(Row article) {
        SyntaxModel model = SyntaxModels.shared(hadoopConf, syntaxModelPath);
        String articleId = article.getAs("article_id");
        String body = article.getAs("body");
        LocalDate published = article.getAs("published_date");
        String runId = article.getAs("run_id");
        List<Token> tokens = Tokenizer.instance().tokenize(body);
        List<Quotation> quotations = QuotationExtractor.standard()
                .extract(new ArticleSyntax(model, body, tokens), mentions(body, article));
        ToneScorer tone = ToneScorer.standard();
        List<Row> rows = new ArrayList<>(quotations.size() + 1);
        for (Quotation q : quotations) {
            Object[] v = ROWS.perArticle(Tables.OUTCOME_QUOTATION, articleId, runId, published);
            ROWS.set(v, "kind", q.kind().name());
            ROWS.set(v, "begin", q.begin());
            ROWS.set(v, "end", q.end());
            ROWS.set(v, "text", q.text());
            ROWS.set(v, "verb", q.verb());
            ROWS.set(v, "speaker_text", q.speakerText());
            ROWS.set(v, "speaker_begin", q.speakerText() == null ? null : q.speakerBegin());
            ROWS.set(v, "speaker_end", q.speakerText() == null ? null : q.speakerEnd());
            ROWS.set(v, "speaker_entity_key", q.speakerEntityKey());
            ROWS.set(v, "speaker_canonical", q.speakerCanonical());
            ROWS.set(v, "sentence_index", q.sentenceIndex());
            setTone(v, tone.score(q.text(), tokens, firstToken(tokens, q.begin()), firstToken(tokens, q.end())));
            rows.add(RowBuilder.row(v));
        }
        Object[] v = ROWS.perArticle(Tables.OUTCOME_TONE, articleId, runId, published);
        setTone(v, tone.score(body, tokens));
        ROWS.set(v, "quotations", quotations.size());
        rows.add(RowBuilder.row(v));
        return rows.iterator();
    }

    private static void setTone(Object[] v, ToneScore score) {
        ROWS.set(v, "tone", score.tone());
        ROWS.set(v, "positive_score", score.positiveScore());
        ROWS.set(v, "negative_score", score.negativeScore());
        ROWS.set(v, "polarity", score.polarity());
        ROWS.set(v, "word_count", score.wordCount());
    }

    /** Index of the first token beginning at or after {@code offset}. */
    static int firstToken(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static List<EntityMention> mentions(String body, Row article) {
        int index = article.fieldIndex("mentions");
        List<Row> rows = article.isNullAt(index) ? null : article.getList(index);
        List<EntityMention> mentions = new ArrayList<>(rows == null ? 0 : rows.size());
        if (rows != null) {
            for (Row r : rows) {
                int begin = r.getAs("begin");
                int end = r.getAs("end");
                mentions.add(new EntityMention(r.getAs("type"), body.substring(begin, end), begin, end,
                        r.<Integer>getAs("sentence_index"), r.getAs("canonical"), r.getAs("entity_key"), null, null,
                        null, null, null, 0));
            }
        }
        return mentions;
    }
}
