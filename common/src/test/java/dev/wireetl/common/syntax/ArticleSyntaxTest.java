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

    @Test
    void aSentenceTaggedFirstIsParsedWithItsTagsAsAFreshAnalysisWouldBe() {
        String text = "The mayor said on Tuesday that the bridge \u201Cwould reopen\u201D. Nobody spoke.";
        SyntaxModel model = SyntaxModel.shared(SyntaxModelTest.MODEL);
        ArticleSyntax syntax = new ArticleSyntax(model, text);
        ParsedSentence tagged = syntax.tagged(0);
        assertEquals("_", tagged.deprel()[0]);
        ParsedSentence parsed = syntax.sentence(0);
        ParsedSentence fresh = new ArticleSyntax(model, text).sentence(0);
        assertEquals(fresh.toConllu(), parsed.toConllu());
        assertArrayEquals(fresh.begin(), parsed.begin());
        assertArrayEquals(fresh.end(), parsed.end());
        assertSame(parsed, syntax.tagged(0));
        assertEquals(1, syntax.parsedCount());
    }
}
