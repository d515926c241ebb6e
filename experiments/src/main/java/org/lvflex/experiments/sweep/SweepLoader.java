package org.lvflex.experiments.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvflex.core.InputException;
import org.lvflex.core.RandomStreams;
import org.lvflex.scenario.ModelType;
import org.lvflex.scenario.ScenarioLoader;
import org.lvflex.scenario.schema.Problems;
import org.lvflex.scenario.schema.SchemaWalker;

/**
 * Reads a sweep file: fills defaults and checks every field like a scenario, checks that each varied
 * or fixed path is a scenario field (with did-you-mean) and that every point gives a valid scenario
 * (problems name the point), then expands the runs with their seeds and ids.
 *
 * <p>A run's id is a hash of everything that decides its result (lvflex version, resolved base
 * scenario, the run's overrides including its seed and model), so a restarted or extended sweep
 * recognises the runs it already has, and never reuses a run whose inputs changed.
 */
public final class SweepLoader {
    /** Fields a sweep sets itself, with what to do instead. */
    static final Map<String, String> RESERVED = Map.of(
            "run.seed", "a field other than run.seed: every run's seed is derived from the sweep's 'seed'; raise 'replications' for more seeds",
            "model.type", "a field other than model.type: list the models in 'models'");
    /** Bad points reported before the loader stops checking (a typo in a range breaks them all). */
    static final int MAX_POINT_REPORTS = 20;

    private static final ObjectMapper MAPPER = ScenarioLoader.mapper();
    private static final ObjectWriter COMPACT = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private SweepLoader() {}

    /** Loads a sweep file; relative base scenario paths are looked up beside it first. */
    public static Sweep load(String file, String version) {
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) {
            throw new InputException(file + ": no such sweep file");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(Files.readString(p));
        } catch (JsonProcessingException e) {
            throw new InputException(file + ": " + ScenarioLoader.jsonError(e));
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
        return fromTree(tree, file, p.toAbsolutePath().getParent(), version);
    }

    /** Validates and expands a parsed sweep file. */
    public static Sweep fromTree(JsonNode user, String source, Path folder, String version) {
        if (user == null || user.isMissingNode() || !user.isObject()) {
            throw new InputException(source + ": expected a JSON object with base, parameters, models, replications and seed");
        }
        Problems problems = new Problems();
        SchemaWalker walker = new SchemaWalker(MAPPER);
        JsonNode resolved = walker.resolve(user, SweepSpec.class, walker.defaultsTree(SweepSpec.class), null, "", problems);
        problems.throwIfAny(source);
        SweepSpec spec;
        try {
            spec = MAPPER.treeToValue(resolved, SweepSpec.class);
        } catch (JsonProcessingException e) {
            throw new InputException(source + ": " + ScenarioLoader.jsonError(e));
        }

        ScenarioLoader.Loaded base = null;
        try {
            base = loadBase(spec.base(), folder);
        } catch (InputException e) {
            for (String s : e.problems()) {
                problems.add("base: " + s);
            }
        }
        Map<String, Object> fixed = fixedOverrides(spec, problems);
        List<ScenarioFields.Field> fields = checkParameters(spec, fixed, problems);
        for (int i = 0; i < spec.models().size(); i++) {
            if (spec.models().indexOf(spec.models().get(i)) < i) {
                problems.add("models[" + i + "]", spec.models().get(i).name(), "each model once");
            }
        }
        if (spec.design().type() == DesignSpec.Type.LATIN_HYPERCUBE && spec.parameters().isEmpty()) {
            problems.add("parameters", "none", "at least one parameter to sample for a LATIN_HYPERCUBE design");
        }
        problems.throwIfAny(source);

        if (spec.days() > 0) {
            fixed.put("run.days", spec.days());
        }
        ScenarioLoader.Loaded fixedBase = ScenarioLoader.fromTree(base.resolved(), source + ": base with overrides", fixed);
        JsonNode baseTree = fixedBase.resolved();
        List<Point> points = Design.points(spec, fields, problems);
        problems.throwIfAny(source);
        List<ModelType> models = spec.models().isEmpty() ? List.of(fixedBase.scenario().model().type()) : spec.models();
        checkPoints(baseTree, points, models.get(0), source);

        String baseJson = compact(baseTree);
        List<PlannedRun> runs = new ArrayList<>();
        MessageDigest prefix = sha256();
        prefix.update(("lvflex " + version + "\n" + baseJson + "\n").getBytes(StandardCharsets.UTF_8));
        for (Point p : points) {
            for (int r = 0; r < spec.replications(); r++) {
                long seed = RandomStreams.derive(spec.seed(), "sweep-run " + p.key(), r) & Long.MAX_VALUE; // non-negative: easier to retype
                for (ModelType m : models) {
                    ObjectNode ov = JsonNodeFactory.instance.objectNode();
                    p.values().forEach(ov::set);
                    ov.put("run.seed", seed);
                    ov.put("model.type", m.name());
                    String json = compact(ov);
                    runs.add(new PlannedRun(runs.size(), p, r, m, seed, new RunInput(runId(prefix, json), json)));
                }
            }
        }
        List<String> paths = spec.parameters().stream().map(SweepParameter::path).toList();
        return new Sweep(spec, source, resolved, baseTree, new SweepJob(spec.name(), baseJson), paths, points, models, runs);
    }

    static ScenarioLoader.Loaded loadBase(String base, Path folder) {
        Path p = Path.of(base);
        if (!p.isAbsolute() && folder != null && Files.isRegularFile(folder.resolve(p))) {
            return ScenarioLoader.load(folder.resolve(p).toString(), Map.of());
        }
        return ScenarioLoader.load(base, Map.of());
    }

    private static Map<String, Object> fixedOverrides(SweepSpec spec, Problems problems) {
        Map<String, Object> fixed = new LinkedHashMap<>();
        if (!spec.overrides().isObject()) {
            problems.add("overrides", SchemaWalker.describe(spec.overrides()), "an object of dotted scenario paths and values");
            return fixed;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.overrides().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = e.getKey();
            try {
                ScenarioFields.find(path);
                if (RESERVED.containsKey(path)) {
                    problems.add("overrides", "\"" + path + "\"", RESERVED.get(path));
                } else if (path.equals("run.days") && spec.days() > 0) {
                    problems.add("overrides", "\"run.days\"", "no run.days when 'days' is set (" + spec.days() + ")");
                }
            } catch (IllegalArgumentException x) {
                problems.add("overrides", "\"" + path + "\"", x.getMessage());
            }
            fixed.put(path, e.getValue());
        }
        return fixed;
    }

    private static List<ScenarioFields.Field> checkParameters(SweepSpec spec, Map<String, Object> fixed, Problems problems) {
        List<ScenarioFields.Field> fields = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < spec.parameters().size(); i++) {
            SweepParameter p = spec.parameters().get(i);
            String at = "parameters[" + i + "]";
            ScenarioFields.Field f = null;
            try {
                f = ScenarioFields.find(p.path());
            } catch (IllegalArgumentException x) {
                problems.add(at + ".path", "\"" + p.path() + "\"", x.getMessage());
            }
            fields.add(f);
            if (f == null) {
                continue;
            }
            String path = p.path();
            if (RESERVED.containsKey(path)) {
                problems.add(at + ".path", "\"" + path + "\"", RESERVED.get(path));
            } else if (seen.containsKey(path)) {
                problems.add(at + ".path", "\"" + path + "\"", "a field not already varied by parameters[" + seen.get(path) + "]");
            } else if (fixed.containsKey(path)) {
                problems.add(at + ".path", "\"" + path + "\"", "a field not also fixed in 'overrides'");
            } else if (path.equals("run.days") && spec.days() > 0) {
                problems.add(at + ".path", "\"run.days\"", "another field while 'days' is " + spec.days() + " (set days to 0 to vary run.days)");
            }
            seen.putIfAbsent(path, i);
            boolean hasValues = !p.values().isEmpty();
            boolean hasRange = p.from() != null || p.to() != null || p.step() != null;
            if (hasValues && hasRange) {
                problems.add(at, "both values and from/to/step", "either a list of values or a range");
            } else if (!hasValues && !hasRange) {
                problems.add(at, "no values", "'values', or a range 'from'/'to' (with a 'step' for a GRID design)");
            } else if (hasRange) {
                if (!f.numeric()) {
                    problems.add(at, "a range", "a list of 'values': " + path + " is not a number");
                }
                if (p.from() == null) {
                    problems.add(at + ".from", "nothing", "the start of the range");
                }
                if (p.to() == null) {
                    problems.add(at + ".to", "nothing", "the end of the range");
                }
                if (p.from() != null && p.to() != null && p.from() > p.to()) {
                    problems.add(at + ".to", String.valueOf(p.to()), "a number >= from (" + p.from() + ")");
                }
                if (p.step() != null && !(p.step() > 0)) {
                    problems.add(at + ".step", String.valueOf(p.step()), "a positive number");
                }
            }
        }
        return fields;
    }

    /** Resolves every point's scenario; each problem names the point and the field. */
    private static void checkPoints(JsonNode baseTree, List<Point> points, ModelType model, String source) {
        List<String> bad = new ArrayList<>();
        int badPoints = 0;
        for (Point p : points) {
            Map<String, Object> ov = new LinkedHashMap<>(p.values());
            ov.put("model.type", model.name());
            try {
                ScenarioLoader.fromTree(baseTree, source + ": point " + p.index() + " (" + p.key() + ")", ov);
            } catch (InputException e) {
                bad.addAll(e.problems());
                if (++badPoints == MAX_POINT_REPORTS) {
                    bad.add(source + ": further points not checked");
                    break;
                }
            }
        }
        if (!bad.isEmpty()) {
            throw new InputException(bad);
        }
    }

    static String compact(JsonNode n) {
        try {
            return COMPACT.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static String runId(MessageDigest prefix, String overridesJson) {
        try {
            MessageDigest d = (MessageDigest) prefix.clone();
            byte[] h = d.digest(overridesJson.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                sb.append(Character.forDigit((h[i] >> 4) & 0xf, 16)).append(Character.forDigit(h[i] & 0xf, 16));
            }
            return sb.toString();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

}
