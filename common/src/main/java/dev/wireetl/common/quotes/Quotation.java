package dev.wireetl.common.quotes;

/**
 * One quotation of an article ({@code quotations} row without the article id). Offsets are UTF-16 offsets
 * into the body, begin inclusive, end exclusive.
 *
 * @param kind DIRECT (text in quote marks), REPORTED ({@code said that …}) or PARTIAL (a reported clause
 *             holding a quoted fragment)
 * @param text the quoted or reported content, {@code body.substring(begin, end)}
 * @param verb lemma of the speech verb ({@code say}, {@code warn}, {@code point out}, {@code according to})
 * @param speakerText the speaker as written (a pronoun or {@code the ministry} included), null when none
 *                    (passive {@code it was announced}, an unattributed quote)
 * @param speakerEntityKey key of the article entity the speaker is, or resolves to; null when none
 * @param speakerCanonical canonical name of that entity, else the speaker phrase without its determiner
 * @param sentenceIndex 0-based sentence holding the speech verb (the quote's first sentence when none)
 */
public record Quotation(QuotationKind kind, int begin, int end, String text, String verb, String speakerText,
        int speakerBegin, int speakerEnd, String speakerEntityKey, String speakerCanonical, int sentenceIndex) {

    /** The same quotation with its speaker resolved to an entity or canonical phrase. */
    Quotation withSpeaker(String entityKey, String canonical) {
        return new Quotation(kind, begin, end, text, verb, speakerText, speakerBegin, speakerEnd, entityKey,
                canonical, sentenceIndex);
    }
}
