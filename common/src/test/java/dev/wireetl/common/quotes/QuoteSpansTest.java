package dev.wireetl.common.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuoteSpansTest {
    private static List<String> quotes(String text) {
        return QuoteSpans.find(text).stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void curlyAndStraightMarks() {
        assertEquals(List.of("One,", "Two."), quotes("\u201COne,\u201D she said. \"Two.\""));
    }

    @Test
    void aParagraphOpenedAgainContinuesTheQuote() {
        assertEquals(List.of("First part.\n\n\"Second part."), quotes("He said: \"First part.\n\n\"Second part.\" Then."));
    }

    @Test
    void marksBetweenSpacesToggle() {
        assertEquals(List.of("flat wrong ."), quotes("the plan is \" flat wrong . \" he said"));
    }

    @Test
    void anUnclosedMarkQuotesNothing() {
        assertEquals(List.of(), quotes("a 12\" pipe burst"));
    }
}
