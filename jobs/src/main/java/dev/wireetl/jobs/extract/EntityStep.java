package dev.wireetl.jobs.extract;

import dev.wireetl.common.entities.ArticleEntity;
import dev.wireetl.common.entities.EntityExtractor;
import dev.wireetl.common.entities.EntityMention;
import dev.wireetl.common.entities.ResourceOpener;
import dev.wireetl.jobs.spark.HadoopConf;
import dev.wireetl.jobs.table.RowBuilder;
import dev.wireetl.jobs.table.Tables;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Executor side of {@code annotate} with the default engine: entity mentions and per-article entities
 * of one article as rows of {@link Tables#ENTITY_ROWS_SCHEMA}. The model and gazetteers load once per
 * executor JVM (a shared instance keyed by their paths, read through Hadoop so HDFS and S3 paths work).
 * Input columns: article_id, body, published_date, run_id.
 */
public final class EntityStep implements FlatMapFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final RowBuilder ROWS = new RowBuilder(Tables.ENTITY_ROWS_SCHEMA);

    private final HadoopConf hadoopConf;
    private final String modelPath;
    private final String gazetteerPath;

    public EntityStep(HadoopConf hadoopConf, String modelPath, String gazetteerPath) {
        this.hadoopConf = hadoopConf;
        this.modelPath = modelPath;
        this.gazetteerPath = gazetteerPath;
    }

    static ResourceOpener opener(HadoopConf conf, String dir) {
        Path root = new Path(dir);
        return name -> {
            Path file = new Path(root, name);
            return file.getFileSystem(conf.get()).open(file);
        };
    }

    /** The extractor of these model and gazetteer folders, loaded once per executor JVM. */
    public static EntityExtractor extractor(HadoopConf hadoopConf, String modelPath, String gazetteerPath) {
        return EntityExtractor.shared(modelPath + "|" + gazetteerPath, opener(hadoopConf, modelPath),
                opener(hadoopConf, gazetteerPath));
    }

    @Override
    public Iterator<Row> call(Row article) {
        EntityExtractor extractor = extractor(hadoopConf, modelPath, gazetteerPath);
        return rows(article.getAs("article_id"), article.<LocalDate>getAs("published_date"), article.getAs("run_id"),
                extractor.extract(article.getAs("body"))).iterator();
    }

    /** Mention rows and their per-article aggregation; shared with the Spark NLP engine's mapping. */
    static List<Row> rows(String articleId, LocalDate pubDate, String runId, List<EntityMention> mentions) {
        List<Row> rows = new ArrayList<>(mentions.size() * 2);
        for (EntityMention m : mentions) {
            Object[] v = ROWS.perArticle(Tables.OUTCOME_MENTION, articleId, runId, pubDate);
            ROWS.set(v, "type", m.type());
            ROWS.set(v, "text", m.text());
            ROWS.set(v, "begin", m.begin());
            ROWS.set(v, "end", m.end());
            ROWS.set(v, "sentence_index", m.sentenceIndex());
            ROWS.set(v, "canonical", m.canonical());
            ROWS.set(v, "entity_key", m.entityKey());
            ROWS.set(v, "country_code", m.countryCode());
            ROWS.set(v, "geonames_id", m.geonamesId());
            ROWS.set(v, "lat", m.lat());
            ROWS.set(v, "lon", m.lon());
            ROWS.set(v, "method", m.method());
            ROWS.set(v, "score", m.score());
            rows.add(RowBuilder.row(v));
        }
        Map<String, String> countryByKey = new java.util.HashMap<>();
        for (EntityMention m : mentions) {
            if (m.countryCode() != null) {
                countryByKey.putIfAbsent(m.entityKey(), m.countryCode());
            }
        }
        for (ArticleEntity e : ArticleEntity.aggregate(mentions)) {
            Object[] v = ROWS.perArticle(Tables.OUTCOME_ARTICLE_ENTITY, articleId, runId, pubDate);
            ROWS.set(v, "entity_key", e.entityKey());
            ROWS.set(v, "type", e.type());
            ROWS.set(v, "canonical", e.canonical());
            ROWS.set(v, "country_code", countryByKey.get(e.entityKey()));
            ROWS.set(v, "mention_count", e.mentionCount());
            ROWS.set(v, "first_begin", e.firstOffset());
            rows.add(RowBuilder.row(v));
        }
        return rows;
    }
}
