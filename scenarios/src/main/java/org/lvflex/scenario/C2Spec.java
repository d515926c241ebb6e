package org.lvflex.scenario;

import org.lvflex.core.Param;
import org.lvflex.scenario.schema.Checked;
import org.lvflex.scenario.schema.Problems;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * C2 Dynamic DUoS: the DNO publishes a network price per settlement period from the forecast
 * loading of the transformer: base + slope x (loading - threshold) above the threshold, capped
 * (001:L1580-1585). The forecast is the same half-hour of recent like days, so a crowd that moves
 * to a cheap period makes it dear the next day: the oscillation risk is reported, not hidden.
 */
public record C2Spec(
        @Param(value = "Network price at or below the threshold loading", unit = "GBP/kWh", min = 0, max = 5,
                assumption = "a low off-peak DUoS rate")
        double baseGbpPerKwh,
        @Param(value = "Loading above which the price rises", unit = "%", min = 0, max = 200, assumption = "prices start to bite at 60% of firm capacity")
        double thresholdPct,
        @Param(value = "Price rise per percentage point of loading above the threshold", unit = "GBP/kWh per %", min = 0, max = 1,
                assumption = "reaches ~GBP 0.20/kWh at 100% loading")
        double slopeGbpPerKwhPerPct,
        @Param(value = "Highest network price", unit = "GBP/kWh", min = 0, max = 10, assumption = "cap on the dynamic charge")
        double capGbpPerKwh,
        @Param(value = "When the next day's prices are published", source = "001 Table 6 flow 2.1 (constraint prices published; updated for live constraints)")
        String publishAt,
        @Param("Also re-price the coming periods every half-hour from live loading (intraday updates)") boolean intraday) implements Checked {

    public static C2Spec defaults() {
        return new C2Spec(0.01, 60, 0.005, 0.5, "16:00", false);
    }

    @Override
    public void check(String path, Problems problems) {
        TimeOfDay.check(path + ".publishAt", publishAt, problems);
    }
}
