package org.lvflex.experiments.equity;

import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.population.Household;
import org.lvflex.experiments.metrics.HalfHourlyDemand;
import org.lvflex.experiments.metrics.PeakAnalysis;

/**
 * Per household, the quantities each allocation rule shares cost by, and the cost each household
 * caused. "Caused" is the household's mean net demand (kW, negative counted as zero: export at the
 * peak relieves the transformer but earns no credit here) over the {@code analysis.causedPeakHalfHours}
 * half-hours of highest transformer demand (kVA) in the run: what sizes a secondary reinforcement
 * (001:L3592). A feeder's contribution is the same measure of the sum of its households' net demand.
 * Non-household connections (public charging sites) are not allocated cost.
 */
public record AllocationDrivers(
        double[] importKwh,
        double[] capacityKw,
        double[] touImportKwh,
        double[] causedKw,
        int[] feeder,
        double[] feederCausedKw,
        boolean[] firstMover) {

    public int households() {
        return importKwh.length;
    }

    public static AllocationDrivers of(LvFlexModel m, HalfHourlyDemand d) {
        int n = m.households().size();
        int periods = d.periods();
        double[] kva = PeakAnalysis.periodMeans(m.recorder().series(m.columns().s), m.stepsDone(),
                m.clock().stepsPerPeriod());
        double[] transformer = java.util.Arrays.copyOf(kva, Math.min(kva.length, periods));
        int[] top = PeakAnalysis.topIndices(transformer, m.scenario().analysis().causedPeakHalfHours());
        double[] imp = new double[n];
        double[] cap = new double[n];
        double[] tou = new double[n];
        double[] caused = new double[n];
        int[] feeder = new int[n];
        boolean[] mover = new boolean[n];
        int feeders = m.grid().feederCount();
        for (Household h : m.households()) {
            int i = h.getId();
            imp[i] = m.metering().importKwh(i);
            tou[i] = d.touImportKwh(i);
            feeder[i] = h.getFeeder();
            feeders = Math.max(feeders, feeder[i] + 1);
            mover[i] = h.getHasEv();
            double max = 0;
            for (int k = 0; k < periods; k++) {
                max = Math.max(max, d.netKw(k, i));
            }
            cap[i] = max;
        }
        double[] feederCaused = new double[feeders];
        for (int k : top) {
            double[] perFeeder = new double[feeders];
            for (int i = 0; i < n; i++) {
                double kw = d.netKw(k, i);
                caused[i] += Math.max(0, kw) / top.length;
                perFeeder[feeder[i]] += kw;
            }
            for (int f = 0; f < feeders; f++) {
                feederCaused[f] += Math.max(0, perFeeder[f]) / top.length;
            }
        }
        return new AllocationDrivers(imp, cap, tou, caused, feeder, feederCaused, mover);
    }
}
