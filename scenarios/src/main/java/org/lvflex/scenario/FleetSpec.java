package org.lvflex.scenario;

import org.lvflex.core.Param;
import org.lvflex.scenario.schema.Checked;
import org.lvflex.scenario.schema.Problems;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * The fleet that charges at a depot (vans, buses, taxis: 003:L665): vehicles return in the evening
 * and leave in the morning, so overnight charging suits a TCC (003:L330-331, L667).
 */
public record FleetSpec(
        @Param(value = "Fleet vehicles based at the site (0: no fleet)", min = 0, max = 500,
                assumption = "no fleet unless a depot scenario gives one")
        int vehicles,
        @Param(value = "Battery of each fleet vehicle", unit = "kWh", min = 10, max = 600,
                assumption = "electric vans carry 50-90 kWh")
        double batteryKwh,
        @Param(value = "Median energy a vehicle uses on a working day (lognormal, battery side)", unit = "kWh", min = 0, max = 600,
                assumption = "urban delivery rounds of 100-200 km at ~0.25 kWh/km")
        double dailyKwhMedian,
        @Param(value = "Sigma of the lognormal daily energy", min = 0, max = 2, assumption = "rounds differ from day to day")
        double dailyKwhSigma,
        @Param(value = "Mean time vehicles return to the depot", source = "003:L330: fleets intend to charge overnight; time is an assumption")
        String returnTime,
        @Param(value = "Std deviation of return times", unit = "min", min = 0, max = 240, assumption = "rounds finish at different times")
        double returnSdMinutes,
        @Param(value = "Mean time vehicles leave the depot next working day", assumption = "fleets are operational during the day (003:L667)")
        String departTime,
        @Param(value = "Std deviation of departure times", unit = "min", min = 0, max = 240, assumption = "staggered shift starts")
        double departSdMinutes,
        @Param(value = "Largest power a fleet vehicle accepts", unit = "kW", min = 1, max = 350,
                assumption = "three-phase on-board chargers of vans: 11-22 kW")
        double vehicleMaxKw,
        @Param("Vehicles work Monday to Friday only (they stay at the depot over the weekend)")
        boolean workingDaysOnly) implements Checked {

    public static FleetSpec defaults() {
        return new FleetSpec(0, 75, 35, 0.3, "18:00", 45, "07:00", 30, 22, true);
    }

    @Override
    public void check(String path, Problems problems) {
        TimeOfDay.check(path + ".returnTime", returnTime, problems);
        TimeOfDay.check(path + ".departTime", departTime, problems);
    }
}
