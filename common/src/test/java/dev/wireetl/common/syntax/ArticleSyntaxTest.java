package dev.wireetl.common.syntax;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ArticleSyntaxTest {
    private static final String TEXT = "The council met on Monday. Prices rose 4% in March. Nobody spoke.";

    @Test
    void parsesOnlyTheSentencesAskedForAndOnlyOnce() {
        ArticleSyntax syntax = new ArticleSyntax(SyntaxModel.shared(SyntaxModelTest.MODEL), TEXT);
        assertEquals(3, syntax.sentenceCount());
        assertArrayEquals(new int[] {0, 27, 52}, syntax.sentenceStarts());
        assertEquals(1, syntax.sentenceIndexAt(TEXT.indexOf("4%")));
        assertEquals(0, syntax.parsedCount());
        ParsedSentence second = syntax.sentence(1);
        assertSame(second, syntax.sentence(1));
        assertEquals(1, syntax.parsedCount());
        assertArrayEquals(new String[] {"Prices", "rose", "4", "%", "in", "March", "."}, second.words());
        assertEquals(TEXT.indexOf("Prices"), second.begin()[0]);
        assertEquals("nsubj", second.deprel()[0]);
        assertEquals(2, second.head()[0]);
    }
}
