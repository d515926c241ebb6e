package org.lvflex.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.experiments.metrics.HouseholdTotals;
import org.lvflex.experiments.metrics.Metric;
import org.lvflex.experiments.metrics.RunMetrics;
import org.lvflex.experiments.run.Runner;
import org.lvflex.scenario.ScenarioLoader;
import picocli.CommandLine;

class CurtailmentCommandTest {
    /** Two days of a small feeder with a hub (visitors, other load) and a depot (fleet), both behind the transformer. */
    static final String SCENARIO = """
            { "name": "small-public", "run": { "days": 2, "warmupDays": 1, "seed": 3 },
              "network": { "source": "generated", "generator": { "transformerKva": 100, "lvWays": 2, "customersPerWay": 8 } },
              "ev": { "share": 0.6, "plugIn": { "publicChargeSoc": 0.7 } },
              "households": { "capability": { "noParkingOwner": 0.6, "noParkingPrivateRent": 0.8, "noParkingSocial": 0.9 } },
              "publicCharging": { "sites": [
                { "id": "depot", "type": "DEPOT", "bus": "W1J2", "connectionOrder": 1, "chargers": [ { "kw": 22, "count": 4 } ],
                  "declaredSupplyKva": 80, "otherLoadKw": 15, "fleet": { "vehicles": 4, "workingDaysOnly": false },
                  "scheme": { "type": "TCC" } },
                { "id": "hub", "type": "HUB", "bus": "W2J3", "connectionOrder": 2, "visitorsPerDay": 25, "otherLoadKw": 4,
                  "chargers": [ { "kw": 50, "count": 1, "dc": true }, { "kw": 22, "count": 2 } ], "declaredSupplyKva": 90,
                  "scheme": { "type": "LMC" } },
                { "id": "street", "type": "ON_STREET", "bus": "W1J4", "connectionOrder": 3, "chargers": [ { "kw": 7, "count": 3 } ],
                  "declaredSupplyKva": 22, "scheme": { "type": "CLM_STATIC", "clmStaticCapKw": 10 } } ] } }
            """;

    static int run(StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static int quietly(StringWriter err, String... args) {
        PrintStream old = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream()));
        try {
            return run(err, args);
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void everySchemeOnEverySiteSameFilesWhateverTheThreads(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("s.json");
        Files.writeString(scenario, SCENARIO);
        assertEquals(0, quietly(new StringWriter(), "curtailment", scenario.toString(), "--scheme", "all", "--threads", "1",
                "--out", dir.resolve("a").toString()));
        assertEquals(0, quietly(new StringWriter(), "curtailment", scenario.toString(), "--scheme", "all", "--threads", "2",
                "--out", dir.resolve("b").toString()));
        for (String f : List.of("curtailment.csv", "curtailment-levels.csv", "curtailment-monthly.csv", "site-sessions.csv", "curtailment.md")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
        List<String> rows = Files.readAllLines(dir.resolve("a/curtailment.csv"));
        assertEquals(1 + 7 * 3, rows.size(), "one row per scheme and site");
        assertTrue(rows.get(1).startsWith("FIRM,depot,depot,FIRM,1,88.0,80.0,0.000,0.00,100.000,0,"), rows.get(1));
        String staticClm = rows.stream().filter(r -> r.startsWith("CLM_STATIC,depot,")).findFirst().orElseThrow();
        assertTrue(staticClm.contains(",19.000,21.59,0.000,"), "69 kW cap on 88 kW: 19 kW (21.6%) withheld all the time: " + staticClm);
        List<String> levels = Files.readAllLines(dir.resolve("a/curtailment-levels.csv"));
        assertEquals(1 + 7 * 3 * 6, levels.size(), "six curtailment levels per scheme and site");
        assertEquals("run,site_id,scheme,curtailment_level,probability", levels.get(0));
        // the probabilities of the levels of one site add up to 1
        double sum = 0;
        for (String l : levels.subList(1, 7)) {
            sum += Double.parseDouble(l.split(",")[4]);
        }
        assertEquals(1, sum, 1e-4);
        assertTrue(Files.readString(dir.resolve("a/curtailment.md")).contains("| TCC | depot | TCC | 88 |"));
    }

    @Test
    void badSchemeAndScenarioWithoutSitesAreBadInput(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("s.json");
        Files.writeString(scenario, SCENARIO);
        StringWriter err = new StringWriter();
        assertEquals(Main.BAD_INPUT, quietly(err, "curtailment", scenario.toString(), "--scheme", "LMX", "--out", dir.resolve("x").toString()));
        assertTrue(err.toString().contains("--scheme: got \"LMX\", expected one of [FIRM, TCC, TCC_PROFILE, CLM_STATIC, CLM_DYNAMIC, LMC, CMC, all]"),
                err.toString());
        assertTrue(err.toString().contains("did you mean 'LMC'?"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(Main.BAD_INPUT, quietly(err2, "curtailment", "ieee-eu-lv-unmanaged"));
        assertTrue(err2.toString().contains("publicCharging.sites is empty"), err2.toString());
        assertTrue(Files.notExists(dir.resolve("x")), "nothing written on bad input");
    }

    @Test
    void energyBalanceIncludesPublicSitesAndTheirOtherLoad() {
        LvFlexModel m = Runner.run(ScenarioLoader.fromTree(SiteJson.tree(SCENARIO), "t", Map.of()).scenario(), null);
        List<Metric> metrics = RunMetrics.compute(m, HouseholdTotals.of(m));
        double residual = value(metrics, "energy_balance_residual_pct");
        assertTrue(Math.abs(residual) < 1e-6, "residual " + residual + "%");
        assertTrue(value(metrics, "public_charging_kwh") > 100, "the sites charged cars");
        assertEquals(2 * 24 * (15 + 4), value(metrics, "public_site_other_kwh"), 1e-6, "15 + 4 kW of flat other load for two days");
        assertTrue(value(metrics, "cpo_charging_revenue_gbp") > 0);
        long residents = m.sessions().all().stream().filter(s -> !s.home && !s.offFeeder).count();
        assertTrue(residents > 0, "residents without off-street parking charged at the sites");
    }

    static double value(List<Metric> ms, String name) {
        return ms.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow().value();
    }

    /** Parses JSON text for the loader. */
    static final class SiteJson {
        static com.fasterxml.jackson.databind.JsonNode tree(String text) {
            try {
                return ScenarioLoader.mapper().readTree(text);
            } catch (IOException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }
}
