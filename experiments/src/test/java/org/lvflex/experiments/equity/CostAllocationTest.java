package org.lvflex.experiments.equity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lvflex.experiments.metrics.NetworkCost;
import org.lvflex.scenario.AllocationRule;
import org.lvflex.scenario.AnalysisSpec;

/** Each allocation rule on four households checkable by hand; every rule recovers the whole cost. */
class CostAllocationTest {
    static final double EPS = 1e-12;

    /** Households 0, 1 on feeder 0 and 2, 3 on feeder 1; 0 and 3 own EVs. */
    static AllocationDrivers drivers() {
        return new AllocationDrivers(
                new double[] {100, 300, 0, 100},   // import kWh
                new double[] {2, 6, 1, 1},         // largest half-hour kW
                new double[] {0, 0, 0, 0},         // import in the DUoS band: none
                new double[] {1, 3, 0, -1},        // mean kW in the peak half-hours (export counts as zero)
                new int[] {0, 0, 1, 1},
                new double[] {3, 1},               // feeders' demand in the peak half-hours
                new boolean[] {true, false, false, true});
    }

    @Test
    void eachRuleSharesByItsDriver() {
        AllocationDrivers d = drivers();
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, CostAllocation.shares(AllocationRule.POSTAGE_STAMP_CUSTOMER, d), EPS);
        assertArrayEquals(new double[] {0.2, 0.6, 0, 0.2}, CostAllocation.shares(AllocationRule.POSTAGE_STAMP_KWH, d), EPS);
        assertArrayEquals(new double[] {0.2, 0.6, 0.1, 0.1}, CostAllocation.shares(AllocationRule.CAPACITY, d), EPS);
        // feeder 0 caused 3/4 of the feeders' peak demand, shared by its two customers
        assertArrayEquals(new double[] {0.375, 0.375, 0.125, 0.125}, CostAllocation.shares(AllocationRule.LOCATION, d), EPS);
        assertArrayEquals(new double[] {0.5, 0, 0, 0.5}, CostAllocation.shares(AllocationRule.FIRST_MOVER, d), EPS);
        assertArrayEquals(new double[] {0.25, 0.75, 0, 0}, CostAllocation.causedShares(d), EPS);
    }

    @Test
    void aRuleWhoseDriverIsZeroForEveryoneFallsBackToPerCustomer() {
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, CostAllocation.shares(AllocationRule.TIME_OF_USE, drivers()), EPS);
        AllocationDrivers noEv = new AllocationDrivers(new double[2], new double[2], new double[2], new double[2], new int[2],
                new double[1], new boolean[2]);
        assertArrayEquals(new double[] {0.5, 0.5}, CostAllocation.shares(AllocationRule.FIRST_MOVER, noEv), EPS);
        assertArrayEquals(new double[] {0.5, 0.5}, CostAllocation.causedShares(noEv), EPS);
    }

    @Test
    void aFeederWithoutHouseholdsPassesItsShareToTheOthers() {
        // feeder 2 (a public site's way, no households) caused half of the peak: feeders 0 and 1 share it pro rata
        AllocationDrivers d = new AllocationDrivers(new double[3], new double[3], new double[3], new double[3],
                new int[] {0, 0, 1}, new double[] {1, 1, 2}, new boolean[3]);
        assertArrayEquals(new double[] {0.25, 0.25, 0.5}, CostAllocation.shares(AllocationRule.LOCATION, d), EPS);
    }

    @Test
    void allocatedAmountsSumToTheNetworkCostUnderEveryRule() {
        NetworkCost cost = NetworkCost.of(37_500, 123.45, AnalysisSpec.defaults(), 7);
        RunAllocation a = RunAllocation.of(drivers(), cost);
        double[][] gbp = a.allocatedGbp();
        for (AllocationRule r : AllocationRule.values()) {
            double sum = 0;
            for (double x : gbp[r.ordinal()]) {
                sum += x;
            }
            assertEquals(cost.totalGbp(), sum, 1e-9, r.name());
        }
    }
}
