package org.lvflex.experiments.metrics;

import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.population.Household;

/**
 * V2G plug-in revenue (DOMAIN.md section 8): per V2G household, export payments plus flexibility
 * and P2P sales minus battery degradation, per year and per plugged-in hour.
 */
public record V2gRevenue(int households, double totalGbp, double pluggedHours, double perHouseholdYear, double perPluggedHour) {

    public static V2gRevenue of(LvFlexModel m, HouseholdTotals t) {
        int n = 0;
        double total = 0;
        double hours = 0;
        for (Household h : m.households()) {
            if (h.getHasV2g()) {
                n++;
                total += t.v2gRevenueGbp[h.getId()];
                hours += t.pluggedHours[h.getId()];
            }
        }
        double years = m.scenario().run().days() / 365.0;
        return new V2gRevenue(n, total, hours, n == 0 ? 0 : total / n / years, hours == 0 ? 0 : total / hours);
    }
}
