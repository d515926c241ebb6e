package org.lvflex.scenario;

import org.lvflex.core.Param;

/**
 * A1 3rd-Party Gateway: aggregators optimise freely; the DNO sends load-management signals (MPANs,
 * duration, rate, compensation) 15-30 minutes ahead through the aggregator, relayed to chargers
 * within 5 minutes (001:L2868-3256, flows 2.5 and 3.2).
 */
public record A1Spec(
        @Param(value = "Signal when the forecast loading of a transformer phase passes this share of its rating", unit = "%", min = 10, max = 200,
                assumption = "act before the rating is reached")
        double triggerPct,
        @Param(value = "Curtail enough charging to bring the forecast down to this share", unit = "%", min = 10, max = 200,
                assumption = "a margin below the trigger")
        double targetPct,
        @Param(value = "How far ahead of the curtailment the signal is sent", unit = "min", min = 0, max = 120, source = "001 Table 6 flow 2.5: 15-30 minutes ahead")
        int leadMinutes,
        @Param(value = "Aggregator's relay time to the chargers", unit = "min", min = 0, max = 60, source = "001 Table 6 flow 3.2: within 5 minutes")
        int relayMinutes,
        @Param(value = "Curtailment duration of one event", unit = "min", min = 5, max = 240, assumption = "one settlement period")
        int eventMinutes,
        @Param(value = "Charging rate allowed during an event", unit = "kW", min = 0, max = 22, source = "001 Table 6 flow 2.5 (rate of charge); value assumption")
        double curtailedRateKw,
        @Param(value = "Share of aggregator customers who opt in to DNO events", min = 0, max = 1, assumption = "most opt in for the incentive")
        double optInShare,
        @Param(value = "Incentive the DNO pays a household per event it takes part in", unit = "GBP", min = 0, max = 50,
                assumption = "a small per-event payment, as in trials")
        double incentiveGbpPerEvent,
        @Param(value = "Probability a household opts out of an event", min = 0, max = 1, assumption = "occasional opt-out (001:L4893-4896)")
        double optOutProbability) {

    public static A1Spec defaults() {
        return new A1Spec(95, 85, 30, 5, 30, 0, 0.8, 0.5, 0.1);
    }
}
