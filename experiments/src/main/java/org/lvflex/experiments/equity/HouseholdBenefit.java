package org.lvflex.experiments.equity;

import java.util.List;
import org.lvflex.experiments.metrics.HouseholdTotals;
import org.lvflex.scenario.V2gSpec;

/**
 * Each household's net benefit under a model, per year (DOMAIN.md section 7):
 * net = bill savings + V2G revenue - network charge - annualised equipment cost, where
 * <ul>
 * <li>bill savings = its bill in the UNMANAGED run of the same replication minus its bill here (the
 *     bill: energy, standing charge, DUoS, penalties, premiums, capacity rights and P2P purchases,
 *     less compensation and incentives received); common random numbers make the two comparable;</li>
 * <li>V2G revenue = export, flexibility and P2P income less battery degradation (V2G households);</li>
 * <li>network charge = its share, under the chosen allocation rule, of the run's annualised network
 *     cost (reinforcement annuity plus the DNO's flexibility payments);</li>
 * <li>equipment = the annualised smart charger for households charging at home (GB requires home
 *     chargers to be smart) plus the annualised V2G premium for V2G households (002:L172), the same in
 *     every model.</li>
 * </ul>
 * Run totals are scaled to a year by 365 / days.
 */
public record HouseholdBenefit(double[] billSavings, double[] v2gRevenue, double[] networkCharge, double[] equipment, double[] net) {

    public static HouseholdBenefit of(List<HouseholdAttributes> hh, HouseholdTotals run, HouseholdTotals unmanaged,
            double[] networkShare, double annualNetworkCostGbp, V2gSpec v2g, int days) {
        int n = hh.size();
        double perYear = 365.0 / days;
        double charger = v2g.annualised(v2g.smartChargerCostGbp());
        double premium = v2g.annualised(v2g.extraCostGbp());
        double[] savings = new double[n];
        double[] revenue = new double[n];
        double[] network = new double[n];
        double[] equipment = new double[n];
        double[] net = new double[n];
        for (int i = 0; i < n; i++) {
            HouseholdAttributes h = hh.get(i);
            savings[i] = (unmanaged.billGbp(i) - run.billGbp(i)) * perYear;
            revenue[i] = h.hasV2g() ? run.v2gRevenueGbp[i] * perYear : 0;
            network[i] = networkShare[i] * annualNetworkCostGbp;
            equipment[i] = (h.homeCharging() ? charger : 0) + (h.hasV2g() ? premium : 0);
            net[i] = savings[i] + revenue[i] - network[i] - equipment[i];
        }
        return new HouseholdBenefit(savings, revenue, network, equipment, net);
    }
}
