package org.lvflex.experiments;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.lvflex.scenario.ScenarioLoader;

/** Small scenarios for fast end-to-end tests. */
public final class TestScenarios {
    /**
     * Two LV ways of 20 households on a 100 kVA transformer, 80% EVs, V2G for every EV household that
     * has off-street parking (the other V2G gates are opened), one reported day after one warm-up day,
     * and a 50% reinforcement trigger so that unmanaged charging reinforces.
     */
    public static final String TINY = """
            {
              "name": "tiny",
              "run": { "startDate": "2025-01-06", "days": 1, "stepMinutes": %d, "seed": 5, "warmupDays": 1 },
              "network": { "source": "generated", "generator": { "transformerKva": 100, "lvWays": 2, "customersPerWay": 20 } },
              "households": { "capability": { "capitalShareMostDeprived": 1, "capitalShareLeastDeprived": 1, "smartMeterShare": 1,
                  "digitalAccessShare": 1, "connectivityShare": 1, "supply60AShare": 0 } },
              "ev": { "share": 0.8 },
              "v2g": { "share": 1.0, "capableVehicleShare": 1.0 },
              "dno": { "reinforcementTriggerPct": 50 }
            }
            """;

    private TestScenarios() {}

    public static String tinyJson(int stepMinutes) {
        return String.format(TINY, stepMinutes);
    }

    public static ScenarioLoader.Loaded tiny(int stepMinutes) {
        try {
            return ScenarioLoader.fromTree(ScenarioLoader.mapper().readTree(tinyJson(stepMinutes)), "tiny", Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the tiny scenario to {@code dir/tiny.json} and returns the path. */
    public static Path writeTiny(Path dir, int stepMinutes) throws IOException {
        Path p = dir.resolve("tiny.json");
        Files.writeString(p, tinyJson(stepMinutes));
        return p;
    }
}
