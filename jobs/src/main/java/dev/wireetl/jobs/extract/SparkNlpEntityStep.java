package dev.wireetl.jobs.extract;

import dev.wireetl.common.entities.EntityExtractor;
import dev.wireetl.common.entities.RawMention;
import dev.wireetl.jobs.spark.HadoopConf;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Executor side of {@code annotate} with {@code nlp.engine=sparknlp}: the Spark NLP chunks of one article
 * go through the same normaliser as the default engine (canonical names, entity keys, countries,
 * coordinates), so both engines fill the same tables the same way. Input columns: article_id, body,
 * published_date, run_id, chunks (array of struct type, begin, end, score; null when none).
 */
public final class SparkNlpEntityStep implements FlatMapFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;
    static final String METHOD = "sparknlp";

    private final HadoopConf hadoopConf;
    private final String modelPath;
    private final String gazetteerPath;

    public SparkNlpEntityStep(HadoopConf hadoopConf, String modelPath, String gazetteerPath) {
        this.hadoopConf = hadoopConf;
        this.modelPath = modelPath;
        this.gazetteerPath = gazetteerPath;
    }

    @Override
    public Iterator<Row> call(Row article) {
        EntityExtractor normaliser = EntityStep.extractor(hadoopConf, modelPath, gazetteerPath);
        int chunksIndex = article.fieldIndex("chunks");
        List<Row> chunks = article.isNullAt(chunksIndex) ? List.of() : article.getList(chunksIndex);
        List<RawMention> raw = new ArrayList<>(chunks.size());
        for (Row c : chunks) {
            Double score = c.getAs("score");
            raw.add(new RawMention(c.getAs("type"), c.<Integer>getAs("begin"), c.<Integer>getAs("end"), METHOD,
                    score == null ? 1.0 : score));
        }
        return EntityStep.rows(article.getAs("article_id"), article.<LocalDate>getAs("published_date"),
                article.getAs("run_id"), normaliser.normalise(article.getAs("body"), raw)).iterator();
    }
}
