package dev.wireetl.tools.syntax;

import dev.wireetl.common.syntax.ParseState;

/**
 * The arc-hybrid dynamic oracle (Goldberg and Nivre 2013): for each transition, the number of gold
 * arcs it makes unreachable, plus one when it builds the gold arc with the wrong label.
 */
final class DynamicOracle {
    static final int INVALID = Integer.MAX_VALUE;

    private DynamicOracle() {
    }

    /**
     * Fills {@code cost[t]} for every transition; {@code goldHead[i]}/{@code goldLabel[i]} are indexed by
     * word number 1..n.
     */
    static void costs(ParseState s, int[] goldHead, int[] goldLabel, int[] cost) {
        int nl = s.labelCount();
        int n = s.size();
        int s0 = s.stack(0);
        int s1 = s.stack(1);
        int front = s.front();
        java.util.Arrays.fill(cost, 0, 1 + 2 * nl, INVALID);
        if (s.canShift()) {
            int c = 0;
            for (int k = 0; k < s.stackDepth(); k++) {
                int d = s.stack(k);
                if (d > 0 && goldHead[d] == front) {
                    c++;
                }
                if (k > 0 && goldHead[front] == d) {
                    c++;
                }
            }
            cost[ParseState.SHIFT] = c;
        }
        if (s0 <= 0) {
            return;
        }
        int bufferChildren = 0;
        for (int d = front; d <= n; d++) {
            if (goldHead[d] == s0) {
                bufferChildren++;
            }
        }
        int h = goldHead[s0];
        if (s.canLeft()) {
            int base = bufferChildren + (h == s1 ? 1 : 0) + (h > front && h <= n ? 1 : 0);
            for (int l = 0; l < nl; l++) {
                cost[1 + l] = base + (h == front && l != goldLabel[s0] ? 1 : 0);
            }
        }
        if (s.canRight()) {
            int base = bufferChildren + (h >= front && h <= n ? 1 : 0);
            for (int l = 0; l < nl; l++) {
                cost[1 + nl + l] = base + (h == s1 && l != goldLabel[s0] ? 1 : 0);
            }
        }
    }
}
