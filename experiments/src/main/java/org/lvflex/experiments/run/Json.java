package org.lvflex.experiments.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.lvflex.scenario.ScenarioLoader;

/** Pretty, deterministic JSON text. */
public final class Json {
    private Json() {}

    public static String pretty(JsonNode node) {
        try {
            return ScenarioLoader.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
