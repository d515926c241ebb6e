package org.lvflex.network.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lvflex.core.InputException;
import org.lvflex.network.Network;
import org.lvflex.network.generator.UkFeederGenerator;
import org.lvflex.network.generator.UkFeederSpec;
import org.lvflex.network.powerflow.PowerFlow;
import org.lvflex.network.powerflow.PowerFlowOptions;
import org.lvflex.network.powerflow.PowerFlowResult;

class ConstraintMonitorTest {
    // one way of 40 customers on an old 0.06 in2 copper main and a 100 kVA transformer
    final Network net = UkFeederGenerator.generate(
            UkFeederSpec.defaults().withWays(1, 40).withTransformerKva(100).withCables("4c_.06", "35_SAC_XSC"), 3);

    void setAll(PowerFlow pf, double kw) {
        for (int l = 0; l < net.loadCount(); l++) {
            pf.setLoad(l, kw, 0);
        }
    }

    @Test
    void countsViolatingMinutesPerBusBranchAndTransformer() {
        PowerFlow pf = new PowerFlow(net, PowerFlowOptions.defaults());
        ConstraintMonitor m = new ConstraintMonitor(net, ConstraintLimits.ukStatutory());
        setAll(pf, 0.5);                       // light: no violation
        PowerFlowResult r = pf.solve();
        assertTrue(r.minVoltageV() > 216.2 && r.transformerLoadingPct() < 100 && r.maxBranchLoadingPct() < 100);
        m.record(r, 10);
        setAll(pf, 8);                         // heavy: 320 kW on 100 kVA
        r = pf.solve();
        assertTrue(r.converged());
        assertTrue(r.minVoltageV() < 216.2, "heavy load gives undervoltage: " + r.minVoltageV());
        assertTrue(r.transformerLoadingPct() > 100);
        m.record(r, 5);
        m.record(r, 5);
        assertEquals(20, m.monitoredMinutes());
        assertEquals(10, m.transformerOverloadMinutes());
        assertEquals(10, m.anyUndervoltageMinutes());
        assertEquals(0, m.anyOvervoltageMinutes());
        int far = net.loadBus(net.loadCount() - 1);
        assertTrue(r.loadVoltageV(net.loadCount() - 1) < 216.2);
        assertEquals(10, m.undervoltageMinutes(far));
        assertEquals(0, m.undervoltageMinutes(net.loadBus(0)), "the first customer stays in band");
        int under = 0;
        for (int l = 0; l < net.loadCount(); l++) {
            under += r.loadVoltageV(l) < 216.2 ? 1 : 0;   // one customer per bus in this feeder
        }
        assertTrue(under > 1 && under < net.loadCount(), "some, not all, customers under: " + under);
        assertEquals(10.0 * under, m.busUndervoltageMinutesTotal());
        int head = net.feederHeadBranch(0);
        assertTrue(r.feederHeadLoadingPct(0) > 100);
        assertEquals(10, m.branchOverloadMinutes(head));
        assertEquals(10, m.anyBranchOverloadMinutes());
        assertTrue(m.lowestVoltageV() < 216.2);
    }

    @Test
    void exportCountsOvervoltage() {
        PowerFlow pf = new PowerFlow(net, PowerFlowOptions.defaults());
        ConstraintMonitor m = new ConstraintMonitor(net, ConstraintLimits.ukStatutory());
        setAll(pf, -4);                        // everyone exports 4 kW
        PowerFlowResult r = pf.solve();
        assertTrue(r.converged());
        assertTrue(r.maxVoltageV() > 253.0, "export pushes voltage over 253 V: " + r.maxVoltageV());
        m.record(r, 1);
        assertEquals(1, m.anyOvervoltageMinutes());
        int last = net.loadBus(net.loadCount() - 1);
        assertTrue(r.loadVoltageV(net.loadCount() - 1) > 253.0);
        assertEquals(1, m.overvoltageMinutes(last));
        assertEquals(0, m.anyUndervoltageMinutes());
    }

    @Test
    void nonConvergedStepsAreCountedApart() {
        PowerFlow pf = new PowerFlow(net, PowerFlowOptions.defaults());
        ConstraintMonitor m = new ConstraintMonitor(net, ConstraintLimits.ukStatutory());
        setAll(pf, 500);
        PowerFlowResult r = pf.solve();
        assertTrue(!r.converged());
        m.record(r, 1);
        assertEquals(1, m.nonConvergedMinutes());
        assertEquals(0, m.monitoredMinutes());
        assertEquals(0, m.transformerOverloadMinutes());
    }

    @Test
    void badLimitsAreRejected() {
        assertThrows(InputException.class, () -> new ConstraintLimits(253, 216.2, 100, 100));
        assertThrows(InputException.class, () -> new ConstraintLimits(216.2, 253, 0, 100));
    }
}
