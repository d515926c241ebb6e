package org.lvflex.experiments.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.control.ChargeContext;
import org.lvflex.agents.control.ChargeLimiter;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.population.Household;
import org.lvflex.core.SimClock;
import org.lvflex.experiments.CsvTable;
import org.lvflex.experiments.TestScenarios;
import org.lvflex.experiments.metrics.HalfHourlyDemand;
import org.lvflex.experiments.metrics.Metric;
import org.lvflex.scenario.ScenarioLoader;

/**
 * A run with curtailment and V2G export, which the two wired models do not produce by themselves:
 * a test limiter caps every home charger at 2 kW from 17:00 to 21:00 (curtailment) and V2G cars
 * export 3 kW from 17:00 to 19:00 while above half charge. Checks the metrics against the recorded
 * series and the research tables against each other (issue 13's reconciliation), and determinism.
 */
class CurtailedV2gRunTest {
    static final int EVENING = 17 * 60;
    static Path out;
    static List<Metric> metrics;
    static LvFlexModel model;
    static HalfHourlyDemand demand;

    static LvFlexModel build(ScenarioLoader.Loaded l) {
        LvFlexModel m = Runner.build(l.scenario());
        ChargeContext ctx = m.chargeContext();
        m.addLimiter(new ChargeLimiter() {
            @Override
            public double maxChargeKw(Ev ev, double now) {
                return SimClock.inDailyWindow(m.clock().minuteOfDay(now), EVENING, 240) ? 2.0 : Double.POSITIVE_INFINITY;
            }
        });
        for (Ev ev : m.evs()) {
            if (ev.v2g()) {
                m.setController(ev, (e, now) -> SimClock.inDailyWindow(m.clock().minuteOfDay(now), EVENING, 120) && e.getSoc() > 0.5
                        ? -3.0 : ctx.immediateKw(e));
            }
        }
        return m;
    }

    @BeforeAll
    static void run(@TempDir Path dir) {
        ScenarioLoader.Loaded l = TestScenarios.tiny(1);
        model = build(l);
        demand = HalfHourlyDemand.attach(model);
        model.runToEnd(null);
        out = dir.resolve("a");
        metrics = RunOutputs.write(model, l, out, "test", demand).metrics();
    }

    static double metric(String name) {
        return metrics.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow().value();
    }

    static double seriesKwh(CsvTable ts, String column) {
        return ts.sum(column) * model.clock().stepHours();
    }

    @Test
    void curtailmentReconcilesAcrossMetricsSessionsHouseholdsAndTimeseries() throws Exception {
        CsvTable ts = new CsvTable(out.resolve("timeseries.csv"));
        CsvTable sessions = new CsvTable(out.resolve("sessions.csv"));
        CsvTable hh = new CsvTable(out.resolve("households.csv"));
        double curtailed = metric("curtailed_kwh");
        assertTrue(curtailed > 1, "the limiter curtails: " + curtailed);
        assertEquals(curtailed, sessions.sum("curtailed_kwh"), 1e-3 * curtailed);
        assertEquals(curtailed, hh.sum("curtailed_kwh"), 1e-3 * curtailed);
        assertEquals(curtailed, seriesKwh(ts, "curtailed_kw"), 1e-3 * curtailed);
        int affected = (int) hh.rows.stream().filter(r -> hh.num(r, "curtailed_kwh") > 0).count();
        assertEquals(affected, metric("households_curtailed"));
        assertEquals(hh.sum("curtailment_events"), metric("curtailment_events"));
        assertTrue(metric("curtailment_events") >= affected);
        assertTrue(metric("curtailment_duration_p50_min") <= metric("curtailment_duration_p90_min") * 1.001);
        assertTrue(metric("curtailment_duration_p90_min") <= metric("curtailment_duration_max_min") * 1.001);
        assertTrue(metric("curtailment_duration_max_min") <= 240, "the limit lasts four hours");
    }

    @Test
    void chargingAndV2gExportReconcile() throws Exception {
        CsvTable ts = new CsvTable(out.resolve("timeseries.csv"));
        CsvTable sessions = new CsvTable(out.resolve("sessions.csv"));
        CsvTable hh = new CsvTable(out.resolve("households.csv"));
        double home = seriesKwh(ts, "home_charging_kw");
        assertTrue(home > 10);
        assertEquals(home, sessions.sum("energy_charged_kwh", r -> sessions.get(r, "location").equals("home")), 1e-3 * home);
        assertEquals(home, hh.sum("home_charging_kwh"), 1e-3 * home);
        assertEquals(home, metric("home_charging_kwh"), 1e-3 * home);
        double export = metric("v2g_export_kwh");
        assertTrue(export > 1, "V2G cars export in the evening: " + export);
        assertEquals(export, sessions.sum("energy_discharged_kwh"), 1e-3 * export);
        assertEquals(export, hh.sum("v2g_export_kwh"), 1e-3 * export);
        assertEquals(export, seriesKwh(ts, "v2g_export_kw"), 1e-3 * export);
        assertTrue(metric("export_paid_gbp") > 0);
        assertTrue(metric("v2g_revenue_gbp_per_household_year") > 0);
    }

    @Test
    void peakMetricsAreThoseOfTheRecordedSeries() throws Exception {
        CsvTable ts = new CsvTable(out.resolve("timeseries.csv"));
        double peak = ts.rows.stream().mapToDouble(r -> ts.num(r, "transformer_p_kw")).max().orElseThrow();
        double peakS = ts.rows.stream().mapToDouble(r -> ts.num(r, "transformer_s_kva")).max().orElseThrow();
        assertEquals(peak, metric("peak_demand_kw"), 1e-3);
        assertEquals(100 * peakS / metric("firm_capacity_kva"), metric("peak_utilisation_pct"), 1e-3);
        assertTrue(metric("secondary_peak_kw") <= metric("peak_demand_kw"));
    }

    @Test
    void networkAndMoneyMetricsFollowTheirDefinitions() throws Exception {
        CsvTable ts = new CsvTable(out.resolve("timeseries.csv"));
        CsvTable sessions = new CsvTable(out.resolve("sessions.csv"));
        CsvTable hh = new CsvTable(out.resolve("households.csv"));
        for (String ph : new String[] {"a", "b", "c"}) {
            double max = ts.rows.stream().mapToDouble(r -> ts.num(r, "transformer_p" + ph + "_kw")).max().orElseThrow();
            assertEquals(max, metric("peak_phase_" + ph + "_kw"), 1e-3);
        }
        double lo = model.scenario().network().limits().minVoltageV();
        long under = ts.rows.stream().filter(r -> ts.num(r, "min_voltage_v") < lo).count();
        assertEquals(under, metric("undervoltage_minutes"), 1, "rows rounded to 0.01 V may sit on the limit");
        long overload = ts.rows.stream().filter(r -> ts.num(r, "transformer_loading_pct") > 100).count();
        assertEquals(overload, metric("transformer_overload_minutes"), 1);
        assertEquals(seriesKwh(ts, "losses_kw"), metric("losses_kwh"), 1e-3 * metric("losses_kwh"));
        assertEquals(sessions.sum("unmet_kwh"), metric("unmet_kwh"), 1e-3);
        double ramp = 0;
        double prev = Double.NaN;
        for (String[] r : ts.rows) {
            double kw = ts.num(r, "home_charging_kw") + ts.num(r, "public_charging_kw") - ts.num(r, "v2g_export_kw");
            ramp = Double.isNaN(prev) ? 0 : Math.max(ramp, Math.abs(kw - prev));
            prev = kw;
        }
        assertEquals(ramp, metric("max_charging_ramp_kw_per_min"), 0.01);
        assertTrue(metric("reinforcement_triggered") == 1 && metric("reinforcement_kva") >= 250);
        assertEquals(metric("reinforcement_kva") * model.scenario().dno().reinforcementGbpPerKva(), metric("reinforcement_cost_gbp"), 1e-6);
        assertEquals(metric("reinforcement_cost_gbp") + metric("dno_flexibility_payments_gbp"), metric("network_cost_gbp"), 1e-9);
        // V2G revenue = export payments less degradation per kWh taken from the battery
        var v2g = model.scenario().v2g();
        double degradation = metric("v2g_export_kwh") * v2g.degradationGbpPerKwh() / v2g.dischargeEfficiency();
        assertEquals(metric("export_paid_gbp") - degradation, hh.sum("v2g_revenue_gbp"), 5e-3, "within the rounding of households.csv");
        assertEquals(hh.sum("bill_energy_gbp"), metric("bills_energy_gbp"), 1e-2);
    }

    @Test
    void sessionsAreConsistent() throws Exception {
        CsvTable s = new CsvTable(out.resolve("sessions.csv"));
        CsvTable hh = new CsvTable(out.resolve("households.csv"));
        Map<String, LocalDateTime> lastOut = new HashMap<>();
        for (String[] r : s.rows) {
            LocalDateTime in = LocalDateTime.parse(s.get(r, "plug_in_time"));
            LocalDateTime outT = LocalDateTime.parse(s.get(r, "plug_out_time"));
            assertTrue(outT.isAfter(in), "plug-out after plug-in");
            for (String c : new String[] {"start_soc", "end_soc"}) {
                assertTrue(s.num(r, c) >= 0 && s.num(r, c) <= 1, c + " in [0, 1]");
            }
            String ev = s.get(r, "ev_id");
            LocalDateTime prev = lastOut.get(ev);
            assertTrue(prev == null || !in.isBefore(prev), "EV " + ev + " sessions do not overlap");
            lastOut.put(ev, outT);
        }
        for (String[] r : hh.rows) {
            if (hh.get(r, "has_ev").equals("false")) {
                String id = hh.get(r, "household_id");
                assertTrue(s.rows.stream().noneMatch(x -> s.get(x, "household_id").equals(id)), "household " + id + " has no EV");
            }
        }
    }

    @Test
    void halfHourlyDemandIsWhatTheMetersBilled() {
        assertEquals(48, demand.periods());
        for (Household h : model.households()) {
            double net = 0;
            for (int k = 0; k < demand.periods(); k++) {
                net += demand.netKw(k, h.getId()) * 0.5;
            }
            int i = h.getId();
            assertEquals(model.metering().importKwh(i) - model.metering().exportKwh(i), net, 1e-3);
            assertTrue(demand.touImportKwh(i) <= model.metering().importKwh(i) + 1e-9);
        }
    }

    @Test
    void allocatedNetworkCostSumsToTheCostUnderEveryRule() throws Exception {
        CsvTable hh = new CsvTable(out.resolve("households.csv"));
        double cost = metric("network_cost_gbp");
        assertTrue(cost > 0, "the 50% trigger makes the DNO reinforce");
        for (String c : hh.header) {
            if (c.startsWith("allocated_network_cost_")) {
                assertEquals(cost, hh.sum(c), 1e-2, c);
            }
        }
    }

    @Test
    void theSameScenarioGivesByteIdenticalTables(@TempDir Path dir) throws Exception {
        ScenarioLoader.Loaded l = TestScenarios.tiny(1);
        LvFlexModel m = build(l);
        HalfHourlyDemand d = HalfHourlyDemand.attach(m);
        m.runToEnd(null);
        RunOutputs.write(m, l, dir, "test", d);
        for (String f : new String[] {"sessions.csv", "households.csv", "timeseries.csv", "summary.json"}) {
            assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(dir.resolve(f)), f);
        }
    }
}
