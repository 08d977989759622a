package dev.wireetl.common.figures;

/**
 * One date or duration mention; a row of the {@code date_mentions} table.
 *
 * @param kind           DATE or DURATION
 * @param text           as written
 * @param begin          UTF-16 offset of the first character in the body
 * @param end            UTF-16 offset after the last character (exclusive)
 * @param resolved       ISO 8601 value at the stated granularity ({@code 2025-01-06}, {@code 2022-02},
 *                       {@code 1987-W07}, {@code 1985-Q4}, {@code P2W}), or null when it cannot be resolved
 * @param granularity    DAY, MONTH or YEAR for dates at those levels, else null
 * @param sentenceIndex  index of the sentence holding {@code begin}
 */
public record DateMention(
        DateKind kind,
        String text,
        int begin,
        int end,
        String resolved,
        String granularity,
        int sentenceIndex) {
}
