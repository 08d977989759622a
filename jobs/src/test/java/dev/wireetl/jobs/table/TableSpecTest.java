package dev.wireetl.jobs.table;

import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The table registry: every table once, with the partition column, sort columns and replace rule the writers use. */
class TableSpecTest {
    @Test
    void registryListsEveryTableWithHowItIsWritten() {
        Map<String, String> described = new LinkedHashMap<>();
        for (TableSpec t : TableSpec.ALL) {
            described.put(t.name(), t.partitionColumn() + " " + t.sortColumns() + " " + t.replace());
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("articles", "pub_date [article_id] BY_FILE");
        expected.put("rejects", "file_date [source_path] BY_FILE");
        expected.put("runs", "null [] APPEND");
        expected.put("processed_files", "null [source_path] LEDGER");
        expected.put("entity_mentions", "pub_date [article_id, begin] BY_ARTICLE");
        expected.put("article_entities", "pub_date [article_id, first_begin] BY_ARTICLE");
        expected.put("figures", "pub_date [article_id, begin] BY_ARTICLE");
        expected.put("date_mentions", "pub_date [article_id, begin] BY_ARTICLE");
        expected.put("entity_daily", "pub_date [entity_key] BY_PARTITION");
        expected.put("entity_pairs_daily", "pub_date [entity_key_a, entity_key_b] BY_PARTITION");
        expected.put("figures_daily", "pub_date [kind, count_type, unit] BY_PARTITION");
        expected.put("tokens", "pub_date [article_id, sentence_index, token_index] BY_ARTICLE");
        expected.put("quotations", "pub_date [article_id, begin] BY_ARTICLE");
        expected.put("article_tone", "pub_date [article_id] BY_ARTICLE");
        assertEquals(expected, described);
    }

    @Test
    void aColumnTheSchemaLacksIsRefused() {
        StructType schema = new StructType().add("a", "string");
        assertEquals("t: no sort column b", org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> new TableSpec("t", schema, null, List.of("b"), TableSpec.Replace.APPEND)).getMessage());
        assertEquals("t: no partition column p", org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> new TableSpec("t", schema, "p", List.of(), TableSpec.Replace.APPEND)).getMessage());
    }
}
