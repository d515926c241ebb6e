package org.lvflex.experiments.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lvflex.scenario.AllocationRule;
import org.lvflex.scenario.AnalysisSpec;

class V2gRevenueAndNetworkCostTest {
    @Test
    void v2gRevenueIsPerV2gHouseholdPerYearAndPerPluggedHour() {
        boolean[] v2g = {true, false, true};
        double[] revenue = {7, 100, 3};     // the non-V2G household's money is ignored
        double[] hours = {40, 500, 60};
        V2gRevenue r = V2gRevenue.of(v2g, revenue, hours, 7);
        assertEquals(2, r.households());
        assertEquals(10, r.totalGbp(), 1e-12);
        assertEquals(5 * 365.0 / 7, r.perHouseholdYear(), 1e-9);   // GBP 5 per household per week
        assertEquals(0.1, r.perPluggedHour(), 1e-12);              // GBP 10 over 100 h
        assertEquals(0, V2gRevenue.of(new boolean[] {false}, new double[] {1}, new double[] {1}, 7).perHouseholdYear());
    }

    @Test
    void networkCostAnnualisesCapitalAsAnAnnuityAndScalesPayments() {
        AnalysisSpec noDiscount = new AnalysisSpec("16:00", 4, 10, "16:00", 3, true, AllocationRule.POSTAGE_STAMP_KWH, 40, 0, 0.05);
        NetworkCost c = NetworkCost.of(40_000, 14, noDiscount, 7);
        assertEquals(40_014, c.totalGbp(), 1e-9);
        assertEquals(1000 + 14 * 365.0 / 7, c.annualisedGbpPerYear(), 1e-9);
        // 3.4% over 45 years: capital recovery factor 0.034 / (1 - 1.034^-45) = 0.043708
        AnalysisSpec d = AnalysisSpec.defaults();
        assertEquals(37_500 * 0.043708, NetworkCost.of(37_500, 0, d, 7).annualisedGbpPerYear(), 1.0);
    }
}
