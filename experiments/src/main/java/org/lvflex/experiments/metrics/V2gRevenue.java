package org.lvflex.experiments.metrics;

import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.population.Household;

/**
 * V2G plug-in revenue (DOMAIN.md section 8): per V2G household, export payments plus flexibility
 * and P2P sales minus battery degradation, per year (the run's total scaled by 365/days) and per
 * plugged-in hour at home.
 */
public record V2gRevenue(int households, double totalGbp, double pluggedHours, double perHouseholdYear, double perPluggedHour) {

    public static V2gRevenue of(LvFlexModel m, HouseholdTotals t) {
        boolean[] v2g = new boolean[m.households().size()];
        for (Household h : m.households()) {
            v2g[h.getId()] = h.getHasV2g();
        }
        return of(v2g, t.v2gRevenueGbp, t.pluggedHours, m.scenario().run().days());
    }

    /** From per-household arrays: who has V2G, their net revenue over the run (GBP) and their plugged-in hours. */
    public static V2gRevenue of(boolean[] v2g, double[] revenueGbp, double[] pluggedHours, int days) {
        int n = 0;
        double total = 0;
        double hours = 0;
        for (int i = 0; i < v2g.length; i++) {
            if (v2g[i]) {
                n++;
                total += revenueGbp[i];
                hours += pluggedHours[i];
            }
        }
        double years = days / 365.0;
        return new V2gRevenue(n, total, hours, n == 0 ? 0 : total / n / years, hours == 0 ? 0 : total / hours);
    }
}
