package org.lvflex.network.powerflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lvflex.network.Load;
import org.lvflex.network.Network;
import org.lvflex.network.io.IeeeEuLv;
import org.lvflex.network.io.LoadSchedule;

class PowerFlowBehaviourTest {
    static final Network IEEE = IeeeEuLv.network();
    static final LoadSchedule SCHEDULE = new LoadSchedule(IEEE, IeeeEuLv.loadShapes());

    static PowerFlow ieeeAt(int minute, PowerFlowOptions o) {
        PowerFlow pf = new PowerFlow(IEEE, o);
        SCHEDULE.apply(pf, minute);
        return pf;
    }

    @Test
    void reductionGivesTheSameVoltagesAndCurrentsAsTheFullFeeder() {
        PowerFlow reduced = ieeeAt(566, PowerFlowOptions.defaults().withToleranceV(1e-9));
        PowerFlow full = ieeeAt(566, PowerFlowOptions.defaults().withToleranceV(1e-9).withReduceNetwork(false));
        assertEquals(IEEE.busCount(), full.solvedNodeCount());
        assertTrue(reduced.solvedNodeCount() < IEEE.busCount() / 4,
                "reduced to " + reduced.solvedNodeCount() + " nodes");
        PowerFlowResult a = reduced.solve();
        PowerFlowResult b = full.solve();
        assertTrue(a.converged() && b.converged());
        double worstV = 0;
        double worstDeg = 0;
        for (int bus = 0; bus < IEEE.busCount(); bus++) {
            for (int p = 0; p < 3; p++) {
                worstV = Math.max(worstV, Math.abs(a.busVoltageV(bus, p) - b.busVoltageV(bus, p)));
                worstDeg = Math.max(worstDeg, Math.abs(a.busVoltageDeg(bus, p) - b.busVoltageDeg(bus, p)));
            }
        }
        double worstI = 0;
        for (int br = 0; br < IEEE.branchCount(); br++) {
            for (int p = 0; p < 3; p++) {
                worstI = Math.max(worstI, Math.abs(a.branchCurrentA(br, p) - b.branchCurrentA(br, p)));
            }
        }
        System.out.printf(Locale.ROOT, "reduction: %d of %d buses solved; worst differences %.2e V, %.2e deg, %.2e A%n",
                reduced.solvedNodeCount(), IEEE.busCount(), worstV, worstDeg, worstI);
        assertTrue(worstV < 1e-6, "voltage difference " + worstV);
        assertTrue(worstDeg < 1e-6, "angle difference " + worstDeg);
        assertTrue(worstI < 1e-6, "current difference " + worstI);
        assertEquals(b.lossesKw(), a.lossesKw(), 1e-9);
        assertEquals(b.maxBranchLoadingPct(), a.maxBranchLoadingPct(), 1e-9);
        assertEquals(b.minVoltageBus(), a.minVoltageBus());
    }

    @Test
    void energyBalanceTransformerPowerEqualsLoadsPlusLineLosses() {
        PowerFlowResult r = ieeeAt(566, PowerFlowOptions.defaults().withToleranceV(1e-9)).solve();
        double loads = 0;
        for (int l = 0; l < IEEE.loadCount(); l++) {
            loads += SCHEDULE.pKw(l, 566);
        }
        assertEquals(loads + r.lineLossesKw(), r.transformerPKw(), 1e-6);
        assertTrue(r.lineLossesKw() > 1.0 && r.lineLossesKw() < 3.0, "line losses " + r.lineLossesKw());
        assertTrue(r.transformerLossesKw() > 0);
        assertEquals(r.lineLossesKw() + r.transformerLossesKw(), r.lossesKw(), 1e-12);
    }

    @Test
    void sameResultObjectEveryTimeAndWarmStartSavesSweeps() {
        PowerFlow pf = ieeeAt(566, PowerFlowOptions.defaults());
        PowerFlowResult first = pf.solve();
        int cold = first.iterations();
        double v = first.minVoltageV();
        SCHEDULE.apply(pf, 567);
        PowerFlowResult second = pf.solve();
        assertSame(first, second);
        assertTrue(second.iterations() < cold, "warm " + second.iterations() + " vs cold " + cold);
        assertTrue(Math.abs(second.minVoltageV() - v) > 1e-6, "minute 567 differs from 566");
    }

    @Test
    void everyMinuteOfTheDayConverges() {
        PowerFlow pf = new PowerFlow(IEEE, PowerFlowOptions.defaults());
        long t0 = System.nanoTime();
        int sweeps = 0;
        double lowest = Double.POSITIVE_INFINITY;
        for (int m = 1; m <= 1440; m++) {
            SCHEDULE.apply(pf, m);
            PowerFlowResult r = pf.solve();
            assertTrue(r.converged(), "minute " + m);
            sweeps += r.iterations();
            lowest = Math.min(lowest, r.minVoltageV());
        }
        System.out.printf(Locale.ROOT, "IEEE 1440-minute series: %.1f ms incl. JIT warm-up, %.2f sweeps/solve, "
                + "lowest %.2f V%n", (System.nanoTime() - t0) / 1e6, sweeps / 1440.0, lowest);
        assertTrue(lowest > 200 && lowest < 252);
    }

    @Test
    void exportRaisesVoltageAndReversesFlow() {
        PowerFlow pf = new PowerFlow(IEEE, PowerFlowOptions.defaults());
        int l = 10;
        int bus = IEEE.loadBus(l);
        int ph = IEEE.loadPhase(l);
        pf.setLoad(l, 0, 0);
        double noLoad = pf.solve().busVoltageV(bus, ph);
        pf.setLoad(l, 7, 0);
        double importing = pf.solve().busVoltageV(bus, ph);
        pf.setLoad(l, -7, 0);
        PowerFlowResult r = pf.solve();
        assertTrue(r.converged());
        assertTrue(importing < noLoad, "import lowers voltage");
        assertTrue(r.busVoltageV(bus, ph) > noLoad + 0.5, "export raises voltage: " + r.busVoltageV(bus, ph));
        assertTrue(r.loadVoltageV(l) > noLoad + 0.5);
        assertTrue(r.transformerPKw(ph) < -6.5, "power flows back through the transformer");
        assertEquals(bus, r.maxVoltageBus());
    }

    @Test
    void constantCurrentAndImpedanceLoadsScaleWithVoltage() {
        // the IEEE feeder sits near 251 V, above the 230 V nominal: Z loads draw (V/230)^2, I loads V/230
        double[] totals = new double[3];
        LoadModel[] models = {LoadModel.CONSTANT_POWER, LoadModel.CONSTANT_CURRENT, LoadModel.CONSTANT_IMPEDANCE};
        for (int k = 0; k < 3; k++) {
            PowerFlowOptions o = PowerFlowOptions.defaults().withLoadModel(models[k]).withToleranceV(1e-9);
            PowerFlow pf = ieeeAt(566, o);
            PowerFlowResult r = pf.solve();
            assertTrue(r.converged());
            double expected = 0;
            for (int l = 0; l < IEEE.loadCount(); l++) {
                expected += SCHEDULE.pKw(l, 566) * Math.pow(r.loadVoltageV(l) / 230.0, models[k].exponent());
            }
            assertEquals(expected + r.lineLossesKw(), r.transformerPKw(), 1e-6, models[k].name());
            totals[k] = r.transformerPKw();
        }
        assertTrue(totals[0] < totals[1] && totals[1] < totals[2], java.util.Arrays.toString(totals));
        // load voltages lie between ~236 and ~252 V, so Z loads draw roughly (245/230)^2 = 1.13 times more
        assertTrue(totals[2] / totals[0] > 1.08 && totals[2] / totals[0] < 1.2, "ratio " + totals[2] / totals[0]);
    }

    @Test
    void absurdLoadIsReportedAsNonConvergenceAndRecovers() {
        PowerFlow pf = new PowerFlow(IEEE, PowerFlowOptions.defaults());
        pf.setLoad(0, 5000, 0);
        PowerFlowResult r = pf.solve();
        assertFalse(r.converged());
        assertTrue(r.iterations() >= 1);
        pf.setLoad(0, 1, 0.3);
        r = pf.solve();
        assertTrue(r.converged(), "a sane load converges again after a failed solve");
        assertTrue(r.mismatch() <= pf.options().toleranceV());
    }

    @Test
    void iterationLimitIsReported() {
        PowerFlow pf = ieeeAt(566, PowerFlowOptions.defaults().withMaxIterations(2).withToleranceV(1e-9));
        PowerFlowResult r = pf.solve();
        assertFalse(r.converged());
        assertEquals(2, r.iterations());
        assertTrue(r.mismatch() > 1e-9);
    }

    @Test
    void reinforcingTheTransformerLowersItsLoadingAndRaisesVoltage() {
        PowerFlow pf = ieeeAt(566, PowerFlowOptions.defaults());
        PowerFlowResult r = pf.solve();
        double loading = r.transformerLoadingPct();
        double vmin = r.minVoltageV();
        pf.setTransformerRatingKva(1600);
        r = pf.solve();
        assertEquals(loading / 2, r.transformerLoadingPct(), loading * 0.01);
        assertTrue(r.minVoltageV() > vmin);
        assertEquals(1600, pf.transformer().ratingKva());
    }

    @Test
    void unbalanceIsZeroForBalancedLoadsAndPositiveForTheRealFeeder() {
        PowerFlowResult r = ieeeAt(566, PowerFlowOptions.defaults()).solve();
        double vuf = r.voltageUnbalancePct();
        assertTrue(vuf > 0.05 && vuf < 5, "VUF " + vuf);
        List<Load> balanced = new ArrayList<>();
        for (Load l : IEEE.loads()) {
            balanced.add(new Load(l.name(), l.bus(), Load.THREE_PHASE, l.kw(), l.pf(), l.shape()));
        }
        Network b = IEEE.withLoads(balanced);
        PowerFlow pf = new PowerFlow(b, PowerFlowOptions.defaults());
        new LoadSchedule(b, IeeeEuLv.loadShapes()).apply(pf, 566);
        PowerFlowResult rb = pf.solve();
        assertTrue(rb.converged());
        assertTrue(rb.voltageUnbalancePct() < 1e-6, "balanced VUF " + rb.voltageUnbalancePct());
        assertEquals(rb.transformerPKw(0), rb.transformerPKw(2), 1e-6);
    }

    @Test
    void feederHeadAndBranchCurrentsAgreeWithTheTransformer() {
        PowerFlowResult r = ieeeAt(566, PowerFlowOptions.defaults()).solve();
        for (int p = 0; p < 3; p++) {
            assertEquals(r.transformerCurrentA(p), r.feederHeadCurrentA(0, p), 1e-9);
        }
        // OpenDSS reference: LINE1 carries 74.35 / 147.68 / 25.92 A at minute 566
        int line1 = 0;
        assertEquals("LINE1", IEEE.branchName(line1));
        assertEquals(74.353, r.branchCurrentA(line1, 0), 0.05);
        assertEquals(147.68, r.branchCurrentA(line1, 1), 0.05);
        assertEquals(25.9156, r.branchCurrentA(line1, 2), 0.05);
        assertEquals(100 * 147.68 / IEEE.branchRatingA(line1), r.feederHeadLoadingPct(0), 0.1);
        assertTrue(r.maxBranchLoadingPct() >= r.feederHeadLoadingPct(0));
    }

    @Test
    void extraConnectionPointAtAnExistingBusIsSolved() {
        int bus = IEEE.requireBus("899");
        Network withSite = IEEE.withExtraLoads(List.of(new Load("site", bus, Load.THREE_PHASE, 22, 1.0, "")));
        assertEquals(IEEE.loadCount() + 1, withSite.loadCount());
        PowerFlow pf = new PowerFlow(withSite, PowerFlowOptions.defaults());
        SCHEDULE.apply(ieeeAt(566, PowerFlowOptions.defaults()), 566);
        new LoadSchedule(withSite, IeeeEuLv.loadShapes()).apply(pf, 566);
        PowerFlowResult r = pf.solve();
        PowerFlowResult base = ieeeAt(566, PowerFlowOptions.defaults()).solve();
        assertTrue(r.converged());
        assertTrue(r.transformerPKw() > base.transformerPKw() + 21.9);
    }
}
