package org.lvflex.scenario;

import org.lvflex.core.Param;
import org.lvflex.scenario.schema.Checked;
import org.lvflex.scenario.schema.Problems;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * A3 Flexibility Procurement: the DNO tenders turn-down for its forecast constraint windows at an
 * administered price (availability + utilisation), aggregators offer from their fleets, the DNO
 * dispatches at least 15 minutes ahead; exclusivity in windows; monthly settlement (001:L1568-1572).
 */
public record A3Spec(
        @Param("Availability windows are the half-hours of the day in which the DNO's historian shows a phase above targetPct (forecast constraint windows); when false, the fixed window below")
        boolean forecastWindows,
        @Param(value = "Start of the fixed daily availability window", assumption = "the evening peak")
        String windowStart,
        @Param(value = "End of the fixed daily availability window", assumption = "the evening peak")
        String windowEnd,
        @Param("Windows apply on weekends too") boolean weekends,
        @Param(value = "Dispatch when the forecast loading of a transformer phase passes this share of its rating", unit = "%", min = 10, max = 200,
                assumption = "act before the rating is reached")
        double triggerPct,
        @Param(value = "Dispatch enough turn-down to bring the forecast to this share", unit = "%", min = 10, max = 200,
                assumption = "a margin below the trigger")
        double targetPct,
        @Param(value = "Dispatch notice", unit = "min", min = 15, max = 240, source = "001 Table 6 flows 1.6 and 2.4: more than 15 minutes ahead")
        int dispatchLeadMinutes,
        @Param(value = "Availability payment", unit = "GBP/MW/h", min = 0, max = 1000,
                assumption = "administered price of the order of UK DNO flexibility tenders")
        double availabilityGbpPerMwH,
        @Param(value = "Utilisation payment", unit = "GBP/MWh", min = 0, max = 5000,
                assumption = "administered price of the order of UK DNO flexibility tenders")
        double utilisationGbpPerMwh,
        @Param(value = "Share of the tendered requirement the DNO buys above its forecast need", unit = "%", min = 0, max = 200,
                assumption = "a margin for under-delivery")
        double procurementMarginPct,
        @Param("Contracted fleets keep out of price-driven charging in the windows (exclusivity, 001:L1570-1571)") boolean exclusivity,
        @Param(value = "Share of its fleet's charger capacity on a phase an aggregator offers as firm turn-down in the windows",
                min = 0, max = 1, assumption = "only part of a fleet is plugged in and charging in any window")
        double offerFactor) implements Checked {

    public static A3Spec defaults() {
        return new A3Spec(true, "16:00", "20:00", false, 95, 85, 15, 5, 300, 20, true, 0.3);
    }

    @Override
    public void check(String path, Problems problems) {
        TimeOfDay.check(path + ".windowStart", windowStart, problems);
        TimeOfDay.check(path + ".windowEnd", windowEnd, problems);
        if (TimeOfDay.minutes(windowStart) >= 0 && TimeOfDay.minutes(windowEnd) >= 0
                && TimeOfDay.minutes(windowEnd) <= TimeOfDay.minutes(windowStart)) {
            problems.add(path + ".windowEnd", "\"" + windowEnd + "\"", "a time after windowStart " + windowStart);
        }
    }
}
