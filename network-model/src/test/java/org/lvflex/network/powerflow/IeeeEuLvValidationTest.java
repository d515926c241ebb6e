package org.lvflex.network.powerflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lvflex.network.Network;
import org.lvflex.network.OpenDssReference;
import org.lvflex.network.io.IeeeEuLv;
import org.lvflex.network.io.LoadSchedule;

/** Minute 566 of the IEEE European LV feeder against the published OpenDSS solution. */
class IeeeEuLvValidationTest {
    static Network net;
    static PowerFlowResult r;

    @BeforeAll
    static void solve() {
        net = IeeeEuLv.network();
        PowerFlow pf = new PowerFlow(net, PowerFlowOptions.defaults());
        new LoadSchedule(net, IeeeEuLv.loadShapes()).apply(pf, 566);
        r = pf.solve();
    }

    @Test
    void feederShape() {
        assertEquals(906, net.busCount());
        assertEquals(905, net.branchCount());
        assertEquals(55, net.loadCount());
        assertEquals(1, net.feederCount());
    }

    @Test
    void everyBusAndPhaseWithinOneThousandthPu() {
        Map<String, OpenDssReference.BusVoltage> ref = OpenDssReference.voltages();
        double base = 416 / Math.sqrt(3);
        double worst = 0;
        String where = "";
        int compared = 0;
        for (int b = 0; b < net.busCount(); b++) {
            OpenDssReference.BusVoltage v = ref.get(net.busName(b).toUpperCase(Locale.ROOT));
            assertTrue(v != null, "bus " + net.busName(b) + " missing from the reference");
            for (int p = 0; p < 3; p++) {
                double d = Math.abs(r.busVoltageV(b, p) - v.magnitudeV()[p]) / base;
                compared++;
                if (d > worst) {
                    worst = d;
                    where = net.busName(b) + " phase " + "ABC".charAt(p);
                }
            }
        }
        System.out.printf(Locale.ROOT, "IEEE EU LV minute 566: worst |V| difference vs OpenDSS %.3e pu at %s"
                + " over %d bus-phases (%d sweeps, mismatch %.1e V)%n", worst, where, compared, r.iterations(), r.mismatch());
        assertTrue(r.converged());
        assertEquals(906 * 3, compared);
        assertTrue(worst <= 0.001, "worst difference " + worst + " pu at " + where);
    }

    @Test
    void anglesMatchOpenDss() {
        Map<String, OpenDssReference.BusVoltage> ref = OpenDssReference.voltages();
        for (String bus : new String[] {"1", "34", "899", "614", "906"}) {
            int b = net.requireBus(bus);
            for (int p = 0; p < 3; p++) {
                // the reference angles are printed to 0.1 degree
                assertEquals(ref.get(bus).angleDeg()[p], r.busVoltageDeg(b, p), 0.06, "bus " + bus + " phase " + p);
            }
        }
    }

    @Test
    void transformerPowerPerPhaseWithinHalfPercent() {
        double[] expected = {17.9072, 35.2927, 6.1837};
        for (int p = 0; p < 3; p++) {
            double got = r.transformerPKw(p);
            System.out.printf(Locale.ROOT, "transformer secondary P phase %c: %.4f kW (OpenDSS %.4f)%n",
                    "ABC".charAt(p), got, expected[p]);
            assertEquals(expected[p], got, 0.005 * expected[p]);
        }
        assertEquals(19.12, r.transformerQKvar(), 0.01 * 19.12);
    }

    @Test
    void lowestVoltageIsBus899PhaseB() {
        assertEquals("899", net.busName(r.minVoltageBus()));
        assertEquals(1, r.minVoltagePhase());
        assertEquals(0.99246, r.minVoltageV() / (416 / Math.sqrt(3)), 1e-4);
    }
}
