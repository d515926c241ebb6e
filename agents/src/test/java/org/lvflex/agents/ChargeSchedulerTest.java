package org.lvflex.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lvflex.agents.control.ChargePlanProblem;
import org.lvflex.agents.control.ChargeScheduler;
import org.lvflex.agents.control.LpChargeScheduler;

class ChargeSchedulerTest {

    private static ChargePlanProblem flat(int n, double kw) {
        ChargePlanProblem p = new ChargePlanProblem();
        p.reset(n);
        for (int s = 0; s < n; s++) {
            p.maxChargeKw[s] = kw;
            p.importPrice[s] = 0.2;
        }
        p.capacityKwh = 60;
        p.etaCharge = 0.9;
        p.etaDischarge = 0.9;
        return p;
    }

    @Test
    void valleyFillPutsEnergyInCheapestSlotsEarliestFirst() {
        ChargePlanProblem p = flat(6, 7);
        p.importPrice[1] = 0.05;
        p.importPrice[4] = 0.05;
        p.importPrice[3] = 0.10;
        p.energyKwh = 30;
        p.targetKwh = 30 + 0.9 * 8; // 8 kWh from the grid
        new ChargeScheduler().solve(p);
        assertEquals(7.0, p.chargeKw[1], 1e-9, "cheapest slot full (3.5 kWh)");
        assertEquals(7.0, p.chargeKw[4], 1e-9, "tied cheapest slot full (3.5 kWh)");
        assertEquals(2.0, p.chargeKw[3], 1e-9, "next cheapest takes the last 1 kWh");
        assertEquals(0, p.chargeKw[0] + p.chargeKw[2] + p.chargeKw[5], 1e-12);
        assertEquals(0, p.unmetKwh, 1e-12);
        assertEquals(30 + 0.9 * 8, p.energyAfter(5), 1e-9);
    }

    @Test
    void unmetEnergyWhenSlotsCannotDeliver() {
        ChargePlanProblem p = flat(2, 3.6); // 3.6 kWh deliverable
        p.energyKwh = 10;
        p.targetKwh = 10 + 0.9 * 5;
        new ChargeScheduler().solve(p);
        assertEquals(1.4, p.unmetKwh, 1e-9);
    }

    @Test
    void risingBlockPremiumFillsBelowTheAllowanceFirst() {
        ChargePlanProblem p = flat(2, 7);
        p.tierKw[0] = 2;
        p.tierPremium[0] = 0.5;
        p.tierKw[1] = 2;
        p.tierPremium[1] = 0.5;
        p.importPrice[1] = 0.25;
        p.energyKwh = 0;
        p.targetKwh = 0.9 * 3; // 3 kWh: 1 below the allowance in slot 0, 1 in slot 1, 1 above in slot 0
        new ChargeScheduler().solve(p);
        assertEquals(4.0, p.chargeKw[0], 1e-9);
        assertEquals(2.0, p.chargeKw[1], 1e-9);
    }

    @Test
    void v2gExportsAtThePeakAndStillMeetsTheTarget() {
        ChargePlanProblem p = flat(8, 7);
        for (int s = 0; s < 8; s++) {
            p.importPrice[s] = s < 4 ? 0.08 : 0.30;
            p.exportPrice[s] = s == 1 ? 0.35 : 0.05;
            p.maxExportKw[s] = 7;
        }
        p.energyKwh = 40;
        p.targetKwh = 40;
        p.reserveKwh = 20;
        p.degradationPerKwh = 0.03;
        new ChargeScheduler().solve(p);
        assertTrue(p.exportKw[1] > 6.9, "exports at full power in the expensive slot: " + p.exportKw[1]);
        assertEquals(40, p.energyAfter(7), 1e-6, "target met at departure");
        assertTrue(p.cost() < 0, "arbitrage earns money: " + p.cost());
    }

    /** The greedy plan's cost is within a small margin of the exact LP optimum on random problems. */
    @Test
    void greedyIsCloseToTheLinearProgramme() {
        SplittableRandom r = new SplittableRandom(5);
        double worstGap = 0;
        for (int trial = 0; trial < 60; trial++) {
            int n = 8 + r.nextInt(24);
            ChargePlanProblem a = flat(n, r.nextBoolean() ? 7 : 3.6);
            boolean v2g = trial % 2 == 0;
            for (int s = 0; s < n; s++) {
                a.hours[s] = 0.5;
                a.importPrice[s] = 0.05 + 0.3 * r.nextDouble() * r.nextDouble() * 2;
                // as in real tariffs, export never pays more than import in the same period
                a.exportPrice[s] = v2g ? a.importPrice[s] * (0.3 + 0.65 * r.nextDouble()) : 0;
                a.maxExportKw[s] = v2g ? 7 : 0;
                if (trial % 3 == 0) {
                    a.tierKw[s] = 2.5;
                    a.tierPremium[s] = 0.2;
                }
            }
            a.energyKwh = 25 + 10 * r.nextDouble();
            a.reserveKwh = 20;
            a.targetKwh = Math.min(54, a.energyKwh + 15 * r.nextDouble());
            a.degradationPerKwh = 0.03;
            ChargePlanProblem b = copy(a);
            new ChargeScheduler().solve(a);
            new LpChargeScheduler().solve(b);
            assertEquals(b.unmetKwh, a.unmetKwh, 1e-6);
            assertTrue(a.energyAfter(n - 1) >= a.targetKwh - 1e-6 - a.unmetKwh * a.etaCharge, "target met");
            double gap = a.cost() - b.cost();
            assertTrue(gap >= -1e-6, "the LP is optimal: greedy cannot beat it (" + gap + ")");
            worstGap = Math.max(worstGap, gap / Math.max(1, Math.abs(b.cost())));
            if (!v2g) {
                assertEquals(b.cost(), a.cost(), 1e-6, "charging only: valley filling is exact");
            }
        }
        System.out.println("greedy vs LP: worst relative cost gap " + worstGap);
        assertTrue(worstGap < 0.05, "greedy within 5% of the LP: worst relative gap " + worstGap);
    }

    private static ChargePlanProblem copy(ChargePlanProblem a) {
        ChargePlanProblem b = new ChargePlanProblem();
        b.reset(a.n);
        for (int s = 0; s < a.n; s++) {
            b.hours[s] = a.hours[s];
            b.importPrice[s] = a.importPrice[s];
            b.exportPrice[s] = a.exportPrice[s];
            b.maxChargeKw[s] = a.maxChargeKw[s];
            b.maxExportKw[s] = a.maxExportKw[s];
            b.tierKw[s] = a.tierKw[s];
            b.tierPremium[s] = a.tierPremium[s];
        }
        b.energyKwh = a.energyKwh;
        b.capacityKwh = a.capacityKwh;
        b.targetKwh = a.targetKwh;
        b.reserveKwh = a.reserveKwh;
        b.etaCharge = a.etaCharge;
        b.etaDischarge = a.etaDischarge;
        b.degradationPerKwh = a.degradationPerKwh;
        return b;
    }
}
