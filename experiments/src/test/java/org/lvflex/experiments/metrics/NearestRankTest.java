package org.lvflex.experiments.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The exact nearest-rank quantile shared by the behaviour summary and the curtailment analysis. */
class NearestRankTest {
    @Test
    void theCeilQnThSmallestValue() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(5, Stats.nearestRank(x, 0.5));
        assertEquals(9, Stats.nearestRank(x, 0.9));
        assertEquals(10, Stats.nearestRank(x, 1.0));
        assertEquals(1, Stats.nearestRank(x, 0.0), "rank 0 is the smallest value");
        assertEquals(7, Stats.nearestRank(new double[] {7}, 0.9));
        assertTrue(Double.isNaN(Stats.nearestRank(new double[0], 0.5)), "NaN when empty");
    }
}
