package org.lvflex.scenario;

import java.util.List;
import org.lvflex.core.Param;
import org.lvflex.scenario.schema.Checked;
import org.lvflex.scenario.schema.Problems;

/** The cars: how many, their batteries and chargers, how they travel and when they plug in. */
public record EvSpec(
        @Param(value = "Share of households owning an EV", min = 0, max = 1,
                assumption = "50%: an uptake at which unmanaged charging stresses a typical feeder")
        double share,
        AdoptionSpec adoption,
        @Param(value = "Battery capacity options", unit = "kWh", min = 5, max = 200,
                assumption = "typical UK fleet: 40 kWh (Leaf), 60 kWh (MG4/ID.3), 77 kWh (larger)")
        List<Double> batteryKwh,
        @Param(value = "Weights of the battery options", min = 0, assumption = "smaller batteries dominate the used fleet")
        List<Double> batteryWeights,
        @Param(value = "Energy use at the wheel, mild weather", unit = "kWh/km", min = 0.05, max = 0.6,
                assumption = "typical family EV 0.16-0.20 kWh/km")
        double consumptionKwhPerKm,
        @Param(value = "Extra consumption in mid-winter (scaled by season)", min = 0, max = 1,
                assumption = "cabin heating and cold batteries add 15-30% in winter")
        double winterUplift,
        @Param(value = "Home charger power options (single-phase)", unit = "kW", min = 1, max = 22,
                source = "004:L622: 3.5 kW or 7 kW single-phase home chargers")
        List<Double> chargerKw,
        @Param(value = "Weights of the charger options", min = 0, assumption = "most new home chargers are 7 kW")
        List<Double> chargerWeights,
        @Param(value = "Grid-to-battery charging efficiency", min = 0.5, max = 1, assumption = "AC charging losses ~10%")
        double chargeEfficiency,
        @Param(value = "State of charge the driver wants at departure", min = 0.1, max = 1,
                assumption = "drivers commonly cap daily charging at 80-90%")
        double targetSoc,
        @Param(value = "Probability a session is manually overridden to charge at full power now", min = 0, max = 1,
                source = "001:L5247-5260 (override must exist); rate is an assumption")
        double overrideProbability,
        TravelSpec travel,
        PlugInSpec plugIn) implements Checked {

    public static EvSpec defaults() {
        return new EvSpec(0.5, AdoptionSpec.defaults(), List.of(40.0, 60.0, 77.0), List.of(0.35, 0.45, 0.2),
                0.18, 0.2, List.of(3.6, 7.0), List.of(0.3, 0.7), 0.9, 0.9, 0.05,
                TravelSpec.defaults(), PlugInSpec.defaults());
    }

    @Override
    public void check(String path, Problems problems) {
        matchWeights(path, "batteryKwh", batteryKwh, "batteryWeights", batteryWeights, problems);
        matchWeights(path, "chargerKw", chargerKw, "chargerWeights", chargerWeights, problems);
    }

    static void matchWeights(String path, String optName, List<Double> options, String wName, List<Double> weights, Problems problems) {
        if (options.isEmpty()) {
            problems.add(path + "." + optName, "an empty list", "at least one option");
        }
        problems.checkWeights(path + "." + wName, weights, options.size(), "one per " + optName + " option");
    }
}
