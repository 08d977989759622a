package dev.wireetl.jobs.extract;

import dev.wireetl.common.syntax.ArticleSyntax;
import dev.wireetl.common.syntax.ParsedSentence;
import dev.wireetl.common.syntax.SyntaxModel;
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
 * Executor side of the optional {@code tokens} table ({@code output.tokens=true}): every sentence of one article
 * tagged, lemmatised and parsed, one row per word of {@link Tables#TOKENS_SCHEMA}. The syntax model loads once
 * per executor JVM ({@link SyntaxModels}). Input columns: article_id, body, published_date, run_id.
 */
public final class TokenStep implements FlatMapFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final RowBuilder ROWS = new RowBuilder(Tables.TOKENS_SCHEMA);

    private final HadoopConf hadoopConf;
    private final String modelPath;

    public TokenStep(HadoopConf hadoopConf, String modelPath) {
        this.hadoopConf = hadoopConf;
        this.modelPath = modelPath;
    }

    @Override
    public Iterator<Row> call(Row article) {
        SyntaxModel model = SyntaxModels.shared(hadoopConf, modelPath);
        return rows(new ArticleSyntax(model, article.getAs("body")), article.getAs("article_id"),
                article.getAs("run_id"), article.<LocalDate>getAs("published_date")).iterator();
    }

    /** The rows of every sentence of {@code syntax}, in sentence and word order. */
    static List<Row> rows(ArticleSyntax syntax, String articleId, String runId, LocalDate published) {
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < syntax.sentenceCount(); s++) {
            ParsedSentence p = syntax.sentence(s);
            for (int w = 0; w < p.size(); w++) {
                Object[] v = ROWS.values();
                ROWS.set(v, "article_id", articleId);
                ROWS.set(v, "sentence_index", s);
                ROWS.set(v, "token_index", w + 1);
                ROWS.set(v, "text", p.words()[w]);
                ROWS.set(v, "begin", p.begin()[w]);
                ROWS.set(v, "end", p.end()[w]);
                ROWS.set(v, "lemma", p.lemma()[w]);
                ROWS.set(v, "upos", p.upos()[w]);
                ROWS.set(v, "xpos", p.xpos()[w]);
                ROWS.set(v, "head", p.head()[w]);
                ROWS.set(v, "deprel", p.deprel()[w]);
                ROWS.set(v, "run_id", runId);
                ROWS.set(v, Tables.PUB_DATE, published);
                rows.add(RowBuilder.row(v));
            }
        }
        return rows;
    }
}
