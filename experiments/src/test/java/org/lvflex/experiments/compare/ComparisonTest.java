package org.lvflex.experiments.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvflex.experiments.CsvTable;
import org.lvflex.experiments.TestScenarios;
import org.lvflex.experiments.cli.Main;
import org.lvflex.scenario.ModelType;
import org.lvflex.scenario.ScenarioLoader;

/** A two-model, two-replication comparison of a tiny feeder, on one thread and on two. */
class ComparisonTest {
    static Path scenario;
    static Path one;
    static Path two;
    static Comparison.Result result;

    @BeforeAll
    static void compare(@TempDir Path dir) throws Exception {
        scenario = TestScenarios.writeTiny(dir, 5);
        result = Comparison.run(scenario.toString(), List.of(ModelType.STATIC_TOU), 2, 1, null);
        one = dir.resolve("one");
        two = dir.resolve("two");
        CompareOutputs.write(result, one, "test");
        CompareOutputs.write(Comparison.run(scenario.toString(), List.of(ModelType.STATIC_TOU), 2, 2, null), two, "test");
    }

    @Test
    void everyFileIsByteIdenticalWhateverTheThreadCount() throws Exception {
        for (String f : new String[] {"metrics.csv", "summary.json", "equity.csv", "cost_allocation.csv", "sessions.csv",
            "households.csv", "scenario.resolved.json", "report.html"}) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
    }

    @Test
    void unmanagedIsAddedAsTheReferenceAndReplicationsUseSuccessiveSeeds() {
        assertEquals(List.of(ModelType.UNMANAGED, ModelType.STATIC_TOU), result.models());
        assertArrayEquals(new long[] {5, 6}, result.seeds());
        RunAnalysis u0 = result.runs()[0][0];
        RunAnalysis u1 = result.runs()[1][0];
        assertEquals(1.0, u0.metric("peak_to_unmanaged_peak_ratio"), 1e-12);
        assertEquals(0.0, u0.metric("bill_savings_gbp_per_household_year"), 1e-12);
        assertNotEquals(u0.metric("peak_demand_kw"), u1.metric("peak_demand_kw"), "another seed, another draw");
        RunAnalysis t0 = result.runs()[0][1];
        assertEquals(t0.metric("peak_demand_kw") / u0.metric("peak_demand_kw"), t0.metric("peak_to_unmanaged_peak_ratio"), 1e-12);
        assertEquals(t0.metric("secondary_peak_kw") / u0.metric("peak_demand_kw"), t0.metric("secondary_peak_to_unmanaged_peak_ratio"), 1e-12);
    }

    @Test
    void modelsOfAReplicationShareHouseholdsCarsAndTrips() throws Exception {
        CsvTable hh = new CsvTable(one.resolve("households.csv"));
        int attributes = hh.col("tariff"); // every column before the tariff describes the household, not the model
        for (String rep : new String[] {"0", "1"}) {
            List<String[]> u = hh.rows.stream().filter(r -> r[0].equals("UNMANAGED") && r[1].equals(rep)).toList();
            List<String[]> t = hh.rows.stream().filter(r -> r[0].equals("STATIC_TOU") && r[1].equals(rep)).toList();
            assertEquals(u.size(), t.size());
            for (int i = 0; i < u.size(); i++) {
                for (int c = 2; c < attributes; c++) {
                    assertEquals(u.get(i)[c], t.get(i)[c], hh.header.get(c));
                }
            }
        }
        CsvTable s = new CsvTable(one.resolve("sessions.csv"));
        for (String col : new String[] {"plug_in_time", "plug_out_time", "ev_id"}) {
            List<String> u = s.rows.stream().filter(r -> r[0].equals("UNMANAGED") && r[1].equals("0")).map(r -> s.get(r, col)).sorted().toList();
            List<String> t = s.rows.stream().filter(r -> r[0].equals("STATIC_TOU") && r[1].equals("0")).map(r -> s.get(r, col)).sorted().toList();
            assertEquals(u, t, "the same trips: " + col);
        }
    }

    @Test
    void metricsCsvIsTidyAndSummaryGivesMeansWithIntervals() throws Exception {
        CsvTable m = new CsvTable(one.resolve("metrics.csv"));
        assertEquals(List.of("model", "replication", "seed", "metric", "value", "unit"), m.header);
        int perRun = result.runs()[0][0].metrics().size();
        assertEquals(2 * 2 * perRun, m.rows.size());
        double a = m.sum("value", r -> r[0].equals("STATIC_TOU") && m.get(r, "metric").equals("peak_demand_kw"));
        JsonNode summary = ScenarioLoader.mapper().readTree(one.resolve("summary.json").toFile());
        JsonNode peak = summary.get("metrics").get("STATIC_TOU").get("peak_demand_kw");
        assertEquals(a / 2, peak.get("mean").asDouble(), 1e-5);
        assertTrue(peak.get("ci95_low").asDouble() < peak.get("mean").asDouble());
        assertEquals(2, peak.get("n").asInt());
        assertEquals("kW", peak.get("unit").asText());
        assertEquals(2, summary.get("replications").asInt());
    }

    @Test
    void costAllocationRecoversTheNetworkCostForEveryGroupingAndRule() throws Exception {
        CsvTable c = new CsvTable(one.resolve("cost_allocation.csv"));
        CsvTable m = new CsvTable(one.resolve("metrics.csv"));
        boolean anyCost = false;
        for (String model : new String[] {"UNMANAGED", "STATIC_TOU"}) {
            for (String rep : new String[] {"0", "1"}) {
                double cost = m.sum("value", r -> r[0].equals(model) && r[1].equals(rep) && m.get(r, "metric").equals("network_cost_gbp"));
                anyCost |= cost > 0;
                for (String rule : new String[] {"postage_stamp_customer", "postage_stamp_kwh", "capacity", "location", "time_of_use", "first_mover"}) {
                    for (String kind : new String[] {"imd_decile", "imd_quintile", "tenure", "ev", "v2g"}) {
                        double paid = c.sum("paid_gbp", r -> r[0].equals(model) && r[1].equals(rep) && c.get(r, "rule").equals(rule)
                                && c.get(r, "group_kind").equals(kind));
                        assertEquals(cost, paid, 0.01 * 6, model + " " + rep + " " + rule + " " + kind);
                    }
                }
            }
        }
        assertTrue(anyCost, "unmanaged charging on the tiny feeder triggers reinforcement");
    }

    @Test
    void equityGroupsCoverEveryHousehold() throws Exception {
        CsvTable e = new CsvTable(one.resolve("equity.csv"));
        int households = result.runs()[0][0].run().households.size();
        for (String kind : new String[] {"imd_decile", "imd_quintile", "tenure", "ev", "v2g"}) {
            double n = e.sum("households", r -> r[0].equals("UNMANAGED") && r[1].equals("0") && e.get(r, "group_kind").equals(kind)
                    && e.get(r, "metric").equals("net_benefit_gbp_per_household_year"));
            assertEquals(households, n, 1e-9, kind);
        }
    }

    @Test
    void theReportIsSelfContainedWithEveryChart() throws Exception {
        String html = Files.readString(one.resolve("report.html"));
        Matcher img = Pattern.compile("<img alt=\"[^\"]*\" src=\"data:image/png;base64,").matcher(html);
        int charts = 0;
        while (img.find()) {
            charts++;
        }
        assertEquals(7, charts);
        assertFalse(html.contains("src=\"http"), "no external resources");
        assertFalse(html.contains("<script"), "no scripts");
        for (String section : new String[] {"Headline", "Secondary peaks", "Curtailment and unmet energy", "V2G revenue", "Equity",
            "Who pays for the network", "Electric Nation"}) {
            assertTrue(html.contains(section), section);
        }
    }

    @Test
    void theCommandLineWritesTheFolderAndRejectsBadInput(@TempDir Path dir) {
        Path out = dir.resolve("cmp");
        assertEquals(Main.OK, Main.execute("compare", scenario.toString(), "--models", "static_tou", "--threads", "2", "--out",
                out.toString(), "--quiet"));
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        assertEquals(Main.BAD_INPUT, Main.execute("compare", scenario.toString(), "--models", "STATIC_TOO", "--quiet"));
        assertEquals(Main.BAD_INPUT, Main.execute("compare", scenario.toString(), "--replications", "0", "--quiet"));
        assertEquals(Main.BAD_INPUT, Main.execute("compare", dir.resolve("missing.json").toString(), "--quiet"));
        assertFalse(Files.exists(dir.resolve("results")));
        assertEquals(Main.OK, Main.execute("compare", "--help"));
    }

    @Test
    void theDefaultModelListIsEveryModelWithUnmanagedFirst() {
        assertEquals(List.of(ModelType.values()), Comparison.modelList(List.of()));
        assertEquals(List.of(ModelType.UNMANAGED, ModelType.STATIC_TOU, ModelType.C2),
                Comparison.modelList(List.of(ModelType.C2, ModelType.STATIC_TOU, ModelType.C2)));
    }
}
