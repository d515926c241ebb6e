package org.lvflex.experiments.gui;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.lvflex.agents.Columns;
import org.lvflex.agents.Ledger;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.population.Household;
import org.lvflex.core.SimClock;
import org.lvflex.core.TimeSeriesRecorder;
import org.lvflex.experiments.metrics.HouseholdTotals;

/**
 * What the live charts plot for one model, one sample per reported step: transformer demand per
 * phase and in total against firm capacity, the lowest voltage, and the running totals of curtailed
 * energy and V2G revenue. Computed as the run's outputs compute them (the same recorder rows, the
 * same ledger, V2G revenue and degradation as {@link HouseholdTotals} defines them), so the GUI shows
 * the command line's numbers. Sampled on the model thread after each schedule step; the charts drain
 * the samples on the Swing thread.
 */
public final class LiveTotals {
    /** One reported step. Times are the step's start as UTC epoch milliseconds (the model clock has no zone). */
    public record Sample(int step, long millis, double phaseAKva, double phaseBKva, double phaseCKva, double totalKva,
                         double firmKva, double minVoltageV, double curtailedKwh, double v2gRevenueGbp) {
        public double phaseKva(int k) {
            return k == 0 ? phaseAKva : k == 1 ? phaseBKva : phaseCKva;
        }
    }

    private final LvFlexModel m;
    private final double degradationPerExportKwh;
    private int sampled;
    private double curtailedKwSum;
    private double v2gExportKwSum;
    private final List<Sample> pending = new ArrayList<>();

    public LiveTotals(LvFlexModel m) {
        this.m = m;
        this.degradationPerExportKwh = HouseholdTotals.degradationGbpPerExportKwh(m.scenario().v2g());
    }

    /**
     * Takes a sample if a reported step has completed since the last call. Call after every schedule
     * step: the grid then still holds that step's solve.
     */
    public void sample() {
        int n = m.stepsDone();
        if (n <= sampled) {
            return;
        }
        if (n != sampled + 1) {
            throw new IllegalStateException("live charts missed steps " + sampled + ".." + (n - 2) + ": sample after every schedule step");
        }
        int row = n - 1;
        TimeSeriesRecorder r = m.recorder();
        Columns c = m.columns();
        SimClock clock = r.clock();
        double dt = clock.stepHours();
        curtailedKwSum += r.get(c.curtailed, row);
        v2gExportKwSum += r.get(c.v2g, row);
        double revenue = 0;
        Ledger l = m.ledger();
        for (Household h : m.households()) {
            if (h.getHasV2g()) {
                revenue += HouseholdTotals.v2gGrossGbp(l, h.getId());
            }
        }
        revenue -= v2gExportKwSum * dt * degradationPerExportKwh;
        long millis = clock.dateTime(clock.timeOf(row)).toInstant(ZoneOffset.UTC).toEpochMilli();
        Sample s = new Sample(row, millis, m.grid().transformerSKva(0), m.grid().transformerSKva(1), m.grid().transformerSKva(2),
                r.get(c.s, row), m.grid().transformerRatingKva(), r.get(c.vMin, row), curtailedKwSum * dt, revenue);
        synchronized (pending) {
            pending.add(s);
        }
        sampled = n;
    }

    /** Samples taken since the last drain, oldest first. */
    public List<Sample> drain() {
        synchronized (pending) {
            List<Sample> out = new ArrayList<>(pending);
            pending.clear();
            return out;
        }
    }
}
