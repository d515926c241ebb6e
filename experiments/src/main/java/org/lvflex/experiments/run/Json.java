package org.lvflex.experiments.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.lvflex.core.AtomicFiles;
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

    /**
     * Writes a resolved input (a scenario or sweep with every default filled in) to {@code file},
     * atomically, with the version of lvflex that ran it added as {@code lvflexVersion}.
     */
    public static void writeResolved(Path file, JsonNode resolved, String version) {
        ObjectNode o = resolved.deepCopy();
        o.put("lvflexVersion", version);
        AtomicFiles.writeString(file, pretty(o));
    }
}
