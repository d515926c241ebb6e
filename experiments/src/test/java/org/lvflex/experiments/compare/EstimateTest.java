package org.lvflex.experiments.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EstimateTest {
    @Test
    void threeReplicationsUseStudentsTWithTwoDegreesOfFreedom() {
        Estimate e = Estimate.of(new double[] {1, 2, 3}); // mean 2, s = 1, t(0.975, 2) = 4.302653
        assertEquals(2, e.mean(), 1e-12);
        assertEquals(4.302653 / Math.sqrt(3), e.halfWidth(), 1e-6);
        assertEquals(3, e.n());
    }

    @Test
    void oneReplicationHasNoInterval() {
        Estimate e = Estimate.of(new double[] {5});
        assertEquals(5, e.mean());
        assertTrue(Double.isNaN(e.low()) && Double.isNaN(e.high()));
    }

    @Test
    void identicalValuesHaveAZeroWidthInterval() {
        Estimate e = Estimate.of(new double[] {4, 4, 4, 4});
        assertEquals(0, e.halfWidth(), 1e-12);
    }
}
