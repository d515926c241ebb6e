package org.lvflex.network.powerflow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lvflex.network.Network;
import org.lvflex.network.io.IeeeEuLv;
import org.lvflex.network.io.LoadSchedule;

/** Solving and reading results allocates nothing on the heap (a year of minutes must not churn the GC). */
class NoAllocationTest {

    @Test
    void aDayOfSolvesAllocatesNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean,
                "needs the HotSpot per-thread allocation counter");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        Network net = IeeeEuLv.network();
        PowerFlow pf = new PowerFlow(net, PowerFlowOptions.defaults());
        LoadSchedule schedule = new LoadSchedule(net, IeeeEuLv.loadShapes());
        long tid = Thread.currentThread().getId();
        double sink = day(pf, schedule) + day(pf, schedule); // warm up: class loading, JIT
        // nothing but the day of solves runs between the two counter reads
        long before = mx.getThreadAllocatedBytes(tid);
        sink += day(pf, schedule);
        long after = mx.getThreadAllocatedBytes(tid);
        long allocated = after - before;
        assertTrue(before > 1_000_000, "the counter works: loading the feeder allocated " + before + " bytes");
        assertTrue(sink != 0);
        // a few hundred bytes of slack for the counter itself; one allocation per solve would be > 1440 * 16
        assertTrue(allocated < 1024, "allocated " + allocated + " bytes over 1440 solves");
    }

    private static double day(PowerFlow pf, LoadSchedule schedule) {
        double s = 0;
        for (int m = 1; m <= 1440; m++) {
            schedule.apply(pf, m);
            PowerFlowResult r = pf.solve();
            s += r.transformerPKw(0) + r.minVoltageV() + r.voltageUnbalancePct() + r.busVoltageDeg(5, 1)
                    + r.branchCurrentA(3, 2) + r.maxBranchLoadingPct() + r.lossesKw() + r.loadVoltageV(7);
        }
        return s;
    }
}
