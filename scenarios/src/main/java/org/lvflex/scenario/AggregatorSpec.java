package org.lvflex.scenario;

import org.lvflex.core.Param;

/** The aggregators that schedule opted-in EVs against prices (DOMAIN.md section 4; 001:L2245-2264). */
public record AggregatorSpec(
        @Param(value = "Share of smart-capable EV households that contract with an aggregator (the rest optimise through their own app)",
                min = 0, max = 1, assumption = "most smart-tariff customers use a supplier's or CPO's managed charging service")
        double optInShare,
        @Param(value = "Number of competing aggregators; households are assigned round-robin", min = 1, max = 20,
                assumption = "a few aggregators serve any one street")
        int count,
        @Param("Scheduling method: GREEDY (valley filling plus V2G pairing, microseconds a plan) or LP (exact, Commons Math simplex, milliseconds)")
        Method method,
        @Param(value = "Longest look-ahead of a plan", unit = "h", min = 1, max = 60,
                assumption = "day-ahead prices reach at most ~35 h ahead")
        double horizonHours,
        @Param(value = "Share of flexibility revenue (A3) the aggregator passes to the households that delivered it", min = 0, max = 1,
                assumption = "aggregators keep a margin for running the service")
        double revenueShareToHouseholds) {

    /** How an EV's plan is computed. */
    public enum Method { GREEDY, LP }

    public static AggregatorSpec defaults() {
        return new AggregatorSpec(0.8, 2, Method.GREEDY, 36, 0.7);
    }
}
