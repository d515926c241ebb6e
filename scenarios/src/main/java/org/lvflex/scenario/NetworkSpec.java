package org.lvflex.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import org.lvflex.core.Param;
import org.lvflex.network.constraints.ConstraintLimits;
import org.lvflex.network.generator.UkFeederSpec;
import org.lvflex.network.io.CableLibrary;
import org.lvflex.scenario.schema.Checked;
import org.lvflex.scenario.schema.DidYouMean;
import org.lvflex.scenario.schema.Problems;

/** Which LV network the households sit on, how it is solved and the limits it is checked against. */
public record NetworkSpec(
        @Param("\"ieee-eu-lv\" (the IEEE European LV Test Feeder, 55 households), \"generated\" (a UK feeder built from 'generator') or the path of a network in lvflex JSON form (docs/network.md)")
        String source,
        @Param("POWER_FLOW solves the unbalanced three-phase network every step; COPPER_PLATE only sums loads per transformer phase (no voltages, no losses; for very large sweeps)")
        Solver solver,
        @Param(value = "Power factor of household base demand (lagging)", min = 0.5, max = 1,
                source = "IEEE EU LV feeder Loads.csv: PF 0.95")
        double householdPowerFactor,
        @Param(value = "Power factor of EV chargers, charging and discharging", min = 0.5, max = 1,
                assumption = "modern on-board chargers run close to unity power factor")
        double chargerPowerFactor,
        UkFeederSpec generator,
        ConstraintLimits limits) implements Checked {

    /** How the network is solved each step. */
    public enum Solver { POWER_FLOW, COPPER_PLATE }

    public static NetworkSpec defaults() {
        return new NetworkSpec("ieee-eu-lv", Solver.POWER_FLOW, 0.95, 1.0, UkFeederSpec.defaults(), ConstraintLimits.ukStatutory());
    }

    @Override
    public void check(String path, Problems problems) {
        if (source == null || source.isBlank()) {
            problems.add(path + ".source", "\"\"", "\"ieee-eu-lv\", \"generated\" or a network JSON file path");
        } else if (!source.equals("ieee-eu-lv") && !source.equals("generated") && !Files.exists(Path.of(source))) {
            problems.add(path + ".source", "\"" + source + "\"", "\"ieee-eu-lv\", \"generated\" or an existing network JSON file"
                    + DidYouMean.hint(source, java.util.List.of("ieee-eu-lv", "generated")));
        }
        for (String[] c : new String[][] {{"mainCable", generator.mainCable()}, {"serviceCable", generator.serviceCable()}}) {
            if (!CableLibrary.standard().containsKey(c[1])) {
                problems.add(path + ".generator." + c[0], "\"" + c[1] + "\"", "a cable of the library " + CableLibrary.standard().keySet()
                        + DidYouMean.hint(c[1], CableLibrary.standard().keySet()));
            }
        }
    }
}
