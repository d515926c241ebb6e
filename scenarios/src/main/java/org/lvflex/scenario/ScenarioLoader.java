package org.lvflex.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvflex.core.InputException;
import org.lvflex.scenario.schema.Problems;
import org.lvflex.scenario.schema.SchemaWalker;

/**
 * Reads scenario JSON: fills defaults, validates every field (all problems at once, each naming its
 * path, the bad value and what is allowed) and builds the immutable {@link Scenario}. A name
 * without a file (e.g. {@code ieee-eu-lv-unmanaged}) loads the built-in scenario of that name.
 */
public final class ScenarioLoader {
    /** Built-in scenarios shipped in the jar (folder {@code scenarios/} of the source tree). */
    public static final List<String> BUILT_IN = List.of(
            "ieee-eu-lv-unmanaged", "ieee-eu-lv-static-tou", "compare-default", "public-charging-generated",
            "public-charging-growth", "lesson-tou-herding", "lesson-dno-limiter-lossy-comms", "lesson-v2g-revenue",
            "lesson-curtailment-by-imd");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ScenarioLoader() {}

    /** A scenario together with its fully resolved JSON (every default filled in). */
    public record Loaded(Scenario scenario, JsonNode resolved, String source) {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Loads a file or a built-in scenario name, applying dotted-path overrides such as {@code run.seed}. */
    public static Loaded load(String fileOrName, Map<String, Object> overrides) {
        Path p = Path.of(fileOrName);
        if (!Files.exists(p)) {
            String name = p.getFileName().toString().replaceFirst("\\.json$", "");
            if (BUILT_IN.contains(name)) {
                return loadBuiltIn(name, overrides);
            }
            throw new InputException(fileOrName + ": no such file (built-in scenarios: " + String.join(", ", BUILT_IN) + ")");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(Files.readString(p));
        } catch (NoSuchFileException e) {
            throw new InputException(fileOrName + ": no such file");
        } catch (JsonProcessingException e) {
            throw new InputException(fileOrName + ": " + jsonError(e));
        } catch (IOException e) {
            throw new InputException(fileOrName + ": cannot read: " + e.getMessage());
        }
        return fromTree(tree, fileOrName, overrides);
    }

    /** Loads a built-in scenario by name. */
    public static Loaded loadBuiltIn(String name, Map<String, Object> overrides) {
        try (InputStream in = ScenarioLoader.class.getResourceAsStream("/scenarios/" + name + ".json")) {
            if (in == null) {
                throw new InputException(name + ": no such built-in scenario (" + String.join(", ", BUILT_IN) + ")");
            }
            return fromTree(MAPPER.readTree(in), "scenarios/" + name + ".json", overrides);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("built-in scenario " + name + " is not valid JSON", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in scenario " + name, e);
        }
    }

    /** Resolves and validates a parsed JSON tree. */
    public static Loaded fromTree(JsonNode user, String source, Map<String, Object> overrides) {
        Problems problems = new Problems();
        if (user == null || user.isMissingNode()) {
            throw new InputException(source + ": the file is empty; expected a JSON object");
        }
        JsonNode withOverrides = user.deepCopy();
        if (withOverrides.isObject()) {
            for (Map.Entry<String, Object> o : overrides.entrySet()) {
                put((ObjectNode) withOverrides, o.getKey(), MAPPER.valueToTree(o.getValue()));
            }
        }
        SchemaWalker walker = new SchemaWalker(MAPPER);
        JsonNode resolved = walker.resolve(withOverrides, Scenario.class, walker.defaultsTree(Scenario.class), null, "", problems);
        problems.throwIfAny(source);
        Scenario scenario;
        try {
            scenario = MAPPER.treeToValue(resolved, Scenario.class);
        } catch (JsonProcessingException e) {
            // a record whose constructor validates (e.g. ConstraintLimits) rejected its values: name the field
            if (e instanceof JsonMappingException m && m.getCause() instanceof InputException bad) {
                String at = jsonPath(m.getPath());
                bad.problems().forEach(p -> problems.add(at + ": " + p));
                problems.throwIfAny(source);
            }
            throw new InputException(source + ": " + jsonError(e));
        }
        SchemaWalker.crossCheck(scenario, "", problems);
        problems.throwIfAny(source);
        return new Loaded(scenario, resolved, source);
    }

    /** Scenario from a default-filled tree (used by sweeps and the GUI that edit fields). */
    public static Loaded fromScenario(Scenario s) {
        return fromTree(MAPPER.valueToTree(s), s.name(), Map.of());
    }

    private static void put(ObjectNode root, String dotted, JsonNode value) {
        String[] parts = dotted.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            if (child == null || !child.isObject()) {
                child = JsonNodeFactory.instance.objectNode();
                node.set(parts[i], child);
            }
            node = (ObjectNode) child;
        }
        node.set(parts[parts.length - 1], value);
    }

    /** The JSON path of a mapping failure, as the schema walker writes it: {@code network.limits}, {@code ev.chargerKw[1]}. */
    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "(top level)" : sb.toString();
    }

    /** A Jackson parse error as "line L, column C: bad JSON: ...". */
    public static String jsonError(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String msg = e.getOriginalMessage();
        int cut = msg.indexOf('\n');
        if (cut > 0) {
            msg = msg.substring(0, cut);
        }
        return (loc != null ? "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": " : "") + "bad JSON: " + msg;
    }

    /** Overrides map helper preserving insertion order. */
    public static Map<String, Object> overrides(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                m.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }

    /** Every problem of a tree without throwing (for tests and the validate command). */
    public static List<String> problemsOf(JsonNode user) {
        try {
            fromTree(user, "scenario", Map.of());
            return List.of();
        } catch (InputException e) {
            return new ArrayList<>(e.problems());
        }
    }
}
