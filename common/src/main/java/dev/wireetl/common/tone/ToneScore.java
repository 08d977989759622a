package dev.wireetl.common.tone;

/**
 * The tone of a text as GDELT's GKG defines its Tone field, with VADER valences in place of word counts:
 * {@code positiveScore} and {@code negativeScore} are the summed positive and negative valences (after VADER's
 * negation and intensifier rules) per hundred words, {@code tone} their difference, {@code polarity} their sum.
 * All are 0 for a text without words.
 */
public record ToneScore(double tone, double positiveScore, double negativeScore, double polarity, int wordCount) {
}
