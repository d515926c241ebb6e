package org.lvflex.agents.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lvflex.network.Load;
import org.lvflex.network.Network;
import org.lvflex.network.constraints.ConstraintLimits;
import org.lvflex.network.generator.UkFeederGenerator;
import org.lvflex.network.generator.UkFeederSpec;
import org.lvflex.network.powerflow.PowerFlowOptions;

class PowerFlowGridTest {
    @Test
    void terminalVoltagesTakeEachConnectionOnItsOwnPhasesAndCountsRestartWithReporting() {
        Network feeder = UkFeederGenerator.generate(
                UkFeederSpec.defaults().withWays(1, 40).withTransformerKva(100).withCables("4c_.06", "35_SAC_XSC"), 3);
        // phase A heavily loaded: the neutral shifts and B and C rise; an idle three-phase site goes
        // where some phase is highest, so its highest phase tops every single-phase customer's own
        PowerFlowGrid alone = new PowerFlowGrid(feeder, PowerFlowOptions.defaults(), ConstraintLimits.ukStatutory(), 1);
        load(alone, feeder, feeder.loadCount());
        alone.solve();
        int top = 0;
        double topV = 0;
        for (int b = 0; b < feeder.busCount(); b++) {
            for (int p = 0; p < 3; p++) {
                if (alone.result().busVoltageV(b, p) > topV) {
                    topV = alone.result().busVoltageV(b, p);
                    top = b;
                }
            }
        }
        Network net = feeder.withExtraLoads(List.of(new Load("site", top, Load.THREE_PHASE, 0, 1.0, "")));
        int site = net.loadCount() - 1;
        PowerFlowGrid g = new PowerFlowGrid(net, PowerFlowOptions.defaults(), ConstraintLimits.ukStatutory(), 1);
        load(g, net, site);
        g.solve();

        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < net.loadCount(); c++) {
            int bus = net.loadBus(c);
            for (int p = 0; p < 3; p++) {
                if (net.loadPhase(c) == p || net.loadPhase(c) == Load.THREE_PHASE) {
                    double v = g.result().busVoltageV(bus, p);
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double siteHighest = Math.max(g.result().busVoltageV(top, 0),
                Math.max(g.result().busVoltageV(top, 1), g.result().busVoltageV(top, 2)));
        double customersHighest = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < site; c++) {
            customersHighest = Math.max(customersHighest, g.result().loadVoltageV(c));
        }
        assertTrue(siteHighest > customersHighest, "the highest terminal voltage is a phase of the three-phase site");
        assertTrue(siteHighest > g.result().loadVoltageV(site) + 0.1, "its phases differ");
        assertEquals(lo, g.minVoltageV(), 0);
        assertEquals(hi, g.maxVoltageV(), 0, "a three-phase connection counts on its highest phase too");

        assertTrue(g.constraints().monitoredMinutes() > 0);
        g.beginReporting();
        assertEquals(0, g.constraints().monitoredMinutes(), "warm-up minutes are forgotten");
        assertEquals(0, g.constraints().anyUndervoltageMinutes());
        g.solve();
        assertEquals(1, g.constraints().monitoredMinutes());
    }

    private static void load(PowerFlowGrid g, Network net, int customers) {
        for (int c = 0; c < customers; c++) {
            g.setDemand(c, net.loadPhase(c) == 0 ? 7 : 0.1, 0);
        }
    }
}
