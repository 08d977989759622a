package dev.wireetl.common.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> texts(String s) {
        return Tokenizer.instance().tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void keepsDottedAbbreviationsTitlesAndMonths() {
        assertEquals(List.of("U.S.", "Secretary", "Mr.", "J.", "Smith", "met", "on", "Jan.", "5", "at", "9", "a.m.",
                "in", "the", "U.K.", "."), texts("U.S. Secretary Mr. J. Smith met on Jan. 5 at 9 a.m. in the U.K.."));
        assertEquals(List.of("Acme", "Inc.", "and", "Foo", "Corp.", "etc."), texts("Acme Inc. and Foo Corp. etc."));
    }

    @Test
    void splitsOrdinaryFinalDot() {
        assertEquals(List.of("He", "left", "the", "office", "."), texts("He left the office."));
        assertEquals(List.of("They", "sat", "."), texts("They sat."));
    }

    @Test
    void keepsDecimalsAndThousands() {
        assertEquals(List.of("$", "1,234.5", "million", ",", "3.5", "%", "and", "12", "."),
                texts("$1,234.5 million, 3.5% and 12."));
        assertEquals(List.of("14-3/4", "pct"), texts("14-3/4 pct"));
    }

    @Test
    void splitsPossessivesAndContractionsStraightAndCurly() {
        assertEquals(List.of("Russia", "’s", "military", "and", "China", "'s", "backing"),
                texts("Russia’s military and China's backing"));
        assertEquals(List.of("They", "do", "n't", "know", ",", "we", "’re", "sure"), texts("They don't know, we’re sure"));
        assertEquals(List.of("the", "ministers", "'", "meeting", "with", "O'Brien"),
                texts("the ministers' meeting with O'Brien"));
    }

    @Test
    void separatesCurlyAndStraightQuotes() {
        assertEquals(List.of("“", "No", "”", ",", "he", "said", ":", "\"", "Yes", "\"", "‘", "ok", "’"),
                texts("“No”, he said: \"Yes\" ‘ok’"));
    }

    @Test
    void keepsHyphenatedWordsAndAmpersandNames() {
        assertEquals(List.of("President-elect", "Donald", "Trump", ",", "military-industrial", "AT&T", "--", "x"),
                texts("President-elect Donald Trump, military-industrial AT&T -- x"));
    }

    @Test
    void keepsExactOffsets() {
        String s = "  U.S. aid:\n\nRussia’s 1,000 drones…";
        List<Token> tokens = Tokenizer.instance().tokenize(s);
        for (Token t : tokens) {
            assertEquals(t.text(), s.substring(t.begin(), t.end()));
        }
        assertArrayEquals(new int[] {2, 7, 10, 13, 19, 22, 28, 34},
                tokens.stream().mapToInt(Token::begin).toArray());
        assertEquals(List.of("U.S.", "aid", ":", "Russia", "’s", "1,000", "drones", "…"),
                tokens.stream().map(Token::text).toList());
    }

    @Test
    void splitsWordsGluedByAMissingSpaceAfterAFullStop() {
        assertEquals(List.of("the", "community", ".", "Breizat", "said"), texts("the community.Breizat said"));
        assertEquals(List.of("in", "2025", ".", "The"), texts("in 2025.The"));
    }

    @Test
    void euroSignsEnDashesAndCurlyQuotesAreTokensOfTheirOwn() {
        assertEquals(List.of("“", "€", "5", "–", "€", "7.5", "bn", "”"), texts("“€5 – €7.5 bn”"));
        assertEquals(List.of("2023", "–", "2024", "season"), texts("2023–2024 season"));
    }
}
