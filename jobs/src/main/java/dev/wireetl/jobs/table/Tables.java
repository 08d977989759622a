package dev.wireetl.jobs.table;

import dev.wireetl.jobs.spark.Columns;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

/**
 * The data contract: every output table's name, partition column and schema, in one place.
 * docs/tables.md documents each column; TablesSchemaTest pins them. Changing a schema is deliberate.
 */
public final class Tables {
    public static final String ARTICLES = "articles";
    public static final String REJECTS = "rejects";
    public static final String RUNS = "runs";
    public static final String PROCESSED_FILES = "processed_files";
    public static final String ENTITY_MENTIONS = "entity_mentions";
    public static final String ARTICLE_ENTITIES = "article_entities";
    public static final String FIGURES = "figures";
    public static final String DATE_MENTIONS = "date_mentions";
    public static final String ENTITY_DAILY = "entity_daily";
    public static final String ENTITY_PAIRS_DAILY = "entity_pairs_daily";
    public static final String FIGURES_DAILY = "figures_daily";
    /** Optional ({@code output.tokens=true}): every word of every sentence, tagged and parsed. */
    public static final String TOKENS = "tokens";
    public static final String QUOTATIONS = "quotations";
    public static final String ARTICLE_TONE = "article_tone";

    /** Partition column of {@code articles} and the per-article tables: the publication date. */
    public static final String PUB_DATE = "pub_date";
    /** Partition column of {@code rejects}: the rejected file's modification date (UTC). */
    public static final String FILE_DATE = "file_date";

    public static final StructType ARTICLES_SCHEMA = new StructType(new StructField[] {
        field("article_id", StringType, false),
        field("wire_id", StringType, true),
        field("source", StringType, true),
        field("provider", StringType, true),
        field("provider_code", StringType, true),
        field("article_number", StringType, true),
        field("story_ref", StringType, true),
        field("published_date", DateType, false),
        field("published_ts", TimestampType, true),
        field("date_source", StringType, false),
        field("wire_date", DateType, true),
        field("dateline", StringType, true),
        field("headline", StringType, true),
        field("byline", StringType, true),
        field("body", StringType, false),
        field("paragraph_count", IntegerType, false),
        field("word_count", IntegerType, false),
        field("flags", DataTypes.createArrayType(StringType, false), false),
        field("topics", DataTypes.createArrayType(StringType, false), true),
        field("places", DataTypes.createArrayType(StringType, false), true),
        field("people", DataTypes.createArrayType(StringType, false), true),
        field("orgs", DataTypes.createArrayType(StringType, false), true),
        field("exchanges", DataTypes.createArrayType(StringType, false), true),
        field("keywords", DataTypes.createArrayType(StringType, false), true),
        field("provided_entities", DataTypes.createArrayType(new StructType(new StructField[] {
            field("type", StringType, false), field("text", StringType, false)}), false), true),
        field("format", StringType, false),
        field("charset", StringType, true),
        field("source_path", StringType, false),
        field("content_sha256", StringType, false),
        field("run_id", StringType, false),
        field("ingested_at", TimestampType, false),
        field(PUB_DATE, DateType, false),
    });

    public static final StructType REJECTS_SCHEMA = new StructType(new StructField[] {
        field("source_path", StringType, false),
        field("story_ref", StringType, true),
        field("reason", StringType, false),
        field("message", StringType, false),
        field("head", StringType, true),
        field("file_size", LongType, false),
        field("format", StringType, false),
        field("run_id", StringType, false),
        field("rejected_at", TimestampType, false),
        field("duplicate_of", StringType, true),
        field(FILE_DATE, DateType, false),
    });

    public static final StructType RUNS_SCHEMA = new StructType(new StructField[] {
        field("run_id", StringType, false),
        field("status", StringType, false),
        field("started_at", TimestampType, false),
        field("finished_at", TimestampType, false),
        field("input", StringType, false),
        field("output", StringType, false),
        field("files_read", LongType, false),
        field("files_parsed", LongType, false),
        field("files_rejected", LongType, false),
        field("articles", LongType, false),
        field("story_rejects", LongType, false),
        field("rejects_by_reason", DataTypes.createMapType(StringType, LongType, false), false),
        field("stage_millis", DataTypes.createMapType(StringType, LongType, false), false),
        field("job_version", StringType, false),
        field("config", DataTypes.createMapType(StringType, StringType, false), false),
        field("table_versions", DataTypes.createMapType(StringType, LongType, false), false),
    });

    public static final StructType ENTITY_MENTIONS_SCHEMA = new StructType(new StructField[] {
        field("article_id", StringType, false),
        field("type", StringType, false),
        field("text", StringType, false),
        field("begin", IntegerType, false),
        field("end", IntegerType, false),
        field("sentence_index", IntegerType, false),
        field("canonical", StringType, false),
        field("entity_key", StringType, false),
        field("country_code", StringType, true),
        field("geonames_id", LongType, true),
        field("lat", DoubleType, true),
        field("lon", DoubleType, true),
        field("method", StringType, false),
        field("score", DoubleType, false),
        field("run_id", StringType, false),
        field(PUB_DATE, DateType, false),
    });

    public static final StructType ARTICLE_ENTITIES_SCHEMA = new StructType(new StructField[] {
        field("article_id", StringType, false),
        field("entity_key", StringType, false),
        field("type", StringType, false),
        field("canonical", StringType, false),
        field("country_code", StringType, true),
        field("mention_count", IntegerType, false),
        field("first_begin", IntegerType, false),
        field("run_id", StringType, false),
        field(PUB_DATE, DateType, false),
    });

    public static final StructType FIGURES_SCHEMA = new StructType(new StructField[] {
        field("article_id", StringType, false),
        field("kind", StringType, false),
        field("text", StringType, false),
        field("begin", IntegerType, false),
        field("end", IntegerType, false),
        field("value", DoubleType, true),
        field("value_max", DoubleType, true),
        field("total", DoubleType, true),
        field("unit", StringType, true),
        field("value_si", DoubleType, true),
        field("value_max_si", DoubleType, true),
        field("si_unit", StringType, true),
        field("object", StringType, true),
        field("modifier", StringType, true),
        field("qualifier", StringType, false),
        field("direction", StringType, true),
        field("count_type", StringType, true),
        field("sentence_index", IntegerType, false),
        field("object_phrase", StringType, true),
        field("object_phrase_begin", IntegerType, true),
        field("object_phrase_end", IntegerType, true),
        field("entity_key", StringType, true),
        field("entity_type", StringType, true),
        field("run_id", StringType, false),
        field(PUB_DATE, DateType, false),
    });

    public static final StructType DATE_MENTIONS_SCHEMA = new StructType(new StructField[] {
        field("article_id", StringType, false),
        field("kind", StringType, false),
        field("text", StringType, false),
        field("begin", IntegerType, false),
        field("end", IntegerType, false),
        field("resolved", StringType, true),
        field("granularity", StringType, true),
        field("sentence_index", IntegerType, false),
        field("run_id", StringType, false),
        field(PUB_DATE, DateType, false),
    });

    /**
     * Optional, written only with {@code output.tokens=true}: one row per word (UD word: a hyphenated token may
     * give several) with its lemma, tags and dependency head; {@code token_index} is 1-based in its sentence and
     * {@code head} is the head's {@code token_index} (0 = the sentence root), as in CoNLL-U.
     */
    public static final StructType TOKENS_SCHEMA = new StructType(new StructField[] {
        field("article_id", StringType, false),
        field("sentence_index", IntegerType, false),
        field("token_index", IntegerType, false),
        field("text", StringType, false),
        field("begin", IntegerType, false),
        field("end", IntegerType, false),
        field("lemma", StringType, false),
        field("upos", StringType, false),
        field("xpos", StringType, false),
        field("head", IntegerType, false),
        field("deprel", StringType, false),
        field("run_id", StringType, false),
        field(PUB_DATE, DateType, false),
    });

    /** Who said what: one row per quotation (docs/quotations.md), with the quotation's own tone. */
    public static final StructType QUOTATIONS_SCHEMA = new StructType(new StructField[] {
        field("article_id", StringType, false),
        field("kind", StringType, false),
        field("begin", IntegerType, false),
        field("end", IntegerType, false),
        field("text", StringType, false),
        field("verb", StringType, false),
        field("speaker_text", StringType, true),
        field("speaker_begin", IntegerType, true),
        field("speaker_end", IntegerType, true),
        field("speaker_entity_key", StringType, true),
        field("speaker_canonical", StringType, true),
        field("sentence_index", IntegerType, false),
        field("tone", DoubleType, false),
        field("positive_score", DoubleType, false),
        field("negative_score", DoubleType, false),
        field("polarity", DoubleType, false),
        field("word_count", IntegerType, false),
        field("run_id", StringType, false),
        field(PUB_DATE, DateType, false),
    });

    /** One row per article: GDELT-style tone of the body from the VADER lexicon (docs/quotations.md, "Tone"). */
    public static final StructType ARTICLE_TONE_SCHEMA = new StructType(new StructField[] {
        field("article_id", StringType, false),
        field("tone", DoubleType, false),
        field("positive_score", DoubleType, false),
        field("negative_score", DoubleType, false),
        field("polarity", DoubleType, false),
        field("word_count", IntegerType, false),
        field("quotations", IntegerType, false),
        field("run_id", StringType, false),
        field(PUB_DATE, DateType, false),
    });

    /** Aggregate: one row per publication date and entity (from {@code article_entities}). */
    public static final StructType ENTITY_DAILY_SCHEMA = new StructType(new StructField[] {
        field("entity_key", StringType, false),
        field("canonical", StringType, false),
        field("type", StringType, false),
        field("country_code", StringType, true),
        field("articles", LongType, false),
        field("mentions", LongType, false),
        field("quoted", LongType, false),
        field("avg_tone", DoubleType, true),
        field(PUB_DATE, DateType, false),
    });

    /** Aggregate: one row per publication date and pair of entities seen in one article ({@code a < b}). */
    public static final StructType ENTITY_PAIRS_DAILY_SCHEMA = new StructType(new StructField[] {
        field("entity_key_a", StringType, false),
        field("canonical_a", StringType, false),
        field("type_a", StringType, false),
        field("country_code_a", StringType, true),
        field("entity_key_b", StringType, false),
        field("canonical_b", StringType, false),
        field("type_b", StringType, false),
        field("country_code_b", StringType, true),
        field("articles", LongType, false),
        field(PUB_DATE, DateType, false),
    });

    /**
     * Aggregate: one row per publication date and figure class (kind, count type, object, unit, the article's
     * main country). Sums of reported figures, not facts: the same toll reported twice is counted twice.
     */
    public static final StructType FIGURES_DAILY_SCHEMA = new StructType(new StructField[] {
        field("kind", StringType, false),
        field("count_type", StringType, true),
        field("object", StringType, true),
        field("unit", StringType, true),
        field("country", StringType, true),
        field("figures", LongType, false),
        field("articles", LongType, false),
        field("sum_value", DoubleType, true),
        field("max_value", DoubleType, true),
        field(PUB_DATE, DateType, false),
    });

    /** The ledger of input files already processed, which incremental runs consult. Not partitioned. */
    public static final StructType PROCESSED_FILES_SCHEMA = new StructType(new StructField[] {
        field("source_path", StringType, false),
        field("file_size", LongType, false),
        field("modification_time", TimestampType, true),
        field("articles", LongType, false),
        field("rejects", LongType, false),
        field("run_id", StringType, false),
        field("processed_at", TimestampType, false),
        field("content_hash", StringType, true),
    });

    /** Columns shared by a parse outcome before it is split into articles and rejects. */
    public static final String OUTCOME = "outcome";
    public static final String OUTCOME_ARTICLE = "article";
    public static final String OUTCOME_REJECT = "reject";
    /** Parse output only: the row's position among its file's rows (0 for the first). */
    public static final String FILE_ROW = "file_row";
    /** Parse output only: how many articles the row's file gave. */
    public static final String FILE_ARTICLES = "file_articles";

    /**
     * What the parse step emits per story or reject: the union of both tables' columns plus
     * {@code outcome}. Split by {@link #OUTCOME} into the two tables.
     */
    public static final StructType PARSED_SCHEMA = union(new StructType().add(OUTCOME, StringType, false)
                    .add(FILE_ROW, IntegerType, false).add(FILE_ARTICLES, IntegerType, false),
            ARTICLES_SCHEMA, REJECTS_SCHEMA);

    /** What the entity step emits per article: mentions and per-article entities, split by {@link #OUTCOME}. */
    public static final StructType ENTITY_ROWS_SCHEMA = union(new StructType().add(OUTCOME, StringType, false),
            ENTITY_MENTIONS_SCHEMA, ARTICLE_ENTITIES_SCHEMA);

    /** Figure rows only, not stored: the span of the noun phrase the figure's clause is about (the entity link). */
    public static final String FIGURE_SUBJECT_BEGIN = "subject_begin";
    public static final String FIGURE_SUBJECT_END = "subject_end";

    /** What the figure step emits per article: figures and date mentions, split by {@link #OUTCOME}. */
    public static final StructType FIGURE_ROWS_SCHEMA = union(new StructType().add(OUTCOME, StringType, false),
            FIGURES_SCHEMA, DATE_MENTIONS_SCHEMA).add(FIGURE_SUBJECT_BEGIN, IntegerType, true)
            .add(FIGURE_SUBJECT_END, IntegerType, true);
    /** What the quotation step emits per article: quotations and the article's tone, split by {@link #OUTCOME}. */
    public static final StructType QUOTATION_ROWS_SCHEMA = union(new StructType().add(OUTCOME, StringType, false),
            QUOTATIONS_SCHEMA, ARTICLE_TONE_SCHEMA);
    public static final String OUTCOME_QUOTATION = "quotation";
    public static final String OUTCOME_TONE = "tone";
    public static final String OUTCOME_MENTION = "mention";
    public static final String OUTCOME_ARTICLE_ENTITY = "article_entity";
    public static final String OUTCOME_FIGURE = "figure";
    public static final String OUTCOME_DATE = "date";

    private Tables() {
    }

    /** The columns of every table once (same name, same type), all nullable, after {@code base}. */
    private static StructType union(StructType base, StructType... tables) {
        StructType schema = base;
        for (StructType table : tables) {
            for (StructField f : table.fields()) {
                if (!schema.getFieldIndex(f.name()).isDefined()) {
                    schema = schema.add(f.name(), f.dataType(), true);
                }
            }
        }
        return schema;
    }

    static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return new StructField(name, type, nullable, Metadata.empty());
    }

}
