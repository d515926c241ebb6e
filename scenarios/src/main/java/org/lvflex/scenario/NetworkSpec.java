package org.lvflex.scenario;

import org.lvflex.core.Param;
import org.lvflex.scenario.schema.Checked;
import org.lvflex.scenario.schema.Problems;

/** Which LV network the households sit on and how it is solved. */
public record NetworkSpec(
        @Param("\"ieee-eu-lv\" (the IEEE European LV Test Feeder, 55 households), \"generated\" (see generator) or the path of a network in lvflex JSON form")
        String source,
        @Param("POWER_FLOW solves the unbalanced three-phase network every step; COPPER_PLATE only sums loads per transformer phase (no voltages, no losses; for very large sweeps)")
        Solver solver,
        @Param(value = "Power factor of household base demand (lagging)", min = 0.5, max = 1,
                source = "IEEE EU LV feeder Loads.csv: PF 0.95")
        double householdPowerFactor,
        @Param(value = "Power factor of EV chargers, charging and discharging", min = 0.5, max = 1,
                assumption = "modern on-board chargers run close to unity power factor")
        double chargerPowerFactor) implements Checked {

    /** How the network is solved each step. */
    public enum Solver { POWER_FLOW, COPPER_PLATE }

    public static NetworkSpec defaults() {
        return new NetworkSpec("ieee-eu-lv", Solver.POWER_FLOW, 0.95, 1.0);
    }

    @Override
    public void check(String path, Problems problems) {
        if (source == null || source.isBlank()) {
            problems.add(path + ".source", "\"\"", "\"ieee-eu-lv\", \"generated\" or a network JSON file path");
        }
    }
}
