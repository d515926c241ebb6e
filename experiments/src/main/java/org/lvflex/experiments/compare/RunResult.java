package org.lvflex.experiments.compare;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.population.Household;
import org.lvflex.experiments.equity.HouseholdAttributes;
import org.lvflex.experiments.equity.RunAllocation;
import org.lvflex.experiments.metrics.BehaviourSummary;
import org.lvflex.experiments.metrics.HalfHourlyDemand;
import org.lvflex.experiments.metrics.HouseholdTotals;
import org.lvflex.experiments.metrics.Metric;
import org.lvflex.experiments.metrics.PeakAnalysis;
import org.lvflex.experiments.metrics.RunMetrics;
import org.lvflex.experiments.run.Tables;
import org.lvflex.scenario.ModelType;

/**
 * What a comparison keeps of one finished model run, so the model itself (and its per-minute state)
 * can be dropped: the run's metrics, household totals and attributes, cost allocation, behaviour
 * summary, the data the report's charts draw, and its rows of sessions.csv and households.csv.
 */
public final class RunResult {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.UK);

    public final ModelType model;
    public final int replication;
    public final long seed;
    public final int days;
    public final List<Metric> metrics;
    public final HouseholdTotals totals;
    public final List<HouseholdAttributes> households;
    public final RunAllocation allocation;
    public final BehaviourSummary behaviour;
    public final int evs;
    /** Mean day and the day of the run's peak, transformer kVA per step of the day. */
    public final double[] meanDayKva;
    public final double[] peakDayKva;
    public final String peakDay;
    public final int stepMinutes;
    public final double firmKva;
    /** Per V2G household: share of the run plugged in at home, and net V2G revenue per year (GBP). */
    public final double[] v2gPlugInShare;
    public final double[] v2gRevenuePerYear;
    public final String sessionsCsv;
    public final String householdsCsv;

    private RunResult(LvFlexModel m, HalfHourlyDemand demand, int replication) {
        this.model = m.modelType();
        this.replication = replication;
        this.seed = m.scenario().run().seed();
        this.days = m.scenario().run().days();
        this.totals = HouseholdTotals.of(m);
        this.metrics = RunMetrics.compute(m, totals);
        this.households = HouseholdAttributes.of(m);
        this.allocation = RunAllocation.of(m, demand);
        this.behaviour = BehaviourSummary.of(m);
        this.evs = m.evs().size();
        int n = m.stepsDone();
        int perDay = m.clock().stepsPerDay();
        double[] s = m.recorder().series(m.columns().s);
        this.meanDayKva = PeakAnalysis.meanDay(s, n, perDay);
        int pd = PeakAnalysis.peakDay(s, n, perDay);
        this.peakDayKva = PeakAnalysis.day(s, n, perDay, pd);
        this.peakDay = DAY.format(m.recorder().clock().start().plusDays(pd));
        this.stepMinutes = m.clock().stepMinutes();
        this.firmKva = m.recorder().get(m.columns().ratingKva, 0);
        List<double[]> v2g = new ArrayList<>();
        double hours = days * 24.0;
        for (Household h : m.households()) {
            if (h.getHasV2g()) {
                int i = h.getId();
                v2g.add(new double[] {totals.pluggedHours[i] / hours, totals.v2gRevenueGbp[i] * 365.0 / days});
            }
        }
        this.v2gPlugInShare = v2g.stream().mapToDouble(x -> x[0]).toArray();
        this.v2gRevenuePerYear = v2g.stream().mapToDouble(x -> x[1]).toArray();
        StringWriter sw = new StringWriter();
        StringWriter hw = new StringWriter();
        try {
            Tables.sessions(sw, m, replication);
            Tables.households(hw, m, replication, totals, allocation.allocatedGbp());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.sessionsCsv = sw.toString();
        this.householdsCsv = hw.toString();
    }

    /** Gathers the result of a finished run whose household demand was recorded by {@code demand}. */
    public static RunResult of(LvFlexModel m, HalfHourlyDemand demand, int replication) {
        return new RunResult(m, demand, replication);
    }

    /** A metric's value (NaN when the run has no such metric). */
    public double metric(String name) {
        return Metric.value(metrics, name);
    }

    public int v2gHouseholds() {
        return v2gPlugInShare.length;
    }
}
