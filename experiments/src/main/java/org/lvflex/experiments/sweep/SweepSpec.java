package org.lvflex.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.lvflex.core.Param;
import org.lvflex.scenario.ModelType;

/**
 * A sweep file: a base scenario, the scenario fields to vary and how, the models, the replications
 * and the seed every run's seed is derived from. Validated by the scenario schema machinery
 * ({@link SweepLoader}); documented in docs/sweep-reference.md.
 */
public record SweepSpec(
        @Param("Short name; the default output folder is results/sweep-<name>") String name,
        @Param("What the sweep studies") String description,
        @Param("Base scenario: a scenario JSON file (relative to the sweep file's folder, else to the working directory) or a built-in scenario name")
        String base,
        @Param("Sweep seed: every run's seed is derived from it, the run's parameter point and its replication (not its model, so the models at one point share common random numbers)")
        long seed,
        @Param(value = "Runs of every parameter point and model, each with its own derived seed", min = 1, max = 10000,
                assumption = "3 shows the run-to-run spread at little cost; use 10 or more for tight confidence intervals")
        int replications,
        @Param(value = "Length of every run; 0 keeps the base scenario's run.days", unit = "days", min = 0, max = 3660,
                assumption = "0: the base scenario decides; set a few days for a quick sweep")
        int days,
        @Param("Smart-charging models run at every point and replication; empty runs only the base scenario's model")
        List<ModelType> models,
        @Param("Scenario fields set on every run, as dotted paths, e.g. {\"network.solver\": \"COPPER_PLATE\"}")
        JsonNode overrides,
        @Param("The scenario fields to vary (each a dotted path with its values or range)")
        List<SweepParameter> parameters,
        DesignSpec design) {

    public static SweepSpec defaults() {
        return new SweepSpec("sweep", "", "ieee-eu-lv-unmanaged", 1, 3, 0, List.of(), JsonNodeFactory.instance.objectNode(),
                List.of(), DesignSpec.defaults());
    }
}
