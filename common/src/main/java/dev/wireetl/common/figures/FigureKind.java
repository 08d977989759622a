package dev.wireetl.common.figures;

/** What a figure quantifies. */
public enum FigureKind {
    /** A number of things or people. */
    COUNT,
    /** An amount of money; the unit is an ISO 4217 code. */
    MONEY,
    /** A percentage or a share of a whole; the unit is {@code %}. */
    PERCENT,
    /** A measure with a canonical unit (km, tonne, barrel...). */
    QUANTITY
}
