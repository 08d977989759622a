package dev.wireetl.common.syntax;

import java.util.Arrays;

/**
 * An arc-hybrid configuration (Kuhlmann, Gómez-Rodríguez and Satta 2011) over words 1..n with the root
 * (0) at the bottom of the stack: SHIFT pushes the buffer front; LEFT-l pops the stack top as an
 * l-dependent of the buffer front; RIGHT-l pops it as an l-dependent of the item below. RIGHT onto the
 * root is allowed only once the buffer is empty, so every tree has exactly one root word.
 *
 * <p>Transitions are numbered {@code 0} = SHIFT, {@code 1 + l} = LEFT-l, {@code 1 + L + l} = RIGHT-l.
 * Per-call state: one instance per sentence being parsed.
 */
public final class ParseState {
    public static final int SHIFT = 0;

    private final int n;
    private final int labels;
    private final int[] stack;
    private int depth;
    private int front;
    final int[] head;
    final int[] label;
    // nearest/second-nearest children on each side, -1 when none
    final int[] left1;
    final int[] left2;
    final int[] right1;
    final int[] right2;
    final int[] leftCount;
    final int[] rightCount;
    final long[] leftLabels;
    final long[] rightLabels;

    /** A start configuration for {@code n} words and {@code labels} dependency labels. */
    public ParseState(int n, int labels) {
        this.n = n;
        this.labels = labels;
        stack = new int[n + 1];
        depth = 1;
        front = 1;
        head = new int[n + 1];
        label = new int[n + 1];
        left1 = new int[n + 1];
        left2 = new int[n + 1];
        right1 = new int[n + 1];
        right2 = new int[n + 1];
        leftCount = new int[n + 1];
        rightCount = new int[n + 1];
        leftLabels = new long[n + 1];
        rightLabels = new long[n + 1];
        Arrays.fill(head, -1);
        Arrays.fill(label, -1);
        Arrays.fill(left1, -1);
        Arrays.fill(left2, -1);
        Arrays.fill(right1, -1);
        Arrays.fill(right2, -1);
    }

    public int size() {
        return n;
    }

    public int labelCount() {
        return labels;
    }

    public boolean terminal() {
        return front > n && depth == 1;
    }

    /** The k-th stack item from the top (0 = top), or -1. */
    public int stack(int k) {
        return k < depth ? stack[depth - 1 - k] : -1;
    }

    public int stackDepth() {
        return depth;
    }

    /** The k-th buffer item (0 = front), or -1. */
    public int buffer(int k) {
        int i = front + k;
        return i <= n ? i : -1;
    }

    /** First buffer word; words {@code front..n} are in the buffer. */
    public int front() {
        return front;
    }

    public static int kind(int transition, int labels) {
        return transition == SHIFT ? 0 : transition <= labels ? 1 : 2;
    }

    public static int labelOf(int transition, int labels) {
        return transition <= labels ? transition - 1 : transition - 1 - labels;
    }

    public boolean canShift() {
        return front <= n;
    }

    public boolean canLeft() {
        return front <= n && stack(0) > 0;
    }

    public boolean canRight() {
        int s1 = stack(1);
        return s1 > 0 || s1 == 0 && front > n;
    }

    public boolean valid(int transition) {
        return switch (kind(transition, labels)) {
            case 0 -> canShift();
            case 1 -> canLeft();
            default -> canRight();
        };
    }

    public void apply(int transition) {
        int kind = kind(transition, labels);
        if (kind == 0) {
            stack[depth++] = front++;
            return;
        }
        int dep = stack[--depth];
        int l = labelOf(transition, labels);
        attach(kind == 1 ? front : stack[depth - 1], dep, l);
    }

    private void attach(int h, int d, int l) {
        head[d] = h;
        label[d] = l;
        if (d < h) {
            leftCount[h]++;
            leftLabels[h] |= 1L << l;
            if (left1[h] < 0 || d < left1[h]) {
                left2[h] = left1[h];
                left1[h] = d;
            } else if (left2[h] < 0 || d < left2[h]) {
                left2[h] = d;
            }
        } else {
            rightCount[h]++;
            rightLabels[h] |= 1L << l;
            if (right1[h] < 0 || d > right1[h]) {
                right2[h] = right1[h];
                right1[h] = d;
            } else if (right2[h] < 0 || d > right2[h]) {
                right2[h] = d;
            }
        }
    }

    /** Head of word i (1-based), 0 for the root, -1 while unattached. */
    public int head(int i) {
        return head[i];
    }

    /** Label index of word i, -1 while unattached. */
    public int label(int i) {
        return label[i];
    }
}
