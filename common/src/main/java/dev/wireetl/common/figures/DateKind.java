package dev.wireetl.common.figures;

/** A point or period in time ({@code DATE}) or a length of time ({@code DURATION}). */
public enum DateKind {
    DATE,
    DURATION
}
