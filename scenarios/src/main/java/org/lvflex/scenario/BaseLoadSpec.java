package org.lvflex.scenario;

import org.lvflex.core.Param;

/**
 * How one day of real one-minute household demand (the 100 IEEE profiles) becomes a run of weeks
 * to a year: each household draws its own profile for each day, shifted and scaled, so that no two
 * households share a trace by accident. See docs/scenario-reference.md, "base demand".
 */
public record BaseLoadSpec(
        @Param(value = "Amplitude A of the seasonal factor (1 + A cos(2 pi (d - peak)/365)) / (1 + A); 0 turns seasons off",
                min = 0, max = 0.9,
                assumption = "GB domestic demand is ~1.5x higher in January than July; A = 0.2 gives 1.5")
        double seasonalAmplitude,
        @Param(value = "Day of year of the demand peak, where the factor is 1 (the profiles as published)", min = 1, max = 366,
                assumption = "the IEEE profiles are winter-day shapes (~9 kWh/day); mid-January is the GB demand peak")
        int peakDayOfYear,
        @Param(value = "Multiplier on Saturday and Sunday demand", min = 0.5, max = 2,
                assumption = "people are home more at weekends")
        double weekendScale,
        @Param(value = "Weekend profiles start this much later (later rising)", unit = "min", min = 0, max = 240,
                assumption = "weekend morning peak is about an hour later")
        int weekendShiftMinutes,
        @Param(value = "Each household-day is shifted by a uniform random offset within +/- this", unit = "min", min = 0, max = 180,
                assumption = "breaks the coincidence of identical shapes drawn on the same day")
        int dailyJitterMinutes,
        @Param(value = "Sigma of the lognormal household scale factor (mean 1): some homes use more than others", min = 0, max = 1.5,
                assumption = "GB annual domestic consumption has a coefficient of variation of roughly 0.3-0.5")
        double householdScaleSigma,
        @Param(value = "Base demand growth per year of run time (load growth)", unit = "%/yr", min = -20, max = 50,
                assumption = "0: no growth unless a scenario studies it")
        double growthPctPerYear) {

    public static BaseLoadSpec defaults() {
        return new BaseLoadSpec(0.2, 15, 1.1, 60, 30, 0.3, 0);
    }
}
