package dev.wireetl.common.quotes;

import dev.wireetl.common.entities.EntityMention;
import dev.wireetl.common.syntax.ArticleSyntax;
import dev.wireetl.common.syntax.ParsedSentence;
import dev.wireetl.common.syntax.SyntaxModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shipped syntax model on invented wire copy shaped like the seed. */
class QuotationExtractorTest {
    static final Path MODEL = Path.of("../conf/models/syntax");

    /** Invented: reported speech of one minister, pronouns, a ministry's claim. */
    static final String REPORTED = "Foreign Minister Marta Kessel stated on Tuesday that Valdoria and Ostrenia are "
            + "the main suppliers keeping the rebels armed. She emphasized that any ceasefire would need outside "
            + "monitors. Speaking in the capital, Kessel pointed out that the border crossings remain open.\n\n"
            + "Kessel also mentioned that the rebels receive fuel by sea. She noted that talks may resume in spring. "
            + "Kessel stressed that the government wants a lasting settlement. She warned that even a truce would "
            + "not end the smuggling. She also underlined the importance of keeping the coast patrolled.\n\n"
            + "Meanwhile, Coastal Defense Ministry officials claimed they had stopped nine boats near the harbour.";

    private static EntityMention mention(String text, String body, int from, String type, String key,
                                         String canonical) {
        int begin = body.indexOf(text, from);
        return new EntityMention(type, text, begin, begin + text.length(), 0, canonical, key, null, null, null, null,
                "test", 1.0);
    }

    private static List<String> extract(String body, List<EntityMention> mentions) {
        List<String> out = new ArrayList<>();
        for (Quotation q : QuotationExtractor.standard().extract(new ArticleSyntax(SyntaxModel.shared(MODEL), body),
                mentions)) {
            out.add(q.kind() + " " + q.verb() + " [" + q.speakerText() + " -> " + q.speakerCanonical() + " "
                    + q.speakerEntityKey() + "] " + q.text() + " @" + q.sentenceIndex());
        }
        return out;
    }

    @Test
    void everyReportedClauseOfTheMinisterAndTheMinistrysClaim() {
        List<EntityMention> mentions = new ArrayList<>();
        for (int at = REPORTED.indexOf("Kessel"); at >= 0; at = REPORTED.indexOf("Kessel", at + 1)) {
            boolean full = REPORTED.startsWith("Marta Kessel", at - 6);
            mentions.add(full ? mention("Marta Kessel", REPORTED, at - 6, "PERSON", "person:marta_kessel",
                    "Marta Kessel") : mention("Kessel", REPORTED, at, "PERSON", "person:marta_kessel", "Marta Kessel"));
        }
        mentions.add(mention("Coastal Defense Ministry", REPORTED, 0, "ORG", "org:coastal_defense_ministry",
                "Coastal Defense Ministry"));
        String person = " -> Marta Kessel person:marta_kessel] ";
        assertEquals(List.of(
                "REPORTED state [Foreign Minister Marta Kessel" + person
                        + "Valdoria and Ostrenia are the main suppliers keeping the rebels armed @0",
                "REPORTED emphasise [She" + person + "any ceasefire would need outside monitors @1",
                "REPORTED point out [Kessel" + person + "the border crossings remain open @2",
                "REPORTED mention [Kessel" + person + "the rebels receive fuel by sea @3",
                "REPORTED note [She" + person + "talks may resume in spring @4",
                "REPORTED stress [Kessel" + person + "the government wants a lasting settlement @5",
                "REPORTED warn [She" + person + "even a truce would not end the smuggling @6",
                "REPORTED underline [She" + person + "the importance of keeping the coast patrolled @7",
                "REPORTED claim [Coastal Defense Ministry officials -> Coastal Defense Ministry "
                        + "org:coastal_defense_ministry] they had stopped nine boats near the harbour @8"),
                extract(REPORTED, mentions));
    }

    @Test
    void directQuotesWithTrailingAndLeadingAttributionAcrossParagraphs() {
        String body = "\u201CWe will rebuild the pier by June,\u201D Harbour Master Ilse Brandt told reporters.\n\n"
                + "Brandt said: \"The storm took the old one. We lost two cranes.\n\n"
                + "\"Nobody was hurt.\"\n\nThe port reopened on Friday.";
        List<EntityMention> mentions = List.of(
                mention("Ilse Brandt", body, 0, "PERSON", "person:ilse_brandt", "Ilse Brandt"),
                mention("Brandt", body, body.indexOf("\n"), "PERSON", "person:ilse_brandt", "Ilse Brandt"));
        assertEquals(List.of(
                "DIRECT tell [Harbour Master Ilse Brandt -> Ilse Brandt person:ilse_brandt] "
                        + "We will rebuild the pier by June @0",
                "DIRECT say [Brandt -> Ilse Brandt person:ilse_brandt] The storm took the old one. We lost two cranes."
                        + "\n\n\"Nobody was hurt @1"),
                extract(body, mentions));
    }

    @Test
    void accordingToPassiveAndTheCompany() {
        String body = "Lumeco cut its forecast on Monday. According to the union, about 300 jobs will go. "
                + "It was announced that the plant would close. Sales fell 4 percent, the company said.";
        List<EntityMention> mentions = List.of(mention("Lumeco", body, 0, "ORG", "org:lumeco", "Lumeco"));
        assertEquals(List.of(
                "REPORTED according to [the union -> union null] about 300 jobs will go @1",
                "REPORTED announce [null -> null null] the plant would close @2",
                "REPORTED say [the company -> Lumeco org:lumeco] Sales fell 4 percent @3"),
                extract(body, mentions));
    }

    @Test
    void aQuotedFragmentInsideAReportedClauseIsPartial() {
        String body = "The mayor said the new bridge was \"a gift to the city\" and would open in May.";
        assertEquals(List.of("PARTIAL say [The mayor -> mayor null] "
                        + "the new bridge was \"a gift to the city\" and would open in May @0"),
                extract(body, List.of()));
    }

    @Test
    void onlySentencesTheTagsLeaveInDoubtAreParsed() {
        String body = "Prices rose in March. The mayor said the bridge would open. Rain fell all week. "
                + "Officials said the road was closed and warned that it could flood.";
        ArticleSyntax syntax = new ArticleSyntax(SyntaxModel.shared(MODEL), body);
        assertEquals(List.of("REPORTED say [The mayor -> mayor null] the bridge would open @1",
                "REPORTED say [Officials -> Officials null] the road was closed @3",
                "REPORTED warn [Officials -> Officials null] it could flood @3"),
                extract(body, List.of()));
        QuotationExtractor.standard().extract(syntax, List.of());
        assertEquals(1, syntax.parsedCount(), "two speech verbs: only the last sentence needs its parse");
    }

    @Test
    void theNextQuotesOpeningMarkLeftAtASentenceEndIsNotPartOfIt() {
        // BBC style: the splitter leaves the mark that opens the next quote after the full stop
        String body = "\"The pier will reopen in June,\" Ilse Brandt said. \"We lost two cranes in the storm.\" "
                + "The port reopened on Friday.";
        List<EntityMention> mentions = List.of(
                mention("Ilse Brandt", body, 0, "PERSON", "person:ilse_brandt", "Ilse Brandt"));
        ArticleSyntax syntax = new ArticleSyntax(SyntaxModel.shared(MODEL), body);
        assertEquals(List.of(
                "DIRECT say [Ilse Brandt -> Ilse Brandt person:ilse_brandt] The pier will reopen in June @0",
                "DIRECT say [Ilse Brandt -> Ilse Brandt person:ilse_brandt] We lost two cranes in the storm @1"),
                extract(body, mentions));
        QuotationExtractor.standard().extract(syntax, mentions);
        assertEquals(0, syntax.parsedCount());
    }

    @Test
    void subjectsWithAnAppositionOrRelativeClausePerfectsAndOpeningPhrasesAreSettledByTheTags() {
        String body = "Harold Pike, head of the dockers union, said that the strike would go ahead. "
                + "The firm, which employs 400 people, told investors that profits rose. "
                + "Speaking at the annual meeting in Lisbon, Anna Roth said the plant would close. "
                + "Mr Pike has said he will step down in May. Ms Roth has also told staff that the merger was off.";
        List<EntityMention> mentions = List.of(
                mention("Harold Pike", body, 0, "PERSON", "person:harold_pike", "Harold Pike"),
                mention("Anna Roth", body, 0, "PERSON", "person:anna_roth", "Anna Roth"));
        ArticleSyntax syntax = new ArticleSyntax(SyntaxModel.shared(MODEL), body);
        assertEquals(List.of(
                "REPORTED say [Harold Pike, head of the dockers union -> Harold Pike person:harold_pike] "
                        + "the strike would go ahead @0",
                "REPORTED tell [The firm -> firm null] profits rose @1",
                "REPORTED say [Anna Roth -> Anna Roth person:anna_roth] the plant would close @2",
                "REPORTED say [Mr Pike -> Mr Pike null] he will step down in May @3",
                "REPORTED tell [Ms Roth -> Ms Roth null] the merger was off @4"),
                extract(body, mentions));
        QuotationExtractor.standard().extract(syntax, mentions);
        assertEquals(0, syntax.parsedCount());
    }

    @Test
    void anInvertedAttributionWithTheSpeakersTitleAfterTheName() {
        String body = "Prices will keep falling for months, said Carla Dunmore, chief economist at Westbank.";
        List<EntityMention> mentions = List.of(
                mention("Carla Dunmore", body, 0, "PERSON", "person:carla_dunmore", "Carla Dunmore"));
        ArticleSyntax syntax = new ArticleSyntax(SyntaxModel.shared(MODEL), body);
        assertEquals(List.of("REPORTED say [Carla Dunmore -> Carla Dunmore person:carla_dunmore] "
                + "Prices will keep falling for months @0"), extract(body, mentions));
        QuotationExtractor.standard().extract(syntax, mentions);
        assertEquals(0, syntax.parsedCount());
    }

    @Test
    void aPronounSkipsPeopleTheArticlesTitlesGiveTheOtherGender() {
        String body = "Finance Minister Sue Essex said the deal was fair. Ms Essex said councils would cope. "
                + "The council leader, Tom Price, was not convinced. \"It is not enough,\" he said.";
        List<EntityMention> mentions = List.of(
                mention("Sue Essex", body, 0, "PERSON", "person:sue_essex", "Sue Essex"),
                mention("Essex", body, body.indexOf("Ms Essex"), "PERSON", "person:sue_essex", "Sue Essex"),
                mention("Tom Price", body, 0, "PERSON", "person:tom_price", "Tom Price"));
        List<String> found = extract(body, mentions);
        assertEquals("DIRECT say [he -> Tom Price person:tom_price] It is not enough @3", found.get(found.size() - 1));
    }

    @Test
    void aRelativePronounSpeakerIsItsAntecedent() {
        // A parse as the model gives it: "said" heads a relative clause on "farmers", "who" its subject.
        String text = "Farmers, who said prices were falling, marched.";
        String[] words = {"Farmers", ",", "who", "said", "prices", "were", "falling", ",", "marched", "."};
        String[] upos = {"NOUN", "PUNCT", "PRON", "VERB", "NOUN", "AUX", "VERB", "PUNCT", "VERB", "PUNCT"};
        String[] xpos = {"NNS", ",", "WP", "VBD", "NNS", "VBD", "VBG", ",", "VBD", "."};
        int[] head = {9, 4, 4, 1, 7, 7, 4, 4, 0, 9};
        String[] deprel = {"nsubj", "punct", "nsubj", "acl:relcl", "nsubj", "aux", "ccomp", "punct", "root", "punct"};
        List<Quotation> found = QuotationExtractor.fromParse(text, parsed(text, words, upos, xpos, head, deprel), 0,
                QuoteSpans.find(text), new boolean[0]);
        assertEquals(List.of("REPORTED say [Farmers] prices were falling"),
                found.stream().map(q -> q.kind() + " " + q.verb() + " [" + q.speakerText() + "] " + q.text()).toList());
    }

    @Test
    void theHearerOfToldIsNotTheSpeaker() {
        String body = "\"This is a very costly purchase,\" Ilse Brandt, from Harbour Bank, told Reuters.";
        List<EntityMention> mentions = List.of(
                mention("Ilse Brandt", body, 0, "PERSON", "person:ilse_brandt", "Ilse Brandt"),
                mention("Harbour Bank", body, 0, "ORG", "org:harbour_bank", "Harbour Bank"),
                mention("Reuters", body, 0, "ORG", "org:reuters", "Reuters"));
        assertEquals(List.of("DIRECT tell [Ilse Brandt -> Ilse Brandt person:ilse_brandt] This is a very costly purchase @0"),
                extract(body, mentions));
    }

    @Test
    void aNameRightBeforeASubjectlessSpeechVerbIsTheSpeaker() {
        // A parse as the model gives one on news text: the name after the appositive comma hangs off the noun
        // before it, so "said" has no subject.
        String text = "Talks stalled, but the envoy, Ana Ruiz said the deadline was extended.";
        String[] words = {"Talks", "stalled", ",", "but", "the", "envoy", ",", "Ana", "Ruiz", "said", "the",
            "deadline", "was", "extended", "."};
        String[] upos = {"NOUN", "VERB", "PUNCT", "CCONJ", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "DET",
            "NOUN", "AUX", "VERB", "PUNCT"};
        String[] xpos = {"NNS", "VBD", ",", "CC", "DT", "NN", ",", "NNP", "NNP", "VBD", "DT", "NN", "VBD", "VBN",
            "."};
        int[] head = {2, 10, 6, 6, 6, 2, 8, 6, 8, 0, 12, 14, 14, 10, 10};
        String[] deprel = {"nsubj", "ccomp", "punct", "cc", "det", "conj", "punct", "appos", "flat", "root", "det",
            "nsubj:pass", "aux:pass", "ccomp", "punct"};
        List<Quotation> found = QuotationExtractor.fromParse(text, parsed(text, words, upos, xpos, head, deprel), 0,
                QuoteSpans.find(text), new boolean[0]);
        assertEquals(List.of("REPORTED say [Ana Ruiz] the deadline was extended"),
                found.stream().map(q -> q.kind() + " " + q.verb() + " [" + q.speakerText() + "] " + q.text()).toList());
    }

    /** A hand-built parse of {@code text}: each word found in order, lemma the lower-cased word. */
    private static ParsedSentence parsed(String text, String[] words, String[] upos, String[] xpos, int[] head,
                                         String[] deprel) {
        int n = words.length;
        int[] begin = new int[n];
        int[] end = new int[n];
        String[] lemma = new String[n];
        int at = 0;
        for (int i = 0; i < n; i++) {
            begin[i] = text.indexOf(words[i], at);
            end[i] = begin[i] + words[i].length();
            at = end[i];
            lemma[i] = words[i].toLowerCase(java.util.Locale.ROOT);
        }
        return new ParsedSentence(words, begin, end, lemma, upos, xpos, head, deprel);
    }
}
