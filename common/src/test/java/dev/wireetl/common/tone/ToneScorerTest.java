package dev.wireetl.common.tone;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Valences from the shipped VADER lexicon: good 1.9, bad -2.5. */
class ToneScorerTest {
    private static final double EPS = 1e-9;

    @Test
    void positiveWordsPerHundredWords() {
        ToneScore s = ToneScorer.standard().score("The results were good.");
        assertEquals(4, s.wordCount());
        assertEquals(47.5, s.positiveScore(), EPS);
        assertEquals(0, s.negativeScore(), EPS);
        assertEquals(47.5, s.tone(), EPS);
        assertEquals(47.5, s.polarity(), EPS);
    }

    @Test
    void negationFlipsAndDampens() {
        ToneScore s = ToneScorer.standard().score("The results were not good.");
        assertEquals(5, s.wordCount());
        assertEquals(100 * 1.9 * 0.74 / 5, s.negativeScore(), EPS);
        assertEquals(-100 * 1.9 * 0.74 / 5, s.tone(), EPS);
    }

    @Test
    void intensifiersRaiseAndLowerByDistance() {
        assertEquals(100 * (1.9 + 0.293) / 3, ToneScorer.standard().score("very good results").positiveScore(), EPS);
        // "more" (distance 1) raises the magnitude by 0.293, "slightly" (distance 2) lowers it by 0.293 × 0.95
        assertEquals(100 * (2.5 + 0.293 - 0.293 * 0.95) / 4,
                ToneScorer.standard().score("slightly more bad news").negativeScore(), 1e-6);
    }

    @Test
    void mixedToneAndNoWords() {
        ToneScore s = ToneScorer.standard().score("good and bad");
        assertEquals(100 * 1.9 / 3, s.positiveScore(), EPS);
        assertEquals(100 * 2.5 / 3, s.negativeScore(), EPS);
        assertEquals(100 * (1.9 - 2.5) / 3, s.tone(), EPS);
        assertEquals(100 * (1.9 + 2.5) / 3, s.polarity(), EPS);
        assertEquals(new ToneScore(0, 0, 0, 0, 0), ToneScorer.standard().score("... !"));
    }
}
