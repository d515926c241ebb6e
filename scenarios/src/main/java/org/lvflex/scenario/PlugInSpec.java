package org.lvflex.scenario;

import org.lvflex.core.Param;
import org.lvflex.scenario.schema.Checked;
import org.lvflex.scenario.schema.Problems;

/**
 * When drivers plug in. At an arrival home that starts a stay of at least {@link #minStayHours()},
 * a driver plugs in with probability 1/(1+exp((soc - s50)/steepness)), s50 drawn per driver
 * uniformly in [socThresholdLow, socThresholdHigh]; always if the next day's trips would leave less
 * than {@link #reserveKm()} of range. Calibrated to Electric Nation: about 3 sessions a week, plugged in
 * more than 12 h on average, sessions starting above 50% SoC.
 */
public record PlugInSpec(
        @Param(value = "Lowest per-driver SoC threshold s50", min = 0, max = 1,
                assumption = "Electric Nation: most sessions start above 50% SoC")
        double socThresholdLow,
        @Param(value = "Highest per-driver SoC threshold s50", min = 0, max = 1,
                assumption = "calibrated so a typical car plugs in ~3 times a week (Electric Nation)")
        double socThresholdHigh,
        @Param(value = "Steepness of the logistic plug-in decision (in SoC units)", min = 0.001, max = 1,
                assumption = "a few SoC points separate 'probably not' from 'probably'")
        double steepness,
        @Param(value = "Drivers only plug in for stays at least this long", unit = "h", min = 0, max = 24,
                assumption = "short midday stops are rarely worth plugging in for; keeps sessions overnight as in Electric Nation")
        double minStayHours,
        @Param(value = "Plug in regardless when tomorrow's expected trips would leave less than this range", unit = "km", min = 0, max = 500,
                assumption = "range buffer drivers keep")
        double reserveKm,
        @Param(value = "Drivers without home charging go to a public charger when SoC falls below this", min = 0, max = 1,
                assumption = "public charging is a chore: used when needed")
        double publicChargeSoc,
        @Param(value = "SoC public charging stops at", min = 0, max = 1,
                assumption = "rapid chargers taper above 80%")
        double publicTargetSoc,
        @Param(value = "Arrivals before this time plug in with the probability scaled by daytimeFactor",
                assumption = "Electric Nation plug-in profiles peak in the late afternoon and evening")
        String eveningFrom,
        @Param(value = "Scale on the plug-in probability of a daytime arrival", min = 0, max = 1,
                assumption = "drivers home at midday usually wait until the evening to plug in")
        double daytimeFactor,
        @Param(value = "Mean time of the evening check, when a driver at home whose car is not plugged in decides again",
                assumption = "the habit of plugging in before bed")
        String eveningCheck,
        @Param(value = "Std deviation of the evening check time between drivers", unit = "min", min = 0, max = 240,
                assumption = "households keep different evening routines")
        double eveningCheckSdMinutes,
        @Param(value = "A trip that would bring the battery below this SoC includes an en-route rapid charge (off this feeder) to publicTargetSoc",
                min = 0, max = 0.5, assumption = "drivers avoid arriving nearly empty")
        double enRouteChargeSoc,
        @Param(value = "Power of the public chargers used off this feeder (en route, or by drivers with no site here)", unit = "kW",
                min = 3, max = 350, assumption = "a typical rapid charger")
        double offFeederChargerKw,
        @Param(value = "Shortest stop at a public charger off this feeder", unit = "min", min = 0, max = 120,
                assumption = "parking, plugging in and paying take about a quarter of an hour")
        int offFeederMinStopMinutes) implements Checked {

    public static PlugInSpec defaults() {
        return new PlugInSpec(0.5, 0.88, 0.05, 6, 40, 0.35, 0.8, "15:00", 0.35, "19:30", 60, 0.1, 50, 15);
    }

    @Override
    public void check(String path, Problems problems) {
        org.lvflex.scenario.schema.TimeOfDay.check(path + ".eveningFrom", eveningFrom, problems);
        org.lvflex.scenario.schema.TimeOfDay.check(path + ".eveningCheck", eveningCheck, problems);
        if (socThresholdHigh < socThresholdLow) {
            problems.add(path + ".socThresholdHigh", String.valueOf(socThresholdHigh), "a value >= socThresholdLow " + socThresholdLow);
        }
    }
}
