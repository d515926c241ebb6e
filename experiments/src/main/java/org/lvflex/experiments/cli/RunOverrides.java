package org.lvflex.experiments.cli;

import java.util.Map;
import org.lvflex.scenario.ScenarioLoader;
import picocli.CommandLine.Option;

/** {@code --seed} and {@code --days}: overrides of run.seed and run.days, validated like the scenario's own fields. */
public final class RunOverrides {
    @Option(names = "--seed", paramLabel = "N", description = "Override run.seed.")
    Long seed;

    @Option(names = "--days", paramLabel = "N", description = "Override run.days (validated like the field).")
    Integer days;

    /** The overrides given (none when neither option is). */
    Map<String, Object> overrides() {
        return ScenarioLoader.overrides("run.seed", seed, "run.days", days);
    }

    /** Loads a scenario file or built-in scenario with these overrides. */
    ScenarioLoader.Loaded load(String scenario) {
        return ScenarioLoader.load(scenario, overrides());
    }
}
