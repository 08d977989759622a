package dev.wireetl.common.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wireetl.common.entities.EntityExtractor.Span;
import dev.wireetl.common.text.Token;
import dev.wireetl.common.text.Tokenizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article-level rules on invented sentences, with the tagger's spans given (one sentence each). */
class DocumentEvidenceTest {
    private static DocumentEvidence evidence;

    @BeforeAll
    static void load() throws IOException {
        evidence = new DocumentEvidence(Gazetteer.load(ResourceOpener.of(SeedEntitiesTest.GAZETTEER)));
    }

    /** The spans after the rules, as {@code "TYPE text"}, on the tokens of {@code text} (one sentence). */
    private static List<String> run(String text, List<Span> spans) {
        List<String> words = Tokenizer.instance().tokenize(text).stream().map(Token::text).toList();
        evidence.apply(words, new int[] {0}, spans);
        evidence.organisationEvidence(words, spans);
        List<String> out = new ArrayList<>();
        for (Span sp : spans) {
            out.add(sp.type + " " + String.join(" ", words.subList(sp.start, sp.end)));
        }
        return out;
    }

    /** Tagger spans given as type, first token index, end index triples. */
    private static List<Span> spans(Object... typeStartEnd) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < typeStartEnd.length; i += 3) {
            out.add(new Span((Integer) typeStartEnd[i + 1], (Integer) typeStartEnd[i + 2], (String) typeStartEnd[i],
                    "tagger", 0.9));
        }
        return out;
    }

    @Test
    void currencyPrefixesAreNotMentions() {
        // tokens: Orvane raised US $ 100 billion , AU $ 52.5 million and GB £ 20.1 billion .
        assertEquals(List.of("ORG Orvane"), run("Orvane raised US$100 billion, AU$52.5 million and GB £20.1 billion.",
                spans("ORG", 0, 1, "LOC", 2, 3, "ORG", 7, 8, "ORG", 12, 13)));
    }

    @Test
    void timeZonesAreNotOrganisations() {
        // Trading in Pellmark halted at 14 : 58 UTC and resumed at 9 a.m. EST
        assertEquals(List.of("ORG Pellmark"), run("Trading in Pellmark halted at 14:58 UTC and resumed at 9 a.m. EST.",
                spans("ORG", 2, 3, "ORG", 8, 9, "ORG", 14, 15)));
    }

    @Test
    void cueWordsAfterANameBelongToIt() {
        // Halvorsen Motor Company cut prices : the tagger stopped before Company
        assertEquals(List.of("ORG Halvorsen Motor Company"), run("Halvorsen Motor Company cut prices.",
                spans("ORG", 0, 2)));
        assertEquals(List.of("ORG Ministry of Fisheries and Coastal Affairs"),
                run("The Ministry of Fisheries and Coastal Affairs said so.", spans("LOC", 5, 6)));
    }

    @Test
    void ampersandJoinsOneOrganisationAndBracketsLeaveSpans() {
        // Tarrow & Beale shares rose ; the tagger split the name and took a bracket into a country span
        assertEquals(List.of("ORG Tarrow & Beale", "LOC Sweden"), run("Tarrow & Beale shares rose ( Sweden ) .",
                spans("PERSON", 0, 1, "PERSON", 2, 3, "ORG", 6, 8)));
    }

    @Test
    void companyMergedWithTheFollowingPersonIsSplit() {
        // Dravik Corp Chairman John Ellery said
        assertEquals(List.of("ORG Dravik Corp", "PERSON John Ellery"), run("Dravik Corp Chairman John Ellery said.",
                spans("ORG", 0, 5)));
    }

    @Test
    void coordinatedCompaniesAreTwoOrganisations() {
        // Brelta Airlines and Sunvik Group agreed ; Sunvik Group said
        assertEquals(List.of("ORG Brelta Airlines", "ORG Sunvik Group", "ORG Sunvik Group"),
                run("Brelta Airlines and Sunvik Group agreed, Sunvik Group said.", spans("ORG", 0, 5, "ORG", 7, 9)));
        // one name with an inner and stays whole
        assertEquals(List.of("ORG Varn and Tessel Holdings"), run("Varn and Tessel Holdings rose.",
                spans("ORG", 0, 4)));
    }

    @Test
    void roleAppositionMakesThePersonAPerson() {
        // Maren Holt , the Vice Chairman of Ostrava Freight , said
        assertEquals(List.of("PERSON Maren Holt", "ORG Ostrava Freight"),
                run("Maren Holt, the Vice Chairman of Ostrava Freight, said.", spans("ORG", 0, 2, "ORG", 7, 9)));
    }

    @Test
    void companyNamesTypedPersonBecomeOrganisationsOnArticleEvidence() {
        // Halvorsen Motors LLC ... Halvorsen wants to ... ; Brandt Kessler shares fell
        assertEquals(List.of("ORG Halvorsen Motors LLC", "ORG Halvorsen", "ORG Brandt Kessler", "ORG Halvorsen"),
                run("Halvorsen Motors LLC is for sale. Halvorsen wants to close 789 dealerships and Brandt Kessler "
                        + "shares fell as Halvorsen cut jobs.",
                        spans("ORG", 0, 3, "PERSON", 7, 8, "PERSON", 14, 16, "PERSON", 19, 20)));
        // a person with a first name keeps the type: Linda Ostby's shares
        assertEquals(List.of("PERSON Linda Ostby"), run("Linda Ostby shares a flat.", spans("PERSON", 0, 2)));
    }

    @Test
    void placesUsedAsSidesInSportsResultsAreOrganisations() {
        // results line of invented clubs named after places
        assertEquals(List.of("ORG Leeds", "ORG Bristol", "LOC Bristol"),
                run("Leeds 2 Bristol 1 in the league match, and fans in Bristol cheered the club after the goal.",
                        spans("LOC", 0, 1, "LOC", 2, 3, "LOC", 12, 13)));
    }
}
