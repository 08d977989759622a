package dev.wireetl.common.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = SentenceSplitter.instance();

    @Test
    void abbreviationsDoNotEndSentences() {
        String s = "U.S. Secretary Mr. J. Smith arrived on Jan. 5 with $1.5 billion. He left.";
        assertArrayEquals(new int[] {0, 65}, SPLITTER.sentenceStarts(s));
    }

    @Test
    void abbreviationBeforeOpenerEndsSentence() {
        String s = "The aid went to the U.S. The money arrived.";
        assertArrayEquals(new int[] {0, 25}, SPLITTER.sentenceStarts(s));
    }

    @Test
    void closingQuotesStayWithTheirSentenceAndParagraphsSplit() {
        String s = "He said: “We won.” Then he left\n\nNew paragraph? Yes! ok";
        int[] starts = SPLITTER.sentenceStarts(s);
        assertArrayEquals(new int[] {0, 19, 33, 48}, starts);
        assertEquals(2, SentenceSplitter.sentenceIndex(starts, 40));
        assertEquals(0, SentenceSplitter.sentenceIndex(starts, 0));
        assertEquals(3, SentenceSplitter.sentenceIndex(starts, 60));
    }

    @Test
    void emptyTextHasNoSentences() {
        assertArrayEquals(new int[0], SPLITTER.sentenceStarts("  \n "));
    }

    @Test
    void missingSpaceAfterAFullStopStillEndsTheSentence() {
        String s = "Talks helped the community.Breizat said the plan starts in 2025.The board agreed.";
        assertArrayEquals(new int[] {0, 27, 64}, SPLITTER.sentenceStarts(s));
    }

    @Test
    void curlyQuotesEnDashesAndEuroSignsInNewsText() {
        String s = "He said: “Prices rose by €5 – or 4%.” Officials agreed. ‘Fine,’ she said.";
        assertArrayEquals(new int[] {0, 38, 56}, SPLITTER.sentenceStarts(s));
    }
}
