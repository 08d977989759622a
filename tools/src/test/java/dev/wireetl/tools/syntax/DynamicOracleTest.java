package dev.wireetl.tools.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wireetl.common.syntax.ParseState;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DynamicOracleTest {

    /** Follows the first zero-cost transition from the start; returns the heads built. */
    private static int[] followOracle(int[] goldHead, int[] goldLabel, int labels) {
        int n = goldHead.length - 1;
        ParseState s = new ParseState(n, labels);
        int[] cost = new int[1 + 2 * labels];
        while (!s.terminal()) {
            DynamicOracle.costs(s, goldHead, goldLabel, cost);
            int t = 0;
            while (cost[t] != 0) {
                t++;
            }
            s.apply(t);
        }
        int[] heads = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            heads[i] = s.head(i);
            assertEquals(goldLabel[i], s.label(i), "label of word " + i);
        }
        return heads;
    }

    @Test
    void zeroCostTransitionsRebuildAProjectiveTree() {
        // "Ukrainian forces downed 79 out of 128 drones ." (index = word number, 0 unused)
        int[] heads = {0, 2, 3, 0, 3, 8, 5, 8, 4, 3};
        int[] labels = {0, 1, 2, 0, 3, 1, 2, 3, 1, 2};
        assertArrayEquals(heads, followOracle(heads, labels, 4));
    }

    @Test
    void aWrongLabelCostsOneAndAWrongAttachmentCostsTheLostArcs() {
        // words 1 <- 2 (label 1), 2 is the root (label 0), 3 -> head 2 (label 2)
        int[] heads = {0, 2, 0, 2};
        int[] labels = {0, 1, 0, 2};
        ParseState s = new ParseState(3, 3);
        s.apply(ParseState.SHIFT);
        int[] cost = new int[7];
        DynamicOracle.costs(s, heads, labels, cost);
        // stack [root, 1], buffer [2, 3]: LEFT-1 is right, LEFT-2 has the wrong label,
        // SHIFT loses 1 <- 2 and root -> 2; RIGHT onto the root is invalid while the buffer is not empty
        assertEquals(2, cost[ParseState.SHIFT]);
        assertEquals(0, cost[1 + 1]);
        assertEquals(1, cost[1 + 2]);
        assertEquals(DynamicOracle.INVALID, cost[1 + 3 + 1]);
        assertEquals("[2, 1, 0, 1, 2147483647, 2147483647, 2147483647]", Arrays.toString(cost));
    }
}
