package dev.wireetl.common.figures;

/**
 * One numeric expression that quantifies something; a row of the {@code figures} table.
 *
 * @param kind           what is quantified
 * @param text           the number expression as written (unit included for MONEY, PERCENT, QUANTITY)
 * @param begin          UTF-16 offset of the first character in the body
 * @param end            UTF-16 offset after the last character (exclusive)
 * @param value          the number normalised (words, scales, suffixes, cents resolved)
 * @param valueMax       upper end of a range, or null
 * @param total          the whole in {@code X out of Y}, {@code X of Y}, {@code one in Y}, or null
 * @param unit           ISO 4217 code for MONEY, {@code %} for PERCENT, canonical unit for QUANTITY, null for COUNT
 * @param object         head noun of the thing counted or measured, lower case, or null
 * @param modifier       word(s) directly qualifying the object, or null
 * @param qualifier      EXACT unless an approximation or bound is written
 * @param direction      UP or DOWN when the figure is the size of a change, else null
 * @param countType      event type of a count of people or things affected, else null
 * @param sentenceIndex  index of the sentence holding {@code begin}
 * @param objectPhrase   the object's noun phrase as written up to its head ({@code house prices}, {@code Russia's
 *                       exports}), from the dependency tree; null without a parse or an object
 * @param objectPhraseBegin UTF-16 offset of the object phrase, or null
 * @param objectPhraseEnd   UTF-16 offset after the object phrase, or null
 * @param subjectBegin   UTF-16 offset of the noun phrase the figure's clause is about when it is not the object
 *                       ({@code Ukrainian forces} in {@code Ukrainian forces downed 79 drones}), or null; with
 *                       the object phrase, where the job looks for the entity the figure is about
 * @param subjectEnd     UTF-16 offset after that phrase, or null
 * @see UnitRegistry for {@link #valueSi()}, {@link #valueMaxSi()} and {@link #siUnit()}, derived for QUANTITY
 */
public record Figure(
        FigureKind kind,
        String text,
        int begin,
        int end,
        Double value,
        Double valueMax,
        Double total,
        String unit,
        String object,
        String modifier,
        Qualifier qualifier,
        Direction direction,
        CountType countType,
        int sentenceIndex,
        String objectPhrase,
        Integer objectPhraseBegin,
        Integer objectPhraseEnd,
        Integer subjectBegin,
        Integer subjectEnd) {

    /** A figure without tree attachment (no object phrase, no subject span). */
    public Figure(FigureKind kind, String text, int begin, int end, Double value, Double valueMax, Double total,
            String unit, String object, String modifier, Qualifier qualifier, Direction direction, CountType countType,
            int sentenceIndex) {
        this(kind, text, begin, end, value, valueMax, total, unit, object, modifier, qualifier, direction, countType,
                sentenceIndex, null, null, null, null, null);
    }

    /** The value in the SI unit of the figure's dimension, for QUANTITY figures with a registered unit, else null. */
    public Double valueSi() {
        return toSi(value);
    }

    /** The range's upper end in the SI unit, or null. */
    public Double valueMaxSi() {
        return toSi(valueMax);
    }

    /** The SI unit of {@link #valueSi()} ({@code m}, {@code kg}, {@code m3}, {@code degC}...), or null. */
    public String siUnit() {
        UnitRegistry.Unit u = kind == FigureKind.QUANTITY ? UnitRegistry.find(unit) : null;
        return u == null ? null : u.siUnit();
    }

    private Double toSi(Double v) {
        UnitRegistry.Unit u = kind == FigureKind.QUANTITY ? UnitRegistry.find(unit) : null;
        return u == null || v == null ? null : u.toSi(v);
    }
}
