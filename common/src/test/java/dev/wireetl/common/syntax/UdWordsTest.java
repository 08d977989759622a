package dev.wireetl.common.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.wireetl.common.text.Tokenizer;
import org.junit.jupiter.api.Test;

class UdWordsTest {

    private static UdWords.Words words(String text) {
        return UdWords.of(Tokenizer.instance().tokenize(text));
    }

    @Test
    void splitsHyphenatedWordsAsUdDoesWithOffsets() {
        UdWords.Words w = words("A Belgorod-based firm");
        assertArrayEquals(new String[] {"A", "Belgorod", "-", "based", "firm"}, w.text());
        assertArrayEquals(new int[] {0, 2, 10, 11, 17}, w.begin());
        assertArrayEquals(new int[] {1, 10, 11, 16, 21}, w.end());
    }

    @Test
    void keepsPrefixesAndDigitGroupsWhole() {
        assertArrayEquals(new String[] {"an", "e-mail", "to", "non-members", "at", "713-555-0100"},
                words("an e-mail to non-members at 713-555-0100").text());
        assertArrayEquals(new String[] {"a", "10", "-", "year", "deal"}, words("a 10-year deal").text());
    }

    @Test
    void splitsFusedFormsAndKeepsTokenizerClitics() {
        UdWords.Words w = words("We cannot say it isn\u2019t Russia's");
        assertArrayEquals(new String[] {"We", "can", "not", "say", "it", "is", "n\u2019t", "Russia", "'s"}, w.text());
        assertArrayEquals(new String[] {"We", "can", "not", "say", "it", "is", "n't", "Russia", "'s"}, w.modelForms());
        assertArrayEquals(new int[] {3, 6}, new int[] {w.begin()[1], w.begin()[2]});
    }

    @Test
    void givesTheModelDollarsForOtherCurrencySignsAndNumbersForScaledNumbers() {
        UdWords.Words w = words("£3bn and €1.5m for 600k, not 3D or 4x4");
        assertArrayEquals(new String[] {"£", "3bn", "and", "€", "1.5m", "for", "600k", ",", "not", "3D", "or", "4x4"},
                w.text());
        assertArrayEquals(new String[] {"$", "3", "and", "$", "1.5", "for", "600", ",", "not", "3D", "or", "4x4"},
                w.modelForms());
    }

    @Test
    void spellsOutWireAbbreviationsForTheModel() {
        UdWords.Words w = words("Net rose 5 pct to 1.2 mln dlrs");
        assertArrayEquals(new String[] {"Net", "rose", "5", "pct", "to", "1.2", "mln", "dlrs"}, w.text());
        assertArrayEquals(new String[] {"Net", "rose", "5", "%", "to", "1.2", "million", "dollars"}, w.modelForms());
    }

    @Test
    void keepsDottedAbbreviations() {
        assertArrayEquals(new String[] {"The", "U.S.", "said"}, words("The U.S. said").text());
    }
}
