package org.lvflex.network.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lvflex.core.InputException;
import org.lvflex.network.Network;
import org.lvflex.network.io.IeeeEuLv;
import org.lvflex.network.io.LoadSchedule;
import org.lvflex.network.io.NetworkJson;
import org.lvflex.network.powerflow.PowerFlow;
import org.lvflex.network.powerflow.PowerFlowOptions;
import org.lvflex.network.powerflow.PowerFlowResult;

class UkFeederGeneratorTest {

    @Test
    void sizesFollowTheSpec() {
        UkFeederSpec spec = UkFeederSpec.defaults().withWays(3, 25);
        Network n = UkFeederGenerator.generate(spec, 1);
        int joints = (25 + 1) / 2;
        assertEquals(3, n.feederCount());
        assertEquals(75, n.loadCount());
        assertEquals(1 + 3 * (joints + 25), n.busCount());
        assertEquals(n.busCount() - 1, n.branchCount());
        int[] perFeeder = new int[3];
        for (int l = 0; l < n.loadCount(); l++) {
            perFeeder[n.loadFeeder(l)]++;
        }
        assertEquals(25, perFeeder[0]);
        assertEquals(25, perFeeder[1]);
        assertEquals(25, perFeeder[2]);
        assertEquals(500, n.transformer().ratingKva());
    }

    @Test
    void balancedAllocationSpreadsCustomersEvenly() {
        Network n = UkFeederGenerator.generate(UkFeederSpec.defaults().withWays(4, 49), 7);
        int[] count = phaseCounts(n);
        int max = Math.max(count[0], Math.max(count[1], count[2]));
        int min = Math.min(count[0], Math.min(count[1], count[2]));
        assertTrue(max - min <= 1, java.util.Arrays.toString(count));
    }

    @Test
    void randomAllocationIsUnevenButComplete() {
        Network n = UkFeederGenerator.generate(
                UkFeederSpec.defaults().withWays(4, 49).withPhaseAllocation(PhaseAllocation.RANDOM), 7);
        int[] count = phaseCounts(n);
        assertEquals(196, count[0] + count[1] + count[2]);
        int max = Math.max(count[0], Math.max(count[1], count[2]));
        int min = Math.min(count[0], Math.min(count[1], count[2]));
        assertTrue(max - min > 1, "random allocation is not exactly balanced: " + java.util.Arrays.toString(count));
    }

    @Test
    void sameSeedSameFeederDifferentSeedDifferentFeeder() {
        UkFeederSpec spec = UkFeederSpec.defaults();
        String a = NetworkJson.toJson(UkFeederGenerator.generate(spec, 42));
        String b = NetworkJson.toJson(UkFeederGenerator.generate(spec, 42));
        String c = NetworkJson.toJson(UkFeederGenerator.generate(spec, 43));
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void generatedFeederSolvesAllDayWithinStatutoryBand() {
        Network n = UkFeederGenerator.generate(UkFeederSpec.defaults(), 5);
        PowerFlow pf = new PowerFlow(n, PowerFlowOptions.defaults());
        LoadSchedule s = new LoadSchedule(n, IeeeEuLv.loadShapes());
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int m = 1; m <= 1440; m += 7) {
            s.apply(pf, m);
            PowerFlowResult r = pf.solve();
            assertTrue(r.converged(), "minute " + m);
            lo = Math.min(lo, r.minVoltageV());
            hi = Math.max(hi, r.maxVoltageV());
        }
        // 433 V open circuit = 250 V; household-only demand keeps a sound feeder inside 216.2-253 V
        // (a lightly loaded phase can rise a little above 250 V through the unbalanced neutral shift)
        assertTrue(hi < 253.0 && lo > 216.2 && lo < 249, "range " + lo + " .. " + hi);
    }

    @Test
    void outOfRangeSpecIsRejectedByName() {
        UkFeederSpec spec = UkFeederSpec.defaults().withWays(9, 10).withTransformerKva(50);
        InputException e = assertThrows(InputException.class, () -> UkFeederGenerator.generate(spec, 1));
        assertTrue(e.getMessage().contains("lvWays 9") && e.getMessage().contains("[1, 8]"), e.getMessage());
        assertTrue(e.getMessage().contains("transformerKva 50.0 kVA"), e.getMessage());
    }

    @Test
    void unknownCableIsRejected() {
        InputException e = assertThrows(InputException.class,
                () -> UkFeederGenerator.generate(UkFeederSpec.defaults().withCables("4c_999", "35_SAC_XSC"), 1));
        assertTrue(e.getMessage().contains("main cable '4c_999'"), e.getMessage());
    }

    static int[] phaseCounts(Network n) {
        int[] c = new int[3];
        for (int l = 0; l < n.loadCount(); l++) {
            c[n.loadPhase(l)]++;
        }
        return c;
    }
}
