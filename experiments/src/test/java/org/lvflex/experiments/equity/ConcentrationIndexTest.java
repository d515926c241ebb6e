package org.lvflex.experiments.equity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConcentrationIndexTest {
    @Test
    void benefitRisingWithAffluenceIsPositive() {
        // ranks 1/8, 3/8, 5/8, 7/8; mean 2.5; cov = (1.5*0.375*2 + 0.5*0.125*2)/4 = 0.3125
        ConcentrationIndex c = ConcentrationIndex.of(new double[] {1, 2, 3, 4}, new int[] {1, 2, 3, 4}, 0.05);
        assertEquals(0.625, c.generalised(), 1e-12);
        assertEquals(0.25, c.index(), 1e-12);
        assertEquals(2.5, c.mean(), 1e-12);
    }

    @Test
    void benefitFallingWithAffluenceIsNegativeAndEqualBenefitIsZero() {
        assertEquals(-0.25, ConcentrationIndex.of(new double[] {4, 3, 2, 1}, new int[] {1, 2, 3, 4}, 0.05).index(), 1e-12);
        assertEquals(0, ConcentrationIndex.of(new double[] {5, 5, 5}, new int[] {1, 5, 10}, 0.05).index(), 1e-12);
    }

    @Test
    void tiedDecilesShareTheirMeanRank() {
        assertArrayEquals(new double[] {0.75, 0.25, 0.75, 0.25}, ConcentrationIndex.fractionalRanks(new int[] {2, 1, 2, 1}), 1e-12);
        // x = 1 for decile 1, 3 for decile 2: mean 2, cov = 4 * (1 * 0.25) / 4 = 0.25
        ConcentrationIndex c = ConcentrationIndex.of(new double[] {3, 1, 3, 1}, new int[] {2, 1, 2, 1}, 0.05);
        assertEquals(0.5, c.generalised(), 1e-12);
        assertEquals(0.25, c.index(), 1e-12);
    }

    @Test
    void aMeanNearZeroLeavesOnlyTheGeneralisedIndex() {
        ConcentrationIndex c = ConcentrationIndex.of(new double[] {-1, 1}, new int[] {1, 2}, 0.05);
        assertTrue(Double.isNaN(c.index()));
        assertEquals(0.5, c.generalised(), 1e-12);
        assertTrue(Double.isNaN(ConcentrationIndex.of(new double[] {3}, new int[] {1}, 0.05).index()));
    }
}
