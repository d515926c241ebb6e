package org.lvflex.scenario;

import org.lvflex.core.Param;

/**
 * A complete, immutable scenario: everything a run needs besides the seed override. Read from
 * JSON by {@link ScenarioLoader}; every field missing from a file takes the default documented in
 * docs/scenario-reference.md.
 */
public record Scenario(
        @Param("Short name, used in output folder names") String name,
        @Param("What the scenario represents") String description,
        RunSpec run,
        NetworkSpec network,
        HouseholdSpec households,
        EvSpec ev,
        V2gSpec v2g,
        TariffSpec tariffs,
        ModelSpec model,
        DnoSpec dno,
        AggregatorSpec aggregator,
        FaultSpec faults,
        AnalysisSpec analysis,
        PublicChargingSpec publicCharging,
        OutputSpec output,
        @Param("Version of lvflex that resolved this scenario (written into scenario.resolved.json; informational)")
        String lvflexVersion) {

    public static Scenario defaults() {
        return new Scenario("scenario", "", RunSpec.defaults(), NetworkSpec.defaults(), HouseholdSpec.defaults(),
                EvSpec.defaults(), V2gSpec.defaults(), TariffSpec.defaults(), ModelSpec.defaults(),
                DnoSpec.defaults(), AggregatorSpec.defaults(), FaultSpec.defaults(), AnalysisSpec.defaults(), PublicChargingSpec.defaults(), OutputSpec.defaults(), "");
    }

    /** The same scenario with another model. */
    public Scenario withModel(ModelType type) {
        return new Scenario(name, description, run, network, households, ev, v2g, tariffs,
                model.withType(type), dno, aggregator, faults, analysis, publicCharging, output, lvflexVersion);
    }
}
