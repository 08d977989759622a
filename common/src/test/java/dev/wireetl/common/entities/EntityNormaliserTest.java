package dev.wireetl.common.entities;

import dev.wireetl.common.text.SentenceSplitter;
import dev.wireetl.common.text.Tokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Canonical names from the people list of a tiny invented gazetteer ({@code people/}): its person-names.tsv
 * lists Putin, Kerry (also a first name there) and Morales (also a city there).
 */
class EntityNormaliserTest {
    private static EntityNormaliser normaliser;

    @BeforeAll
    static void load() throws IOException {
        normaliser = new EntityNormaliser(Gazetteer.load(name -> EntityNormaliserTest.class.getResourceAsStream(
                "people/" + name)));
    }

    private static List<String> canonicalAndKey(String body, List<RawMention> raws) {
        return normaliser.normalise(body, Tokenizer.instance().tokenize(body),
                SentenceSplitter.instance().sentenceStarts(body), raws).stream()
                .map(m -> m.text() + " | " + m.canonical() + " | " + m.entityKey()).toList();
    }

    private static RawMention mention(String type, String body, String text, int from) {
        int begin = body.indexOf(text, from);
        return new RawMention(type, begin, begin + text.length(), "tagger", 0.9);
    }

    @Test
    void loneListedSurnameTakesTheFullName() {
        String body = "Putin met Zelensky.";
        assertEquals(List.of("Putin | Vladimir Putin | person:vladimir_putin", "Zelensky | Zelensky | person:zelensky"),
                canonicalAndKey(body, List.of(mention("PERSON", body, "Putin", 0),
                        mention("PERSON", body, "Zelensky", 0))));
    }

    @Test
    void theArticlesOwnFullNameWins() {
        String body = "Lyudmila Putin spoke. Putin left.";
        assertEquals(List.of("Lyudmila Putin | Lyudmila Putin | person:lyudmila_putin",
                        "Putin | Lyudmila Putin | person:lyudmila_putin"),
                canonicalAndKey(body, List.of(mention("PERSON", body, "Lyudmila Putin", 0),
                        mention("PERSON", body, "Putin", 15))));
    }

    @Test
    void surnamesThatAreFirstNamesOrPlacesAndOtherTypesStayAsWritten() {
        String body = "Kerry met Morales at Putin.";
        assertEquals(List.of("Kerry | Kerry | person:kerry", "Morales | Morales | person:morales",
                        "Putin | Putin | org:putin"),
                canonicalAndKey(body, List.of(mention("PERSON", body, "Kerry", 0),
                        mention("PERSON", body, "Morales", 0), mention("ORG", body, "Putin", 0))));
    }
}
