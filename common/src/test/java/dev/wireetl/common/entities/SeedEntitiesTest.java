package dev.wireetl.common.entities;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed article: all 34 gold mentions, in order, with type, canonical name and country; nothing else. */
class SeedEntitiesTest {
    static final Path MODEL = Path.of("../conf/models/ner");
    static final Path GAZETTEER = Path.of("../conf/gazetteer");

    private static EntityExtractor extractor;
    private static String body;

    @BeforeAll
    static void load() throws IOException {
        extractor = EntityExtractor.shared(MODEL, GAZETTEER);
        body = resource("seed-body.txt");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SeedEntitiesTest.class.getResourceAsStream("/entities/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> goldEntities() throws IOException {
        Map<String, Object> gold = new ObjectMapper().readValue(resource("seed.gold.json"), Map.class);
        return (List<Map<String, Object>>) gold.get("entities");
    }

    /**
     * Gold mention i is matched to the k-th found mention with the same type and text, k being the
     * number of earlier gold mentions with that type and text (the gold lists one ORG after a NORP that
     * follows it in the text, so order is checked per type and text).
     */
    @Test
    @SuppressWarnings("unchecked")
    void findsExactlyTheGoldMentions() throws IOException {
        List<Map<String, Object>> gold = goldEntities();
        List<EntityMention> found = extractor.extract(body);
        List<String> got = new ArrayList<>();
        for (EntityMention m : found) {
            got.add(m.type() + " " + m.text());
        }
        List<String> want = new ArrayList<>();
        for (Map<String, Object> g : gold) {
            want.add(g.get("type") + " " + g.get("text"));
        }
        assertEquals(want.stream().sorted().toList(), got.stream().sorted().toList());
        assertEquals(34, found.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Map<String, Object> g : gold) {
            String key = g.get("type") + " " + g.get("text");
            int k = seen.merge(key, 1, Integer::sum);
            EntityMention m = found.stream().filter(f -> key.equals(f.type() + " " + f.text())).skip(k - 1)
                    .findFirst().orElseThrow();
            List<Object> alts = (List<Object>) g.getOrDefault("canonical_alt", List.of());
            assertTrue(m.canonical().equals(g.get("canonical")) || alts.contains(m.canonical()),
                    "canonical " + m.canonical() + " for " + g);
            assertEquals(g.get("country"), m.countryCode(), "country of " + g);
            assertEquals(m.text(), body.substring(m.begin(), m.end()));
        }
    }

    @Test
    void normalisesAliasesRegionsAndKeys() {
        List<EntityMention> found = extractor.extract(body);
        EntityMention us = found.get(0);
        assertEquals("United States", us.canonical());
        assertEquals("loc:geonames:6252001", us.entityKey());
        assertEquals(0, us.begin());
        assertEquals(4, us.end());
        assertEquals(0, us.sentenceIndex());
        EntityMention belgorod = found.get(33);
        assertEquals("Belgorod Oblast", belgorod.canonical());
        assertEquals(Long.valueOf(578071L), belgorod.geonamesId());
        assertEquals("loc:geonames:578071", belgorod.entityKey());
        EntityMention blinken = found.get(7);
        assertEquals("Antony Blinken", blinken.canonical());
        assertEquals("person:antony_blinken", blinken.entityKey());
        assertEquals("norp:ru:russian", found.get(14).entityKey());
    }

    @Test
    void aggregatesArticleEntities() {
        List<ArticleEntity> rows = ArticleEntity.aggregate(extractor.extract(body));
        ArticleEntity first = rows.get(0);
        assertEquals(new ArticleEntity("loc:geonames:6252001", "LOC", "United States", 3, 0), first);
        ArticleEntity blinken = rows.get(1);
        assertEquals("person:antony_blinken", blinken.entityKey());
        assertEquals(4, blinken.mentionCount());
        assertEquals(14, rows.size());
    }

    @Test
    void normalisesMentionsFromAnotherEngine() {
        String text = "Kyiv said Zelensky met Ukrainians in the Kharkiv region.";
        List<EntityMention> m = extractor.normalise(text, List.of(
                new RawMention("LOC", 0, 4, "sparknlp", 0.8),
                new RawMention("PER", 10, 18, "sparknlp", 0.7),
                new RawMention("MISC", 23, 33, "sparknlp", 0.6),
                new RawMention("LOC", 41, 48, "sparknlp", 0.9)));
        assertEquals("UA", m.get(0).countryCode());
        assertEquals("PERSON", m.get(1).type());
        assertEquals("person:zelensky", m.get(1).entityKey());
        assertEquals("Ukrainian", m.get(2).canonical());
        assertEquals("norp:ua:ukrainian", m.get(2).entityKey());
        assertEquals("Kharkivs’ka Oblast’", m.get(3).canonical());
        assertEquals(Long.valueOf(706482L), m.get(3).geonamesId());
        assertEquals("sparknlp", m.get(3).method());
    }
}
