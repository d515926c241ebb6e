package org.lvflex.experiments.equity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lvflex.agents.population.Gate;
import org.lvflex.agents.population.Tenure;
import org.lvflex.experiments.metrics.HouseholdTotals;
import org.lvflex.experiments.metrics.NetworkCost;
import org.lvflex.scenario.AllocationRule;
import org.lvflex.scenario.AnalysisSpec;
import org.lvflex.scenario.V2gSpec;

/** Net benefit, group tables and paid-versus-caused on three households checkable by hand. */
class EquityTablesTest {
    /** 0: deprived V2G owner; 1: affluent EV owner without parking; 2: deprived social tenant without an EV. */
    static final List<HouseholdAttributes> HH = List.of(
            new HouseholdAttributes(0, 0, 2, Tenure.OWNER, true, true, true, Gate.NONE, Gate.NONE),
            new HouseholdAttributes(1, 0, 9, Tenure.OWNER, true, false, false, Gate.NO_OFF_STREET_PARKING, Gate.NO_OFF_STREET_PARKING),
            new HouseholdAttributes(2, 1, 1, Tenure.SOCIAL_RENT, false, false, false, Gate.NO_EV, Gate.NO_EV));

    /** Equipment with no discounting: smart charger GBP 500 and V2G premium GBP 3,000 over 10 years. */
    static final V2gSpec V2G = new V2gSpec(0.4, 0.35, 7, 0.9, 0.3, 0.03, 0.5, 3000, 500, 10, 0);

    static HouseholdTotals totals(double[] energy, double[] revenue, double[] curtailed) {
        HouseholdTotals t = HouseholdTotals.zeros(3);
        for (int i = 0; i < 3; i++) {
            t.billEnergyGbp[i] = energy[i];
            t.billStandingGbp[i] = 4.2;
            t.v2gRevenueGbp[i] = revenue[i];
            t.curtailedKwh[i] = curtailed[i];
        }
        return t;
    }

    @Test
    void netBenefitIsSavingsPlusRevenueLessNetworkChargeAndEquipment() {
        HouseholdTotals unmanaged = totals(new double[] {20, 30, 10}, new double[3], new double[3]);
        HouseholdTotals run = totals(new double[] {13, 30, 10}, new double[] {2, 0, 0}, new double[] {0, 7, 0});
        run.otherReceivedGbp[1] = 1; // a GBP 1 incentive lowers household 1's bill
        HouseholdBenefit b = HouseholdBenefit.of(HH, run, unmanaged, new double[] {0.25, 0.25, 0.5}, 100, V2G, 7);
        assertEquals(7 * 365.0 / 7, b.billSavings()[0], 1e-9);
        assertEquals(2 * 365.0 / 7, b.v2gRevenue()[0], 1e-9);
        assertEquals(25, b.networkCharge()[0], 1e-9);
        assertEquals(50 + 300, b.equipment()[0], 1e-9);
        assertEquals(365 + 2 * 365.0 / 7 - 25 - 350, b.net()[0], 1e-9);
        assertEquals(365.0 / 7 - 25, b.net()[1], 1e-9);     // no home charger, no equipment
        assertEquals(-50, b.net()[2], 1e-9);

        List<EquityTable.Row> rows = EquityTable.rows(HH, run, b, 7);
        assertEquals(b.net()[0], value(rows, GroupKind.V2G, "v2g", "net_benefit_gbp_per_household_year"), 1e-9);
        assertEquals((b.net()[1] + b.net()[2]) / 2, value(rows, GroupKind.V2G, "non_v2g", "net_benefit_gbp_per_household_year"), 1e-9);
        // IMD quintile 1 holds deciles 1 and 2: households 0 and 2
        assertEquals((b.net()[0] + b.net()[2]) / 2, value(rows, GroupKind.IMD_QUINTILE, "1", "net_benefit_gbp_per_household_year"), 1e-9);
        assertEquals(0.5, value(rows, GroupKind.IMD_QUINTILE, "1", "smart_access_rate"), 1e-12);
        assertEquals(0.5, value(rows, GroupKind.IMD_QUINTILE, "1", "smart_gate_share_no_ev"), 1e-12);
        assertEquals(1.0, value(rows, GroupKind.EV, "ev", "curtailment_share"), 1e-12);
        assertEquals(7 * 365.0 / 7 / 2, value(rows, GroupKind.EV, "ev", "curtailed_kwh_per_household_year"), 1e-9);
        assertTrue(Double.isNaN(value(rows, GroupKind.EV, "non_ev", "v2g_revenue_gbp_per_v2g_household_year")));
        // empty groups are left out
        assertTrue(rows.stream().noneMatch(r -> r.kind() == GroupKind.TENURE && r.group().equals("private_rent")));
    }

    @Test
    void groupSharesPaidAndCausedSumToOneAndAmountsToTheCost() {
        double[][] shares = new double[AllocationRule.values().length][];
        for (AllocationRule r : AllocationRule.values()) {
            shares[r.ordinal()] = new double[] {0.2, 0.3, 0.5};
        }
        shares[AllocationRule.FIRST_MOVER.ordinal()] = new double[] {0.5, 0.5, 0};
        double[] caused = {0.6, 0.4, 0};
        NetworkCost cost = NetworkCost.of(10_000, 0, AnalysisSpec.defaults(), 7);
        List<AllocationTable.Row> rows = AllocationTable.rows(HH, shares, caused, cost);
        for (AllocationRule r : AllocationRule.values()) {
            for (GroupKind k : GroupKind.values()) {
                double paid = 0;
                double share = 0;
                double c = 0;
                for (AllocationTable.Row row : rows) {
                    if (row.rule() == r && row.kind() == k) {
                        paid += row.paidGbp();
                        share += row.sharePaid();
                        c += row.shareCaused();
                    }
                }
                assertEquals(10_000, paid, 1e-6, r + " " + k);
                assertEquals(1, share, 1e-12);
                assertEquals(1, c, 1e-12);
            }
        }
        AllocationTable.Row nonEv = rows.stream().filter(x -> x.rule() == AllocationRule.POSTAGE_STAMP_KWH
                && x.kind() == GroupKind.EV && x.group().equals("non_ev")).findFirst().orElseThrow();
        assertEquals(0.5, nonEv.sharePaid(), 1e-12);
        assertTrue(Double.isNaN(nonEv.ratio()), "caused nothing: ratio undefined");
        AllocationTable.Row ev = rows.stream().filter(x -> x.rule() == AllocationRule.POSTAGE_STAMP_KWH
                && x.kind() == GroupKind.EV && x.group().equals("ev")).findFirst().orElseThrow();
        assertEquals(0.5, ev.ratio(), 1e-12);
        assertEquals(0.5 * cost.annualisedGbpPerYear() / 2, ev.paidGbpPerHouseholdYear(), 1e-9);
    }

    static double value(List<EquityTable.Row> rows, GroupKind k, String g, String metric) {
        return rows.stream().filter(r -> r.kind() == k && r.group().equals(g) && r.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new AssertionError(k + " " + g + " " + metric)).value();
    }
}
