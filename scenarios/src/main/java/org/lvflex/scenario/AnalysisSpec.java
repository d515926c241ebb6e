package org.lvflex.scenario;

import org.lvflex.core.Param;
import org.lvflex.scenario.schema.Checked;
import org.lvflex.scenario.schema.Problems;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * How a run's outcomes are measured: the primary-peak window of the secondary-peak metric
 * (DOMAIN.md section 8), what "network cost caused" means, the DUoS peak band of the time-of-use
 * allocation, how reinforcement capital is annualised, and which allocation enters each household's
 * net benefit (DOMAIN.md section 7). None of these changes what the agents do.
 */
public record AnalysisSpec(
        @Param(value = "Start of the daily primary-peak window; the secondary peak is the largest demand outside it",
                source = "DOMAIN.md section 8 (16:00-20:00)")
        String primaryPeakStart,
        @Param(value = "Length of the primary-peak window", unit = "h", min = 0.5, max = 23, source = "DOMAIN.md section 8 (16:00-20:00)")
        double primaryPeakHours,
        @Param(value = "Half-hours of highest transformer demand (kVA) over which each household's contribution, the network cost it caused, is measured",
                unit = "half-hours", min = 1, max = 175680,
                assumption = "secondary reinforcement is sized by the few highest half-hours (001:L3592); ten span several winter evenings")
        int causedPeakHalfHours,
        @Param(value = "Start of the DUoS peak (red) band used by the time-of-use allocation",
                assumption = "most GB DNOs' domestic red band runs 16:00-19:00")
        String touBandStart,
        @Param(value = "Length of the DUoS peak band", unit = "h", min = 0.5, max = 23, assumption = "most GB DNOs' domestic red band runs 16:00-19:00")
        double touBandHours,
        @Param("Count only Monday to Friday in the DUoS peak band (red-band charges apply on weekdays)")
        boolean touBandWeekdaysOnly,
        @Param("Allocation rule whose share of the network cost enters each household's net benefit in the equity tables: "
                + "POSTAGE_STAMP_CUSTOMER, POSTAGE_STAMP_KWH, CAPACITY, LOCATION, TIME_OF_USE or FIRST_MOVER (default: per kWh, how "
                + "LCT reinforcement is recovered today, 002:L314)")
        AllocationRule netBenefitRule,
        @Param(value = "Life over which reinforcement capital is annualised", unit = "years", min = 1, max = 100,
                assumption = "Ofgem depreciates new network assets over 45 years")
        double reinforcementLifeYears,
        @Param(value = "Discount rate for annualising reinforcement capital", unit = "%/yr", min = 0, max = 20,
                source = "001:L3751 (3.4%, The Green Book)")
        double networkDiscountRatePct,
        @Param(value = "The concentration index of net benefit is reported only when |mean| is at least this share of mean |net benefit|; "
                + "below it the index divides by ~0 and only the generalised index (not divided by the mean) is given",
                min = 0, max = 1, assumption = "a mean within 5% of the mean absolute value makes the ratio meaningless")
        double concentrationMinMeanShare) implements Checked {

    public static AnalysisSpec defaults() {
        return new AnalysisSpec("16:00", 4, 10, "16:00", 3, true, AllocationRule.POSTAGE_STAMP_KWH, 45, 3.4, 0.05);
    }

    /** Minutes after midnight of the primary-peak window's start. */
    public int primaryStartMinute() {
        return TimeOfDay.minutes(primaryPeakStart);
    }

    public int primaryLengthMinutes() {
        return (int) Math.round(primaryPeakHours * 60);
    }

    public int touStartMinute() {
        return TimeOfDay.minutes(touBandStart);
    }

    public int touLengthMinutes() {
        return (int) Math.round(touBandHours * 60);
    }

    /** Equivalent annual cost of reinforcement capital (annuity over its life at the discount rate). */
    public double annualisedReinforcement(double capitalGbp) {
        return Annuity.annualised(capitalGbp, networkDiscountRatePct, reinforcementLifeYears);
    }

    @Override
    public void check(String path, Problems problems) {
        TimeOfDay.check(path + ".primaryPeakStart", primaryPeakStart, problems);
        TimeOfDay.check(path + ".touBandStart", touBandStart, problems);
    }
}
