package org.lvflex.experiments.cli;

import java.util.concurrent.Callable;
import org.lvflex.experiments.run.Json;
import org.lvflex.scenario.Scenario;
import org.lvflex.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lvflex validate}: checks a scenario and reports every problem, without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a scenario file: every problem is reported as path.to.field: got X, expected Y. Exit 0 if valid, 2 if not.")
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario JSON file or built-in scenario name.")
    String scenario;

    @Option(names = "--resolved", description = "Print the scenario with every default filled in.")
    boolean resolved;

    @Override
    public Integer call() {
        ScenarioLoader.Loaded l = ScenarioLoader.load(scenario, java.util.Map.of());
        Scenario s = l.scenario();
        if (resolved) {
            System.out.print(Json.pretty(l.resolved()));
        } else {
            System.out.printf("ok: %s — model %s, network %s, %d days at %d-min steps, EV share %.0f%%, seed %d%n", s.name(),
                    s.model().type(), s.network().source(), s.run().days(), s.run().stepMinutes(), 100 * s.ev().share(), s.run().seed());
        }
        return Main.OK;
    }
}
