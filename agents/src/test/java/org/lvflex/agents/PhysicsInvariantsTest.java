package org.lvflex.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.ev.Session;
import org.lvflex.agents.grid.GridFactory;
import org.lvflex.scenario.Scenario;

/**
 * Energy is conserved and batteries and chargers stay within their limits, for a run with V2G and
 * a model that curtails (A1) on the power-flow network.
 */
class PhysicsInvariantsTest {

    @Test
    void energyBalanceSocBoundsAndChargerLimitsHoldEveryStep() {
        Scenario s = TestScenarios.of("{\"name\":\"invariants\",\"network\":{\"source\":\"generated\",\"generator\":{\"transformerKva\":250}},"
                + "\"ev\":{\"share\":0.8},\"v2g\":{\"share\":1.0,\"capableVehicleShare\":1.0},\"run\":{\"days\":2,\"warmupDays\":2},"
                + "\"model\":{\"type\":\"A1\"}}");
        LvFlexModel m = new LvFlexModel(s, GridFactory.build(s));
        int[] violations = new int[3];
        double[] maxExport = {0};
        m.addObserver((mm, step, now) -> {
            for (Ev ev : mm.evs()) {
                if (ev.energyKwh() < -1e-9 || ev.energyKwh() > ev.getBatteryKwh() + 1e-9) {
                    violations[0]++;
                }
                if (ev.getSetpointKw() > ev.getHomeChargerKw() + 1e-9) {
                    violations[1]++;
                }
                if (-ev.getSetpointKw() > ev.getExportKw() + 1e-9) {
                    violations[2]++;
                }
                maxExport[0] = Math.max(maxExport[0], -ev.getSetpointKw());
            }
        });
        m.runToEnd(null);
        assertEquals(0, violations[0], "SoC left [0, capacity]");
        assertEquals(0, violations[1], "charging above the charger rating");
        assertEquals(0, violations[2], "export above the V2G limit");
        assertTrue(maxExport[0] > 0, "V2G exported something, so the export bound was exercised");

        var r = m.recorder();
        var c = m.columns();
        double imp = 0;
        double parts = 0;
        double v2g = 0;
        for (int k = 0; k < m.stepsDone(); k++) {
            imp += r.get(c.p, k);
            parts += r.get(c.base, k) + r.get(c.ev, k) + r.get(c.publicCharging, k) + r.get(c.losses, k) - r.get(c.v2g, k);
            v2g += r.get(c.v2g, k);
        }
        assertTrue(v2g > 0, "the run exported");
        assertEquals(imp, parts, 0.001 * imp, "import = household + charging + losses - V2G export within 0.1%");

        double curtailed = m.sessions().all().stream().mapToDouble(x -> x.curtailedKwh).sum();
        assertTrue(curtailed > 0, "A1 curtailed something on this congested feeder");
        for (Session x : m.sessions().all()) {
            assertTrue(x.startSoc >= 0 && x.startSoc <= 1 && x.endSoc >= 0 && x.endSoc <= 1, "session SoC within [0, 1]");
            assertTrue(x.plugOut >= x.plugIn, "plug-out after plug-in");
        }
    }
}
