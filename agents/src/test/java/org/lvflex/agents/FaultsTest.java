package org.lvflex.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvflex.agents.aggregator.Aggregator;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.grid.GridFactory;
import org.lvflex.core.InputException;
import org.lvflex.scenario.Scenario;

/** Faults: a network outage and the stochastic restart after it, aggregator outages, last-resort protection. */
class FaultsTest {

    @Test
    void afterAnOutageChargersStayIdleThenRestartAtRandom() {
        Scenario s = TestScenarios.congested("UNMANAGED", 2,
                "\"faults\":{\"outageStart\":\"2025-01-06T18:00\",\"outageMinutes\":60,\"restartDelayMaxMinutes\":30}");
        LvFlexModel m = new LvFlexModel(s, GridFactory.build(s));
        m.runToEnd(null);
        var r = m.recorder();
        var c = m.columns();
        int outageStart = 18 * 60;
        for (int k = outageStart; k < outageStart + 60; k++) {
            assertEquals(0, r.get(c.p, k), 1e-9, "no supply during the outage, minute " + k);
            assertTrue(r.get(c.unserved, k) > 0, "household demand goes unserved");
        }
        // when power returns, homes come back at once but chargers restart over the next 30 minutes
        double first = r.get(c.ev, outageStart + 60);
        double later = r.get(c.ev, outageStart + 95);
        assertEquals(0, first, 1e-9, "no charger restarts the minute power returns");
        assertTrue(later > 0, "chargers have restarted half an hour later");
        int steps = 0;
        for (int k = outageStart + 61; k < outageStart + 95; k++) {
            if (r.get(c.ev, k) > r.get(c.ev, k - 1) + 1e-9) {
                steps++;
            }
        }
        assertTrue(steps > 5, "the restart is spread over many minutes, not one step: " + steps);
        assertTrue(m.counters().total(c.unservedKwh) > 0);
    }

    @Test
    void chargersOfAnAggregatorThatIsDownFollowTheFailSafe() {
        Scenario s = TestScenarios.congested("C2", 3, "\"faults\":{\"aggregatorOutagesPerYear\":300,\"aggregatorOutageHours\":12,"
                + "\"failSafe\":\"STOP\"},\"aggregator\":{\"optInShare\":1.0,\"count\":1}");
        LvFlexModel m = new LvFlexModel(s, GridFactory.build(s));
        Aggregator agg = m.aggregators().get(0);
        int[] violations = {0};
        int[] outageMinutes = {0};
        m.addObserver((mm, step, now) -> {
            if (agg.inOutage(now)) {
                outageMinutes[0]++;
                for (Ev ev : agg.fleet()) {
                    if (ev.getPlugged() && ev.session().home && !ev.session().override && ev.getSetpointKw() != 0) {
                        violations[0]++;
                    }
                }
            }
        });
        m.runToEnd(null);
        assertTrue(outageMinutes[0] > 60, "the aggregator was down for a while: " + outageMinutes[0] + " min");
        assertEquals(0, violations[0], "STOP: no charger of its fleet charges or exports while it is down");
    }

    @Test
    void lastResortProtectionTripsAnOverloadedFeederAndCountsIt() {
        Scenario s = TestScenarios.of("{\"name\":\"trip\",\"network\":{\"source\":\"generated\",\"generator\":{\"transformerKva\":100}},"
                + "\"ev\":{\"share\":0.9},\"run\":{\"days\":2},\"model\":{\"type\":\"C1\",\"protection\":{\"tripLoadingPct\":110,\"tripAfterMinutes\":5}}}");
        LvFlexModel m = TestScenarios.run(s);
        assertTrue(m.stats().protectionTrips > 0, "an overloaded feeder was tripped");
        assertTrue(m.counters().total(m.columns().unservedKwh) > 0, "homes on it lost supply");
    }

    @Test
    void dynamicPricesComeFromAUserCsvAndBadOnesAreRejected(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("prices.csv");
        Files.writeString(csv, "time,import_gbp_per_kwh,export_gbp_per_kwh\n00:00,0.10,0.05\n00:30,0.30,0.20\n");
        Scenario s = TestScenarios.of("{\"name\":\"p\",\"network\":{\"source\":\"ieee-eu-lv\",\"solver\":\"COPPER_PLATE\"},"
                + "\"run\":{\"days\":1,\"warmupDays\":0},\"tariffs\":{\"dynamicPrices\":\"" + csv + "\"}}");
        LvFlexModel m = new LvFlexModel(s, GridFactory.build(s));
        assertEquals(0.10, m.supplier().dynamicPrices().importPrice(0), 1e-12);
        assertEquals(0.20, m.supplier().dynamicPrices().exportPrice(1), 1e-12);
        assertEquals(0.10, m.supplier().dynamicPrices().importPrice(46), 1e-12, "a short series repeats");
        Files.writeString(csv, "time,import_gbp_per_kwh,export_gbp_per_kwh\n00:00,cheap,0.05\n");
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> new LvFlexModel(s, GridFactory.build(s)));
        assertTrue(e.getMessage().contains("row 2"), e.getMessage());
    }
}
