package org.lvflex.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lvflex.core.InputException;
import org.lvflex.experiments.cli.Main;
import org.lvflex.scenario.ModelType;
import org.lvflex.scenario.ScenarioLoader;

class SweepLoaderTest {
    static Sweep load(String json) throws Exception {
        return SweepLoader.fromTree(ScenarioLoader.mapper().readTree(json), "sweep.json", null, "test");
    }

    static String sweep(String parameters, String extra) {
        return "{\"name\": \"t\", \"base\": \"ieee-eu-lv-unmanaged\", \"seed\": 5, \"replications\": 2, \"days\": 1,"
                + " \"models\": [\"UNMANAGED\", \"STATIC_TOU\"], \"parameters\": [" + parameters + "]" + extra + "}";
    }

    @Test
    void gridCombinesEveryValueFirstParameterSlowest() throws Exception {
        Sweep s = load(sweep("{\"path\": \"ev.share\", \"from\": 0, \"to\": 0.3, \"step\": 0.1},"
                + "{\"path\": \"dno.reviewIntervalDays\", \"values\": [30, 91.0]}", ""));
        assertEquals(8, s.points().size());
        assertEquals(8 * 2 * 2, s.runs().size());
        List<String> keys = s.points().stream().map(Point::key).toList();
        // decimal steps give the decimal values (0.3, not 0.30000000000000004); integer fields get whole numbers
        assertEquals(List.of("ev.share=0.0;dno.reviewIntervalDays=30", "ev.share=0.0;dno.reviewIntervalDays=91",
                "ev.share=0.1;dno.reviewIntervalDays=30", "ev.share=0.1;dno.reviewIntervalDays=91",
                "ev.share=0.2;dno.reviewIntervalDays=30", "ev.share=0.2;dno.reviewIntervalDays=91",
                "ev.share=0.3;dno.reviewIntervalDays=30", "ev.share=0.3;dno.reviewIntervalDays=91"), keys);
        assertTrue(s.points().get(1).values().get("dno.reviewIntervalDays").isIntegralNumber());
        // canonical order: point, replication, model
        PlannedRun r = s.runs().get(5);
        assertEquals(List.of(1, 0, ModelType.STATIC_TOU), List.of(r.point().index(), r.replication(), r.model()));
    }

    @Test
    void seedsComeFromPointAndReplicationNotModelNorOrder() throws Exception {
        Sweep a = load(sweep("{\"path\": \"ev.share\", \"values\": [0.2, 0.8]}", ""));
        Sweep b = load(sweep("{\"path\": \"ev.share\", \"values\": [0.8, 0.5, 0.2]}", ""));
        // the models at one point and replication share a seed (common random numbers)
        assertEquals(a.runs().get(0).seed(), a.runs().get(1).seed());
        assertNotEquals(a.runs().get(0).seed(), a.runs().get(2).seed(), "replications differ");
        assertNotEquals(a.runs().get(0).seed(), a.runs().get(4).seed(), "points differ");
        // reordering or extending the values keeps the seed and the id of every run already planned
        Map<String, Long> seedsA = a.runs().stream().collect(Collectors.toMap(PlannedRun::runId, PlannedRun::seed));
        Map<String, Long> seedsB = b.runs().stream().collect(Collectors.toMap(PlannedRun::runId, PlannedRun::seed));
        assertTrue(seedsB.keySet().containsAll(seedsA.keySet()));
        seedsA.forEach((id, seed) -> assertEquals(seed, seedsB.get(id)));
        Set<String> ids = new HashSet<>(seedsB.keySet());
        assertEquals(b.runs().size(), ids.size(), "run ids are unique");
        assertTrue(seedsA.values().stream().allMatch(x -> x >= 0), "seeds are non-negative");
    }

    @Test
    void runIdsChangeWithAnythingThatChangesTheResult() throws Exception {
        Sweep a = load(sweep("{\"path\": \"ev.share\", \"values\": [0.2]}", ""));
        Sweep longer = load(sweep("{\"path\": \"ev.share\", \"values\": [0.2]}", ", \"overrides\": {\"run.warmupDays\": 3}"));
        Sweep otherVersion = SweepLoader.fromTree(ScenarioLoader.mapper().readTree(sweep("{\"path\": \"ev.share\", \"values\": [0.2]}", "")),
                "sweep.json", null, "other");
        for (int i = 0; i < a.runs().size(); i++) {
            assertNotEquals(a.runs().get(i).runId(), longer.runs().get(i).runId());
            assertNotEquals(a.runs().get(i).runId(), otherVersion.runs().get(i).runId());
            assertEquals(a.runs().get(i).seed(), longer.runs().get(i).seed());
        }
        assertEquals(1, longer.baseResolved().at("/run/days").asInt());
        assertEquals(3, longer.baseResolved().at("/run/warmupDays").asInt());
    }

    @Test
    void latinHypercubePutsOnePointInEverySliceOfEveryRange() throws Exception {
        String params = "{\"path\": \"ev.share\", \"from\": 0.1, \"to\": 0.9},"
                + "{\"path\": \"dno.reinforcementTriggerPct\", \"from\": 80, \"to\": 120},"
                + "{\"path\": \"dno.reviewIntervalDays\", \"from\": 10, \"to\": 100}";
        String design = ", \"design\": {\"type\": \"LATIN_HYPERCUBE\", \"samples\": 10, \"seed\": 3}";
        Sweep s = load(sweep(params, design));
        assertEquals(10, s.points().size());
        double[][] ranges = {{0.1, 0.9}, {80, 120}, {10, 100}};
        String[] paths = {"ev.share", "dno.reinforcementTriggerPct", "dno.reviewIntervalDays"};
        for (int k = 0; k < 2; k++) {
            Set<Integer> slices = new HashSet<>();
            for (Point p : s.points()) {
                double x = p.values().get(paths[k]).doubleValue();
                double u = (x - ranges[k][0]) / (ranges[k][1] - ranges[k][0]);
                slices.add((int) Math.min(9, Math.floor(u * 10)));
            }
            assertEquals(10, slices.size(), paths[k] + ": one point per slice");
        }
        for (Point p : s.points()) {
            JsonNode d = p.values().get("dno.reviewIntervalDays");
            assertTrue(d.isIntegralNumber() && d.asInt() >= 10 && d.asInt() <= 100, "integer field sampled as whole numbers: " + d);
        }
        assertEquals(s.points().stream().map(Point::key).toList(), load(sweep(params, design)).points().stream().map(Point::key).toList());
        assertNotEquals(s.points().get(0).key(), load(sweep(params, design.replace("\"seed\": 3", "\"seed\": 4"))).points().get(0).key());
    }

    @Test
    void noParametersRunsTheBaseWithEachModel() throws Exception {
        Sweep s = load(sweep("", ""));
        assertEquals(1, s.points().size());
        assertEquals(4, s.runs().size());
    }

    /** Each bad sweep file names the field (and the point, for bad values) and what is allowed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown path       | {\"path\": \"ev.shar\", \"values\": [0.1]}                  | | parameters[0].path: got \"ev.shar\", expected a scenario field; ev has no field 'shar' (did you mean 'ev.share'?)",
        "section not field  | {\"path\": \"ev.travel\", \"values\": [1]}                  | | parameters[0].path: got \"ev.travel\", expected a single field, but ev.travel is a section",
        "reserved seed      | {\"path\": \"run.seed\", \"values\": [1, 2]}                | | parameters[0].path: got \"run.seed\", expected a field other than run.seed",
        "value out of range | {\"path\": \"ev.share\", \"values\": [0.5, 1.5]}            | | sweep.json: point 1 (ev.share=1.5): ev.share: got 1.5, expected a number from 0 to 1",
        "name for number    | {\"path\": \"ev.share\", \"values\": [\"half\"]}            | | point 0 (ev.share=half): ev.share: got \"half\", expected a number",
        "grid without step  | {\"path\": \"ev.share\", \"from\": 0, \"to\": 1}            | | parameters[0].step: missing; a GRID design needs",
        "range backwards    | {\"path\": \"ev.share\", \"from\": 1, \"to\": 0, \"step\": 0.1} | | parameters[0].to: got 0.0, expected a number >= from (1.0)",
        "values and range   | {\"path\": \"ev.share\", \"values\": [0.1], \"from\": 0}    | | parameters[0]: got both values and from/to/step, expected either",
        "nothing to vary    | {\"path\": \"ev.share\"}                                    | | parameters[0]: got no values, expected 'values', or a range",
        "duplicate path     | {\"path\": \"ev.share\", \"values\": [0.1]}, {\"path\": \"ev.share\", \"values\": [0.2]} | | parameters[1].path: got \"ev.share\", expected a field not already varied by parameters[0]",
        "range of names     | {\"path\": \"network.solver\", \"from\": 0, \"to\": 1, \"step\": 1} | | parameters[0]: got a range, expected a list of 'values': network.solver is not a number",
        "unknown model      | | , \"models\": [\"UNMANAGED\", \"STATIC_TUO\"] | models[1]: got \"STATIC_TUO\", expected one of",
        "duplicate model    | | , \"models\": [\"UNMANAGED\", \"UNMANAGED\"] | models[1]: got UNMANAGED, expected each model once",
        "no replications    | | , \"replications\": 0 | replications: got 0, expected a whole number from 1 to 10000",
        "unknown field      | | , \"replicatons\": 3 | replicatons: unknown field; did you mean 'replications'?",
        "bad base           | | , \"base\": \"no-such-scenario\" | base: no-such-scenario: no such file",
        "bad override path  | | , \"overrides\": {\"network.solvr\": \"COPPER_PLATE\"} | overrides: got \"network.solvr\", expected a scenario field; network has no field 'solvr' (did you mean 'network.solver'?)",
        "bad override value | | , \"overrides\": {\"network.solver\": \"COPPER\"} | network.solver: got \"COPPER\", expected one of [POWER_FLOW, COPPER_PLATE]",
        "bad design type    | | , \"design\": {\"type\": \"LATIN\"} | design.type: got \"LATIN\", expected one of [GRID, LATIN_HYPERCUBE]",
    })
    void badSweepFilesNameTheField(String what, String params, String extra, String expected) {
        String json = "{\"name\": \"t\", \"base\": \"ieee-eu-lv-unmanaged\", \"days\": 1, \"models\": [\"UNMANAGED\"], \"parameters\": ["
                + (params == null ? "{\"path\": \"ev.share\", \"values\": [0.5]}" : params) + "]" + (extra == null ? "" : extra) + "}";
        // later keys win in Jackson's tree, so extra fields override the defaults above
        InputException e = assertThrows(InputException.class, () -> load(json), what);
        assertTrue(e.getMessage().contains(expected), what + ": " + e.getMessage());
    }

    @Test
    void theCommandLineGivesExitCode2AndNamesTheField(@TempDir Path dir) throws Exception {
        Path f = SweepFiles.write(dir, "bad.json", sweep("{\"path\": \"ev.share\", \"values\": [0.5, 2]}", ""));
        java.io.StringWriter buf = new java.io.StringWriter();
        int code = Main.commandLine().setErr(new java.io.PrintWriter(buf, true))
                .execute("sweep", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(Main.BAD_INPUT, code);
        String text = buf.toString();
        assertTrue(text.contains("point 1 (ev.share=2.0): ev.share: got 2, expected a number from 0 to 1"), text);
        assertTrue(!text.contains("Exception"), "no stack trace: " + text);
        assertEquals(Main.BAD_INPUT, Main.execute("sweep", dir.resolve("missing.json").toString()));
        Path ok = SweepFiles.write(dir, "ok.json", SweepFiles.SMALL);
        assertEquals(Main.BAD_INPUT, Main.execute("sweep", ok.toString(), "--engine", "spark", "--out", dir.resolve("o2").toString()),
                "the Spark engine is not on the core module's classpath");
        assertEquals(Main.BAD_INPUT, Main.execute("sweep", ok.toString(), "--engine", "dask"));
        assertEquals(Main.BAD_INPUT, Main.execute("sweep", ok.toString(), "--threads", "0"));
        assertEquals(Main.BAD_INPUT, Main.execute("sweep", ok.toString(), "--master", "local[2]"), "--master without --engine spark");
    }

    @Test
    void theExampleSweepIsValid() {
        Sweep s = SweepLoader.load(Path.of("..", "scenarios", "sweeps", "ev-uptake.json").toString(), "test");
        assertEquals(100, s.runs().size(), "the throughput figures in docs/sweeps.md are for 100 runs");
    }
}
