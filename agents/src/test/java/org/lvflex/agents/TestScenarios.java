package org.lvflex.agents;

import com.fasterxml.jackson.databind.JsonNode;
import org.lvflex.agents.grid.GridFactory;
import org.lvflex.scenario.Scenario;
import org.lvflex.scenario.ScenarioLoader;

/** Scenarios for agent tests, written as JSON so they read like the files users write. */
public final class TestScenarios {
    private TestScenarios() {}

    public static Scenario of(String json) {
        try {
            JsonNode tree = ScenarioLoader.mapper().readTree(json);
            return ScenarioLoader.fromTree(tree, "test", java.util.Map.of()).scenario();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A congested generated feeder: 250 kVA, 200 homes, 80% EVs; {@code extra} is spliced into the JSON object. */
    public static Scenario congested(String model, int days, String extra) {
        return of("{\"name\":\"congested\",\"network\":{\"source\":\"generated\",\"generator\":{\"transformerKva\":250}},"
                + "\"ev\":{\"share\":0.8},\"run\":{\"days\":" + days + "},\"model\":{\"type\":\"" + model + "\"}"
                + (extra.isEmpty() ? "" : "," + extra) + "}");
    }

    public static LvFlexModel run(Scenario s) {
        LvFlexModel m = new LvFlexModel(s, GridFactory.build(s));
        m.runToEnd(null);
        return m;
    }
}
