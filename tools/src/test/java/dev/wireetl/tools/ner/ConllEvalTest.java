package dev.wireetl.tools.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConllEvalTest {

    @Test
    void scoresExactTypeAndBoundaries() {
        ConllEval e = new ConllEval();
        e.add(new String[] {"B-PER", "I-PER", "O", "B-LOC", "B-MISC"},
                new String[] {"B-PER", "I-PER", "O", "B-ORG", "B-MISC"});
        e.add(new String[] {"B-LOC", "I-LOC"}, new String[] {"B-LOC", "O"});
        assertEquals("overall precision=50.00 recall=50.00 f1=50.00", e.line("overall", null));
        assertEquals("per-loc-org precision=33.33 recall=33.33 f1=33.33",
                e.line("per-loc-org", Set.of("PER", "LOC", "ORG")));
        assertEquals(List.of(
                "LOC precision=0.00 recall=0.00 f1=0.00 gold=2 predicted=1",
                "MISC precision=100.00 recall=100.00 f1=100.00 gold=1 predicted=1",
                "ORG precision=0.00 recall=0.00 f1=0.00 gold=0 predicted=1",
                "PER precision=100.00 recall=100.00 f1=100.00 gold=1 predicted=1"), e.perTypeLines());
    }

    @Test
    void insideWithoutBeginStartsAChunk() {
        assertEquals(List.of(new ConllEval.Chunk("PER", 0, 2), new ConllEval.Chunk("LOC", 2, 3)),
                ConllEval.chunks(new String[] {"I-PER", "I-PER", "I-LOC"}));
    }
}
