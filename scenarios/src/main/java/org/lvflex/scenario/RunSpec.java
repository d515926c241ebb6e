package org.lvflex.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.lvflex.core.Param;
import org.lvflex.scenario.schema.Checked;
import org.lvflex.scenario.schema.Problems;

/** When the run starts, how long it lasts, its physical step and its seed. */
public record RunSpec(
        @Param(value = "First simulated day (ISO date); the run starts at its midnight, local time without DST",
                assumption = "a winter Monday: the season of the feeder's peak")
        String startDate,
        @Param(value = "Length of the run", unit = "days", min = 1, max = 3660)
        int days,
        @Param(value = "Physical step: loads and power flow advance every step; must divide the half-hour settlement period (1, 2, 3, 5, 6, 10, 15, 30)",
                unit = "min", min = 1, max = 30, source = "DOMAIN.md section 2: default 1 min; 5, 10, 30 allowed")
        int stepMinutes,
        @Param(value = "Seed of every random stream of the run; the same seed gives byte-identical outputs")
        long seed,
        @Param(value = "Days simulated before startDate and not reported, so batteries, plug-in states and the DNO's history settle",
                unit = "days", min = 0, max = 60,
                assumption = "a week: batteries and plug-in habits settle, and the DNO's like-day forecasts see weekdays and a weekend")
        int warmupDays) implements Checked {

    public static RunSpec defaults() {
        return new RunSpec("2025-01-06", 7, 1, 1, 7);
    }

    public LocalDate start() {
        return LocalDate.parse(startDate);
    }

    @Override
    public void check(String path, Problems problems) {
        try {
            LocalDate.parse(startDate);
        } catch (DateTimeParseException e) {
            problems.add(path + ".startDate", "\"" + startDate + "\"", "an ISO date such as \"2025-01-06\"");
        }
        if (stepMinutes > 0 && 30 % stepMinutes != 0) {
            problems.add(path + ".stepMinutes", String.valueOf(stepMinutes),
                    "a step that divides the half-hour settlement period, and so the horizon of " + days
                    + " days: 1, 2, 3, 5, 6, 10, 15 or 30");
        }
    }
}
