package org.lvflex.scenario;

import org.lvflex.core.Param;
import org.lvflex.scenario.schema.Checked;
import org.lvflex.scenario.schema.Problems;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * D2 DNO Gateway: a DNO device at each connection caps the charger to a day-ahead capacity profile;
 * aggregators optimise inside it; firm-access customers may be compensated (001:L1409-1416).
 */
public record D2Spec(
        @Param(value = "Headroom kept free when sharing a phase's capacity among its chargers", unit = "%", min = 0, max = 90,
                assumption = "forecast error margin of a day-ahead profile")
        double marginPct,
        @Param(value = "No charger's profile falls below this", unit = "kW", min = 0, max = 22,
                assumption = "IEC 61851 minimum charging current, ~1.4 kW")
        double minimumKw,
        @Param(value = "When the DNO publishes the next day's profiles", source = "001 Table 6 (day-ahead publication)")
        String publishAt,
        @Param(value = "Share of EV households that buy firm access (profile never below firmKw)", min = 0, max = 1,
                assumption = "firm access is optional in D2 (001:L1411-1412)")
        double firmAccessShare,
        @Param(value = "Capacity guaranteed to firm-access customers", unit = "kW", min = 0, max = 22, assumption = "a 16 A single-phase guarantee")
        double firmKw,
        @Param(value = "Compensation the DNO pays firm-access customers per kWh curtailed", unit = "GBP/kWh", min = 0, max = 5,
                assumption = "around the retail price of the energy not delivered")
        double compensationGbpPerKwh) implements Checked {

    public static D2Spec defaults() {
        return new D2Spec(10, 1.4, "16:00", 0, 3.7, 0.25);
    }

    @Override
    public void check(String path, Problems problems) {
        TimeOfDay.check(path + ".publishAt", publishAt, problems);
    }
}
