package org.lvflex.experiments.compare;

import java.util.ArrayList;
import java.util.List;
import org.lvflex.experiments.equity.AllocationTable;
import org.lvflex.experiments.equity.ConcentrationIndex;
import org.lvflex.experiments.equity.EquityTable;
import org.lvflex.experiments.equity.HouseholdAttributes;
import org.lvflex.experiments.equity.HouseholdBenefit;
import org.lvflex.experiments.metrics.Metric;
import org.lvflex.scenario.AnalysisSpec;
import org.lvflex.scenario.Scenario;

/**
 * One run of a comparison measured against the UNMANAGED run of the same replication: its peak and
 * secondary peak relative to the UNMANAGED peak (DOMAIN.md section 8), each household's net benefit,
 * the equity and cost-allocation tables, and the concentration index of net benefit over IMD rank.
 * {@link #metrics} is the run's own metrics followed by these comparison metrics.
 */
public record RunAnalysis(RunResult run, List<Metric> metrics, HouseholdBenefit benefit, List<EquityTable.Row> equity,
        List<AllocationTable.Row> allocation, ConcentrationIndex concentration) {

    public static RunAnalysis of(RunResult run, RunResult unmanaged, Scenario scenario) {
        AnalysisSpec a = scenario.analysis();
        List<HouseholdAttributes> hh = run.households;
        HouseholdBenefit b = HouseholdBenefit.of(hh, run.totals, unmanaged.totals, run.allocation.shares(a.netBenefitRule()),
                run.allocation.cost().annualisedGbpPerYear(), scenario.v2g(), run.days);
        int[] decile = hh.stream().mapToInt(HouseholdAttributes::imdDecile).toArray();
        ConcentrationIndex ci = ConcentrationIndex.of(b.net(), decile, a.concentrationMinMeanShare());
        List<Metric> metrics = new ArrayList<>(run.metrics);
        double refPeak = unmanaged.metric("peak_demand_kw");
        metrics.add(new Metric("peak_to_unmanaged_peak_ratio", run.metric("peak_demand_kw") / refPeak, ""));
        metrics.add(new Metric("secondary_peak_to_unmanaged_peak_ratio", run.metric("secondary_peak_kw") / refPeak, ""));
        metrics.add(new Metric("bill_savings_gbp_per_household_year", mean(b.billSavings()), "GBP/yr"));
        metrics.add(new Metric("network_charge_gbp_per_household_year", mean(b.networkCharge()), "GBP/yr"));
        metrics.add(new Metric("net_benefit_gbp_per_household_year", mean(b.net()), "GBP/yr"));
        metrics.add(new Metric("concentration_index_net_benefit", ci.index(), ""));
        metrics.add(new Metric("generalised_concentration_index_net_benefit", ci.generalised(), "GBP/yr"));
        return new RunAnalysis(run, metrics, b, EquityTable.rows(hh, run.totals, b, run.days),
                AllocationTable.rows(hh, run.allocation.shares(), run.allocation.caused(), run.allocation.cost()), ci);
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return x.length == 0 ? Double.NaN : s / x.length;
    }

    /** A metric's value (NaN when absent). */
    public double metric(String name) {
        return Metric.value(metrics, name);
    }
}
