package org.lvflex.network.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.powsybl.loadflow.LoadFlowResult;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lvflex.network.Network;
import org.lvflex.network.io.IeeeEuLv;
import org.lvflex.network.io.LoadSchedule;
import org.lvflex.network.powerflow.PowerFlow;
import org.lvflex.network.powerflow.PowerFlowOptions;
import org.lvflex.network.powerflow.PowerFlowResult;

/** lvflex's balanced solution of the IEEE feeder against PowSyBl OpenLoadFlow (Newton-Raphson). */
class OpenLoadFlowCrossCheckTest {

    /** Largest |V| difference (pu of 416/sqrt3 V) over all buses at {@code minute}. */
    static double worstDifferencePu(Network balanced, LoadSchedule schedule, int minute) {
        PowerFlow pf = new PowerFlow(balanced, PowerFlowOptions.defaults().withToleranceV(1e-9));
        OlfFeeder olf = new OlfFeeder(balanced);
        schedule.apply(pf, minute);
        for (int l = 0; l < balanced.loadCount(); l++) {
            olf.setLoad(l, pf.loadPKw(l), pf.loadQKvar(l));
        }
        PowerFlowResult r = pf.solve();
        LoadFlowResult lf = olf.solve();
        assertTrue(r.converged());
        assertTrue(lf.isOk(), "OpenLoadFlow: " + lf.getComponentResults().get(0).getStatus());
        double base = balanced.transformer().secondaryPhaseVoltageV();
        double worst = 0;
        for (int b = 0; b < balanced.busCount(); b++) {
            for (int p = 0; p < 3; p++) {
                worst = Math.max(worst, Math.abs(r.busVoltageV(b, p) - olf.busVoltageV(b)) / base);
            }
        }
        return worst;
    }

    @Test
    void balancedIeeeFeederAgreesWithOpenLoadFlow() {
        Network balanced = BalancedFeeders.balanced(IeeeEuLv.network());
        LoadSchedule schedule = new LoadSchedule(balanced, IeeeEuLv.loadShapes());
        for (int minute : new int[] {566, 1140}) {
            double worst = worstDifferencePu(balanced, schedule, minute);
            System.out.printf(Locale.ROOT, "balanced IEEE minute %d: largest |V| difference lvflex vs OpenLoadFlow %.2e pu%n",
                    minute, worst);
            assertTrue(worst < 1e-5, "difference " + worst + " pu");
        }
    }

    @Test
    void gridSuppliesLoadPlusLosses() {
        Network balanced = BalancedFeeders.balanced(IeeeEuLv.network());
        OlfFeeder olf = new OlfFeeder(balanced);
        for (int l = 0; l < balanced.loadCount(); l++) {
            olf.setLoad(l, 1.0, 0.0);
        }
        assertTrue(olf.solve().isOk());
        // the slack's output is the flow into the source impedance
        double gridMw = olf.iidm.getLine("ZSOURCE").getTerminal1().getP();
        assertTrue(gridMw > 0.055 && gridMw < 0.0565, "55 kW of load plus losses: " + gridMw + " MW");
        assertEquals(55, balanced.loadCount());
    }
}
