package org.lvflex.agents.cpo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.grid.GridFactory;
import org.lvflex.scenario.Scenario;
import org.lvflex.scenario.ScenarioLoader;

/**
 * Small public-charging runs for tests: a generated feeder of two LV ways with six homes each and no
 * household EVs, so the only cars at the sites are depot fleets and visitors whose arrivals the test
 * fixes. Sites are given as JSON objects; everything else takes the defaults.
 */
final class SiteRuns {
    private SiteRuns() {}

    /** A depot with {@code vans} fleet vans that all return at 16:00 and leave at 07:00, each needing {@code kwh}. */
    static ObjectNode depot(String id, String bus, int order, int vans, double kwh, String scheme) {
        ObjectNode s = json("{\"id\": \"" + id + "\", \"type\": \"DEPOT\", \"bus\": \"" + bus + "\", \"connectionOrder\": " + order + ","
                + "\"chargers\": [{\"kw\": 22, \"count\": " + vans + "}], \"declaredSupplyKva\": 200,"
                + "\"fleet\": {\"vehicles\": " + vans + ", \"dailyKwhMedian\": " + kwh + ", \"dailyKwhSigma\": 0, \"batteryKwh\": 200,"
                + "\"returnTime\": \"16:00\", \"returnSdMinutes\": 0, \"departTime\": \"07:00\", \"departSdMinutes\": 0,"
                + "\"workingDaysOnly\": false},"
                + "\"scheme\": {\"type\": \"" + scheme + "\"}}");
        return s;
    }

    /** The test scenario: {@code days} days from Monday 6 January 2025 without warm-up, with {@code sites}. */
    static Scenario scenario(int days, String solver, List<ObjectNode> sites, Map<String, Object> overrides) {
        ObjectNode root = json("{\"name\": \"cpo-test\", \"run\": {\"startDate\": \"2025-01-06\", \"days\": " + days
                + ", \"stepMinutes\": 1, \"seed\": 5, \"warmupDays\": 0},"
                + "\"network\": {\"source\": \"generated\", \"solver\": \"" + solver + "\","
                + "\"generator\": {\"transformerKva\": 100, \"lvWays\": 2, \"customersPerWay\": 6}},"
                + "\"ev\": {\"share\": 0}, \"output\": {\"charts\": false}}");
        ObjectNode pc = root.putObject("publicCharging");
        ArrayNode arr = pc.putArray("sites");
        sites.forEach(arr::add);
        return ScenarioLoader.fromTree(root, "test", overrides).scenario();
    }

    /** Builds and runs a scenario, calling {@code eachStep} after every solve (sites hold that step's state). */
    static LvFlexModel run(Scenario s, Consumer<LvFlexModel> eachStep) {
        LvFlexModel m = new LvFlexModel(s, GridFactory.build(s));
        m.addObserver((model, step, now) -> eachStep.accept(model));
        m.runToEnd(null);
        return m;
    }

    static Site site(LvFlexModel m, String id) {
        return m.cpo().sites().stream().filter(x -> x.getId().equals(id)).findFirst().orElseThrow();
    }

    static ObjectNode json(String text) {
        try {
            JsonNode n = ScenarioLoader.mapper().readTree(text);
            return (ObjectNode) n;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static List<ObjectNode> list(ObjectNode... sites) {
        return new ArrayList<>(List.of(sites));
    }
}
