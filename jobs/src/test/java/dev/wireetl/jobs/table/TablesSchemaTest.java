package dev.wireetl.jobs.table;

import dev.wireetl.jobs.catalog.Catalog;
import dev.wireetl.jobs.output.OutputContract;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins the data contract (docs/tables.md). A failure here means a schema changed: update the docs and
 * this test together, deliberately.
 */
class TablesSchemaTest {
    @Test
    void articles() {
        assertEquals("article_id STRING NOT NULL,wire_id STRING,source STRING,provider STRING,provider_code STRING,"
                + "article_number STRING,story_ref STRING,published_date DATE NOT NULL,published_ts TIMESTAMP,"
                + "date_source STRING NOT NULL,wire_date DATE,dateline STRING,headline STRING,byline STRING,"
                + "body STRING NOT NULL,paragraph_count INT NOT NULL,word_count INT NOT NULL,"
                + "flags ARRAY<STRING> NOT NULL,topics ARRAY<STRING>,places ARRAY<STRING>,people ARRAY<STRING>,"
                + "orgs ARRAY<STRING>,exchanges ARRAY<STRING>,keywords ARRAY<STRING>,"
                + "provided_entities ARRAY<STRUCT<type: STRING, text: STRING>>,"
                + "format STRING NOT NULL,charset STRING,source_path STRING NOT NULL,content_sha256 STRING NOT NULL,"
                + "run_id STRING NOT NULL,ingested_at TIMESTAMP NOT NULL,pub_date DATE NOT NULL",
                Tables.ARTICLES_SCHEMA.toDDL());
    }

    @Test
    void rejects() {
        assertEquals("source_path STRING NOT NULL,story_ref STRING,reason STRING NOT NULL,message STRING NOT NULL,"
                + "head STRING,file_size BIGINT NOT NULL,format STRING NOT NULL,run_id STRING NOT NULL,"
                + "rejected_at TIMESTAMP NOT NULL,duplicate_of STRING,file_date DATE NOT NULL", Tables.REJECTS_SCHEMA.toDDL());
    }

    @Test
    void runs() {
        assertEquals("run_id STRING NOT NULL,status STRING NOT NULL,started_at TIMESTAMP NOT NULL,"
                + "finished_at TIMESTAMP NOT NULL,input STRING NOT NULL,output STRING NOT NULL,"
                + "files_read BIGINT NOT NULL,files_parsed BIGINT NOT NULL,files_rejected BIGINT NOT NULL,"
                + "articles BIGINT NOT NULL,story_rejects BIGINT NOT NULL,"
                + "rejects_by_reason MAP<STRING, BIGINT> NOT NULL,stage_millis MAP<STRING, BIGINT> NOT NULL,"
                + "job_version STRING NOT NULL,config MAP<STRING, STRING> NOT NULL,"
                + "table_versions MAP<STRING, BIGINT> NOT NULL", Tables.RUNS_SCHEMA.toDDL());
    }

    @Test
    void entityMentions() {
        assertEquals("article_id STRING NOT NULL,type STRING NOT NULL,text STRING NOT NULL,begin INT NOT NULL,"
                + "end INT NOT NULL,sentence_index INT NOT NULL,canonical STRING NOT NULL,entity_key STRING NOT NULL,"
                + "country_code STRING,geonames_id BIGINT,lat DOUBLE,lon DOUBLE,method STRING NOT NULL,"
                + "score DOUBLE NOT NULL,run_id STRING NOT NULL,pub_date DATE NOT NULL",
                Tables.ENTITY_MENTIONS_SCHEMA.toDDL());
    }

    @Test
    void articleEntities() {
        assertEquals("article_id STRING NOT NULL,entity_key STRING NOT NULL,type STRING NOT NULL,"
                + "canonical STRING NOT NULL,country_code STRING,mention_count INT NOT NULL,first_begin INT NOT NULL,"
                + "run_id STRING NOT NULL,pub_date DATE NOT NULL", Tables.ARTICLE_ENTITIES_SCHEMA.toDDL());
    }

    @Test
    void figures() {
        assertEquals("article_id STRING NOT NULL,kind STRING NOT NULL,text STRING NOT NULL,begin INT NOT NULL,"
                + "end INT NOT NULL,value DOUBLE,value_max DOUBLE,total DOUBLE,unit STRING,value_si DOUBLE,"
                + "value_max_si DOUBLE,si_unit STRING,object STRING,"
                + "modifier STRING,qualifier STRING NOT NULL,direction STRING,count_type STRING,"
                + "sentence_index INT NOT NULL,object_phrase STRING,object_phrase_begin INT,object_phrase_end INT,"
                + "entity_key STRING,entity_type STRING,run_id STRING NOT NULL,pub_date DATE NOT NULL",
                Tables.FIGURES_SCHEMA.toDDL());
    }

    @Test
    void dateMentions() {
        assertEquals("article_id STRING NOT NULL,kind STRING NOT NULL,text STRING NOT NULL,begin INT NOT NULL,"
                + "end INT NOT NULL,resolved STRING,granularity STRING,sentence_index INT NOT NULL,"
                + "run_id STRING NOT NULL,pub_date DATE NOT NULL", Tables.DATE_MENTIONS_SCHEMA.toDDL());
    }

    @Test
    void processedFiles() {
        assertEquals("source_path STRING NOT NULL,file_size BIGINT NOT NULL,modification_time TIMESTAMP,"
                + "articles BIGINT NOT NULL,rejects BIGINT NOT NULL,run_id STRING NOT NULL,"
                + "processed_at TIMESTAMP NOT NULL,content_hash STRING", Tables.PROCESSED_FILES_SCHEMA.toDDL());
    }

    @Test
    void entityDaily() {
        assertEquals("entity_key STRING NOT NULL,canonical STRING NOT NULL,type STRING NOT NULL,country_code STRING,"
                + "articles BIGINT NOT NULL,mentions BIGINT NOT NULL,quoted BIGINT NOT NULL,avg_tone DOUBLE,"
                + "pub_date DATE NOT NULL", Tables.ENTITY_DAILY_SCHEMA.toDDL());
    }

    @Test
    void entityPairsDaily() {
        assertEquals("entity_key_a STRING NOT NULL,canonical_a STRING NOT NULL,type_a STRING NOT NULL,"
                + "country_code_a STRING,entity_key_b STRING NOT NULL,canonical_b STRING NOT NULL,"
                + "type_b STRING NOT NULL,country_code_b STRING,articles BIGINT NOT NULL,pub_date DATE NOT NULL",
                Tables.ENTITY_PAIRS_DAILY_SCHEMA.toDDL());
    }

    @Test
    void figuresDaily() {
        assertEquals("kind STRING NOT NULL,count_type STRING,object STRING,unit STRING,country STRING,"
                + "figures BIGINT NOT NULL,articles BIGINT NOT NULL,sum_value DOUBLE,max_value DOUBLE,"
                + "pub_date DATE NOT NULL", Tables.FIGURES_DAILY_SCHEMA.toDDL());
    }

    @Test
    void tokens() {
        assertEquals("article_id STRING NOT NULL,sentence_index INT NOT NULL,token_index INT NOT NULL,"
                + "text STRING NOT NULL,begin INT NOT NULL,end INT NOT NULL,lemma STRING NOT NULL,"
                + "upos STRING NOT NULL,xpos STRING NOT NULL,head INT NOT NULL,deprel STRING NOT NULL,"
                + "run_id STRING NOT NULL,pub_date DATE NOT NULL", Tables.TOKENS_SCHEMA.toDDL());
    }

    @Test
    void quotations() {
        assertEquals("article_id STRING NOT NULL,kind STRING NOT NULL,begin INT NOT NULL,end INT NOT NULL,"
                + "text STRING NOT NULL,verb STRING NOT NULL,speaker_text STRING,speaker_begin INT,speaker_end INT,"
                + "speaker_entity_key STRING,speaker_canonical STRING,sentence_index INT NOT NULL,"
                + "tone DOUBLE NOT NULL,positive_score DOUBLE NOT NULL,negative_score DOUBLE NOT NULL,"
                + "polarity DOUBLE NOT NULL,word_count INT NOT NULL,run_id STRING NOT NULL,pub_date DATE NOT NULL",
                Tables.QUOTATIONS_SCHEMA.toDDL());
    }

    @Test
    void articleTone() {
        assertEquals("article_id STRING NOT NULL,tone DOUBLE NOT NULL,positive_score DOUBLE NOT NULL,"
                + "negative_score DOUBLE NOT NULL,polarity DOUBLE NOT NULL,word_count INT NOT NULL,"
                + "quotations INT NOT NULL,run_id STRING NOT NULL,pub_date DATE NOT NULL",
                Tables.ARTICLE_TONE_SCHEMA.toDDL());
    }

    @Test
    void everyTableIsCheckedAndRegistered() {
        assertEquals(java.util.Set.of(Tables.ARTICLES, Tables.REJECTS, Tables.RUNS, Tables.PROCESSED_FILES,
                Tables.ENTITY_MENTIONS, Tables.ARTICLE_ENTITIES, Tables.FIGURES, Tables.DATE_MENTIONS,
                Tables.ENTITY_DAILY, Tables.ENTITY_PAIRS_DAILY, Tables.FIGURES_DAILY, Tables.QUOTATIONS,
                Tables.ARTICLE_TONE, Tables.TOKENS), Catalog.TABLES.keySet());
        assertEquals(Catalog.TABLES.keySet(), OutputContract.TABLES.keySet());
        assertEquals(Tables.FILE_DATE, TableSpec.partitionColumns().get(Tables.REJECTS));
        assertEquals(Tables.PUB_DATE, TableSpec.partitionColumns().get(Tables.FIGURES_DAILY));
        assertEquals(null, TableSpec.partitionColumns().get(Tables.RUNS));
        assertEquals(null, TableSpec.partitionColumns().get(Tables.PROCESSED_FILES));
    }
}
