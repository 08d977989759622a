package dev.wireetl.jobs.extract;

import dev.wireetl.jobs.spark.HadoopConf;
import dev.wireetl.common.entities.EntityExtractor;
import dev.wireetl.common.entities.RawMention;
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
        List<Row> chunks = article.isNullAt(4) ? List.of() : article.getList(4);
        List<RawMention> raw = new ArrayList<>(chunks.size());
        for (Row c : chunks) {
            raw.add(new RawMention(c.getString(0), c.getInt(1), c.getInt(2), METHOD,
                    c.isNullAt(3) ? 1.0 : c.getDouble(3)));
        }
        return EntityStep.rows(article.getString(0), (LocalDate) article.get(2), article.getString(3),
                normaliser.normalise(article.getString(1), raw)).iterator();
    }
}
