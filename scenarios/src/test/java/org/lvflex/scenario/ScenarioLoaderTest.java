package org.lvflex.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lvflex.core.InputException;

class ScenarioLoaderTest {

    @Test
    void builtInScenariosLoadAndFillDefaults() {
        for (String name : ScenarioLoader.BUILT_IN) {
            ScenarioLoader.Loaded l = ScenarioLoader.loadBuiltIn(name, Map.of());
            assertEquals(name, l.scenario().name());
            assertEquals(0.9, l.scenario().ev().targetSoc());
            assertTrue(l.resolved().at("/ev/travel/annualKm").isNumber(), "resolved JSON carries every default");
        }
    }

    @Test
    void defaultsAreValid() {
        assertEquals(List.of(), ScenarioLoader.problemsOf(ScenarioLoader.mapper().valueToTree(Scenario.defaults())));
    }

    @Test
    void overridesAreValidatedLikeFields() {
        ScenarioLoader.Loaded l = ScenarioLoader.loadBuiltIn("ieee-eu-lv-unmanaged", Map.of("run.seed", 99, "run.days", 28));
        assertEquals(99, l.scenario().run().seed());
        assertEquals(28, l.scenario().run().days());
        InputException e = assertThrows(InputException.class,
                () -> ScenarioLoader.loadBuiltIn("ieee-eu-lv-unmanaged", Map.of("run.days", 0)));
        assertTrue(e.getMessage().contains("run.days: got 0, expected a whole number from 1 to 3660 days"), e.getMessage());
    }

    /** Each malformed scenario must name the field (or the file problem) in its message. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad JSON            | {\"run\": {\"days\": 7,,}}                         | line 1, column",
        "wrong type          | {\"run\": {\"days\": \"seven\"}}                    | run.days: got \"seven\", expected a whole number",
        "negative power      | {\"ev\": {\"chargerKw\": [7.0, -3.6]}}              | ev.chargerKw[1]: got -3.6, expected a number from 1 to 22 kW",
        "unknown field       | {\"ev\": {\"shar\": 0.3}}                           | ev.shar: unknown field; did you mean 'share'?",
        "unknown top level   | {\"netwrk\": {}}                                   | netwrk: unknown field; did you mean 'network'?",
        "step not dividing   | {\"run\": {\"stepMinutes\": 7}}                     | run.stepMinutes: got 7, expected a step that divides the half-hour settlement period",
        "share above one     | {\"ev\": {\"share\": 1.5}}                          | ev.share: got 1.5, expected a number from 0 to 1",
        "unknown model       | {\"model\": {\"type\": \"D9\"}}                      | model.type: got \"D9\", expected one of",
        "bad time of day     | {\"tariffs\": {\"touOffPeakStart\": \"25:00\"}}       | tariffs.touOffPeakStart: got \"25:00\", expected a time of day",
        "weights mismatch    | {\"ev\": {\"batteryWeights\": [1.0]}}               | ev.batteryWeights: got 1 weights, expected 3 weights",
        "bad date            | {\"run\": {\"startDate\": \"2025-13-01\"}}            | run.startDate: got \"2025-13-01\", expected an ISO date",
        "object for number   | {\"ev\": {\"targetSoc\": {}}}                       | ev.targetSoc: got an object, expected a number",
        "null value          | {\"v2g\": {\"exportKw\": null}}                     | v2g.exportKw: got null, expected a number",
        "fraction for int    | {\"run\": {\"days\": 2.5}}                          | run.days: got 2.5, expected a whole number",
        "not an object       | [1, 2, 3]                                         | (top level): got a list, expected an object",
        "return before depart| {\"ev\": {\"travel\": {\"commuteReturn\": \"06:00\"}}}  | ev.travel.commuteReturn: got \"06:00\", expected a time after commuteDepart",
        "band upside down    | {\"network\": {\"limits\": {\"minVoltageV\": 250, \"maxVoltageV\": 240}}} | network.limits: constraint limits: voltage band [250.0, 240.0] V is not allowed; it needs 0 < min < max",
        "zero lower voltage  | {\"network\": {\"limits\": {\"minVoltageV\": 0}}}       | network.limits: constraint limits: voltage band [0.0, 253.0] V is not allowed; it needs 0 < min < max",
    })
    void malformedScenarioNamesTheField(String label, String json, String expected, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, json);
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(f.toString(), Map.of()));
        assertTrue(e.getMessage().contains(expected), label + " -> " + e.getMessage());
        assertTrue(e.getMessage().startsWith(f.toString()), "message names the file: " + e.getMessage());
        assertTrue(label.startsWith("bad JSON") || !e.getMessage().contains("bad JSON"), "a field problem is not a JSON error: " + e.getMessage());
    }

    @Test
    void allProblemsAreReportedTogether() {
        JsonNode tree = ScenarioLoader.mapper().createObjectNode()
                .set("ev", ScenarioLoader.mapper().createObjectNode().put("share", -1).put("targetSoc", 3).put("colour", "red"));
        List<String> problems = ScenarioLoader.problemsOf(tree);
        assertEquals(3, problems.size(), problems.toString());
    }

    @Test
    void missingFileIsAClearError() {
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load("/no/such/scenario.json", Map.of()));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void builtInNameWorksWithoutAPath() {
        assertEquals("ieee-eu-lv-static-tou", ScenarioLoader.load("ieee-eu-lv-static-tou", Map.of()).scenario().name());
        assertEquals(ModelType.STATIC_TOU, ScenarioLoader.load("scenarios/ieee-eu-lv-static-tou.json", Map.of()).scenario().model().type());
    }
}
