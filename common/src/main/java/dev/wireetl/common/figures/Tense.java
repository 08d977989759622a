package dev.wireetl.common.figures;

/** Tense of the verb governing a date mention: decides whether a bare weekday or month looks back or ahead. */
public enum Tense {
    PAST, FUTURE, UNKNOWN
}
