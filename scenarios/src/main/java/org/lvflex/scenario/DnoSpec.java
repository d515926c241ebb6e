package org.lvflex.scenario;

import org.lvflex.core.Param;

/** The DNO's monitoring, forecasting and reinforcement rules (DOMAIN.md sections 3-4). */
public record DnoSpec(
        @Param(value = "Reinforce when the half-hourly peak passes this share of firm capacity", unit = "%", min = 50, max = 200,
                source = "001:L3592 (110% trigger); sensitivities 80% and 120%, 001:L3617-3622")
        double reinforcementTriggerPct,
        @Param(value = "Size of one secondary reinforcement step", unit = "kVA", min = 10, max = 2000, source = "001:L3761 (+250 kVA)")
        double reinforcementStepKva,
        @Param(value = "Cost of reinforcement per kVA added (transformer, switchgear and surrounding circuits)", unit = "GBP/kVA",
                min = 0, max = 10000,
                assumption = "SmartCAR withholds its GBP/MVA (001:L3669-3670); ~GBP 35-40k per 250 kVA secondary scheme incl. circuits")
        double reinforcementGbpPerKva,
        @Param(value = "Days between reinforcement reviews (a final review closes every run)", unit = "days", min = 1, max = 3650,
                source = "001:L2905 (planned reinforcement revised quarterly)")
        int reviewIntervalDays,
        @Param(value = "Days from a reinforcement decision until the new capacity is in service", unit = "days", min = 0, max = 3650,
                assumption = "design, procurement and outage planning of a secondary substation upgrade")
        int reinforcementLeadDays,
        @Param(value = "Days of half-hourly history the DNO averages, per weekday type, for its day-ahead forecast", unit = "days",
                min = 1, max = 60, assumption = "a week or two of like days is the usual short-term LV forecast")
        int forecastHistoryDays) {

    public static DnoSpec defaults() {
        return new DnoSpec(110, 250, 150, 91, 30, 14);
    }
}
