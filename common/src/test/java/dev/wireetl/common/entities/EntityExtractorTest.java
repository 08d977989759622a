package dev.wireetl.common.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {
    private final EntityExtractor extractor = EntityExtractor.shared(SeedEntitiesTest.MODEL, SeedEntitiesTest.GAZETTEER);

    @Test
    void emptyAndEntityFreeBodiesGiveNoMentions() {
        assertEquals(List.of(), extractor.extract(""));
        assertEquals(List.of(), extractor.extract("  \n\n "));
        assertEquals(List.of(), extractor.extract("prices rose by 3% on the day."));
    }

    @Test
    void sharedInstanceIsLoadedOncePerKey() {
        assertSame(extractor, EntityExtractor.shared(SeedEntitiesTest.MODEL, SeedEntitiesTest.GAZETTEER));
    }

    @Test
    void resolvesAliasesDemonymsAndOrganisations() {
        List<EntityMention> m = extractor.extract("The UK and Ivory Coast signed a deal, NATO said. Russians protested.");
        assertEquals(List.of("LOC UK United Kingdom GB", "LOC Ivory Coast Ivory Coast CI", "ORG NATO NATO null",
                "NORP Russians Russian RU"),
                m.stream().map(e -> e.type() + " " + e.text() + " " + e.canonical() + " " + e.countryCode()).toList());
        assertEquals(1, m.get(3).sentenceIndex());
        assertEquals("tagger", m.get(2).method()); // tagger and gazetteer agree: the tagger span stays
    }

    @Test
    void companyEvidenceCurrencyPrefixAndTimeZoneInOneArticle() {
        List<EntityMention> m = extractor.extract("Halvorsen Motors LLC plans to cut costs. Halvorsen wants to eliminate "
                + "789 dealerships, and Halvorsen shares fell 4% at 14:58 UTC after the carmaker raised US$100 billion.");
        assertEquals(List.of("ORG Halvorsen Motors LLC Halvorsen Motors LLC", "ORG Halvorsen Halvorsen Motors LLC",
                "ORG Halvorsen Halvorsen Motors LLC"),
                m.stream().map(e -> e.type() + " " + e.text() + " " + e.canonical()).toList());
    }

    @Test
    void roleAppositionAndCoordinatedCompanies() {
        List<EntityMention> m = extractor.extract("Maren Holt, the Vice Chairman of Ostrava Freight, said Brelta "
                + "Airlines and Sunvik Group would merge. Sunvik Group declined to comment.");
        assertEquals(List.of("PERSON Maren Holt", "ORG Ostrava Freight", "ORG Brelta Airlines", "ORG Sunvik Group",
                "ORG Sunvik Group"), m.stream().map(e -> e.type() + " " + e.text()).toList());
    }
}
