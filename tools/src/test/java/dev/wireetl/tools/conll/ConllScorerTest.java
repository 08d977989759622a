package dev.wireetl.tools.conll;

import dev.wireetl.tools.sparknlp.ConllSentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConllScorerTest {
    @Test
    void scoresExactTypeAndBoundariesLikeConlleval() {
        List<List<String>> gold = List.of(
                List.of("B-PER", "I-PER", "O", "B-LOC"),
                List.of("B-ORG", "I-ORG", "O", "B-MISC"),
                List.of("O", "O"));
        List<List<String>> predicted = List.of(
                List.of("B-PER", "I-PER", "O", "B-ORG"),
                List.of("B-ORG", "O", "O", "B-MISC"),
                List.of("B-PER", "O"));

        ConllScorer.Result result = ConllScorer.score(gold, predicted);

        assertEquals(List.of(
                "LOC precision=0.00 recall=0.00 f1=0.00 gold=1 predicted=0 correct=0",
                "MISC precision=100.00 recall=100.00 f1=100.00 gold=1 predicted=1 correct=1",
                "ORG precision=0.00 recall=0.00 f1=0.00 gold=1 predicted=2 correct=0",
                "PER precision=50.00 recall=100.00 f1=66.67 gold=1 predicted=2 correct=1",
                "overall precision=40.00 recall=50.00 f1=44.44",
                "per-loc-org precision=25.00 recall=33.33 f1=28.57"), result.lines());
        assertEquals(new ConllScorer.Counts(4, 5, 2), result.overall());
        assertEquals(new ConllScorer.Counts(3, 4, 1), result.perLocOrg());
    }

    @Test
    void readsChunksFromIob1AndBioTags() {
        assertEquals(List.of(new ConllScorer.Chunk(0, 1, "PER"), new ConllScorer.Chunk(2, 2, "LOC"),
                        new ConllScorer.Chunk(3, 3, "LOC"), new ConllScorer.Chunk(5, 6, "ORG")),
                ConllScorer.chunks(List.of("I-PER", "I-PER", "I-LOC", "B-LOC", "O", "I-ORG", "I-ORG")));
    }

    @Test
    void mapsCharacterSpansToTokenTags() {
        ConllSentence sentence = new ConllSentence(List.of("Antony", "Blinken", "visited", "Seoul", "."),
                List.of("NNP", "NNP", "VBD", "NNP", "."), List.of("B-PER", "I-PER", "O", "B-LOC", "O"));
        assertEquals("Antony Blinken visited Seoul .", sentence.text());

        assertEquals(List.of("B-PER", "I-PER", "O", "B-LOC", "O"), ConllScorer.tagsFromSpans(sentence.tokenEnds(),
                List.of(new ConllScorer.Span(0, 14, "PER"), new ConllScorer.Span(23, 28, "LOC"))));
        // A span starting or ending inside a token covers that whole token.
        assertEquals(List.of("O", "B-PER", "I-PER", "O", "O"), ConllScorer.tagsFromSpans(sentence.tokenEnds(),
                List.of(new ConllScorer.Span(9, 17, "PER"))));
    }
}
