package org.lvflex.scenario;

import org.lvflex.core.Param;
import org.lvflex.scenario.schema.Checked;
import org.lvflex.scenario.schema.Problems;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * The week-structured travel model: each car day is a commute tour (commuters on working days)
 * and/or errand tours, with an occasional long weekend trip. Tour distances are lognormal and are
 * rescaled so that the fleet's expected annual distance equals {@link #annualKm()}.
 */
public record TravelSpec(
        @Param(value = "Mean annual distance per car", unit = "km", min = 1000, max = 60000,
                source = "NTS 2019 table NTS0901: 7,400 miles per four-wheeled car per year")
        double annualKm,
        @Param(value = "Share of commuters' weekdays with a commute by car", min = 0, max = 1,
                assumption = "hybrid working: about 4 commuting days in 5 (NTS0403 commuting trips per person fell ~20% since 2019)")
        double commuteDayShare,
        @Param(value = "Mean departure time of the commute", source = "NTS 2019 table NTS0502: commuting trips peak 07:00-09:00")
        String commuteDepart,
        @Param(value = "Std deviation of commute departure", unit = "min", min = 0, max = 240,
                assumption = "spread of the NTS0502 morning commuting peak")
        double commuteDepartSdMinutes,
        @Param(value = "Mean time of arriving home from the commute", source = "NTS 2019 table NTS0502: return commuting peaks 16:00-19:00")
        String commuteReturn,
        @Param(value = "Std deviation of commute return", unit = "min", min = 0, max = 240,
                assumption = "spread of the NTS0502 evening commuting peak")
        double commuteReturnSdMinutes,
        @Param(value = "Median one-way commute distance (lognormal)", unit = "km", min = 0.5, max = 200,
                source = "NTS 2019 table NTS0405: mean commuting trip ~9 miles (14.5 km); median lower")
        double commuteKmMedian,
        @Param(value = "Probability of a car-using day without a commute (non-commuters, days off)", min = 0, max = 1,
                assumption = "NTS: most cars are used on most days; ~25% of car-days see no use")
        double errandDayProbability,
        @Param(value = "Probability of a second errand tour on an errand day", min = 0, max = 1,
                assumption = "NTS: ~2 car-driver trip chains per car-using day")
        double secondErrandProbability,
        @Param(value = "Mean departure time of a weekday errand tour", assumption = "NTS0502: shopping and personal business peak late morning")
        String errandDepart,
        @Param(value = "Std deviation of errand departure", unit = "min", min = 0, max = 360, assumption = "errands spread over the day")
        double errandDepartSdMinutes,
        @Param(value = "Median errand tour duration (away from home)", unit = "h", min = 0.1, max = 12,
                assumption = "shopping, visits and leisure stays of 1-3 hours")
        double errandHoursMedian,
        @Param(value = "Median errand round-trip distance (lognormal)", unit = "km", min = 0.5, max = 300,
                source = "NTS 2019 table NTS0405: shopping/leisure car trips ~5-8 miles each way")
        double errandKmMedian,
        @Param(value = "Probability of an evening tour after the commute", min = 0, max = 1,
                assumption = "NTS0502: a secondary evening peak of leisure trips")
        double eveningTourProbability,
        @Param(value = "Probability of a long trip on a weekend day", min = 0, max = 1,
                assumption = "NTS: trips over 50 miles are ~2% of car trips, concentrated at weekends")
        double longTripProbability,
        @Param(value = "Median long-trip round-trip distance", unit = "km", min = 50, max = 1500,
                assumption = "day trips and visits of 100-150 km each way")
        double longTripKmMedian,
        @Param(value = "Sigma of the lognormal tour distances", min = 0, max = 2, assumption = "NTS trip-length distributions are strongly right-skewed")
        double distanceSigma,
        @Param(value = "Sigma of the lognormal per-car mileage factor (mean 1)", min = 0, max = 2,
                assumption = "NTS0901: annual mileage varies several-fold between cars")
        double carScaleSigma) implements Checked {

    public static TravelSpec defaults() {
        return new TravelSpec(11900, 0.8, "07:45", 50, "17:45", 70, 12, 0.7, 0.35, "10:30", 120, 2.0, 14, 0.3, 0.04, 220, 0.7, 0.35);
    }

    @Override
    public void check(String path, Problems problems) {
        TimeOfDay.check(path + ".commuteDepart", commuteDepart, problems);
        TimeOfDay.check(path + ".commuteReturn", commuteReturn, problems);
        TimeOfDay.check(path + ".errandDepart", errandDepart, problems);
        int d = TimeOfDay.minutes(commuteDepart);
        int r = TimeOfDay.minutes(commuteReturn);
        if (d >= 0 && r >= 0 && r <= d) {
            problems.add(path + ".commuteReturn", "\"" + commuteReturn + "\"", "a time after commuteDepart " + commuteDepart);
        }
    }
}
