package dev.wireetl.common.figures;

/** Sign of a change when the figure is the size of a change ({@code rose 5%}, {@code cut by $3m}). */
public enum Direction {
    UP,
    DOWN
}
