package dev.wireetl.common.figures;

/** How the written figure relates to the real value ({@code about 5}, {@code more than 5}...). */
public enum Qualifier {
    EXACT,
    APPROX,
    MORE_THAN,
    AT_LEAST,
    LESS_THAN,
    AT_MOST
}
