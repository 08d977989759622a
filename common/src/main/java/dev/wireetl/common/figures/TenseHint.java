package dev.wireetl.common.figures;

/**
 * Tells the date resolver the tense of the verb that governs a mention, given the mention's character span
 * in the body. The syntax layer supplies one from its trees; {@link #UNKNOWN} leaves the choice to the
 * extractor's own reading of the sentence text.
 */
@FunctionalInterface
public interface TenseHint {
    /** No outside knowledge: the extractor derives the tense from the sentence's auxiliaries and verb forms. */
    TenseHint UNKNOWN = (begin, end) -> Tense.UNKNOWN;

    /** Tense governing the mention at {@code [begin, end)}, or {@link Tense#UNKNOWN}. */
    Tense tenseAt(int begin, int end);
}
