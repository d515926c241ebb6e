package org.lvflex.experiments.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.population.Household;
import org.lvflex.experiments.metrics.HouseholdTotals;
import org.lvflex.experiments.metrics.Metric;
import org.lvflex.experiments.metrics.RunMetrics;
import org.lvflex.experiments.run.Runner;
import org.lvflex.scenario.ModelType;
import org.lvflex.scenario.Scenario;
import org.lvflex.scenario.ScenarioLoader;

/**
 * The GUI runs the command line's model: played through the GUI (fast-forward, then step by step,
 * with a second model side by side), a scenario gives the same time series and the same metrics as
 * {@code lvflex run}, and the live charts' numbers are the outputs' numbers.
 */
class GuiMatchesCommandLineTest {

    static String timeseries(LvFlexModel m) {
        StringWriter w = new StringWriter();
        try {
            m.recorder().writeCsv(w, m.stepsDone());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    static double metric(List<Metric> ms, String name) {
        return ms.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow().value();
    }

    @Test
    void playingTheGuiGivesTheCommandLinesNumbers() {
        ClassroomGui gui = GuiFixture.gui("ieee-eu-lv-static-tou", 6);
        gui.controls().compare(ModelType.UNMANAGED);
        gui.start();
        List<LiveTotals.Sample> left = new ArrayList<>(gui.totalsLeft().drain());
        List<LiveTotals.Sample> right = new ArrayList<>(gui.totalsRight().drain());
        while (gui.step()) {
            left.addAll(gui.totalsLeft().drain());
            right.addAll(gui.totalsRight().drain());
        }
        gui.finish();

        Scenario s = ScenarioLoader.load("ieee-eu-lv-static-tou", ScenarioLoader.overrides("run.days", 1, "run.warmupDays", 1)).scenario();
        assertEquals(s, gui.model().scenario(), "the GUI runs the scenario as loaded");
        check(Runner.run(s, null), gui.model(), left);
        check(Runner.run(s.withModel(ModelType.UNMANAGED), null), gui.secondModel(), right);
    }

    static void check(LvFlexModel cli, LvFlexModel shown, List<LiveTotals.Sample> samples) {
        assertEquals(cli.modelType(), shown.modelType());
        assertEquals(cli.stepsDone(), shown.stepsDone());
        assertEquals(timeseries(cli), timeseries(shown), shown.modelType() + ": timeseries.csv");
        List<Metric> expected = RunMetrics.compute(cli, HouseholdTotals.of(cli));
        List<Metric> got = RunMetrics.compute(shown, HouseholdTotals.of(shown));
        assertEquals(expected, got, shown.modelType() + ": summary metrics");

        // the live charts plot the outputs' numbers, one sample per reported step
        assertEquals(cli.stepsDone(), samples.size());
        double[] s = cli.recorder().series(cli.columns().s);
        double[] vmin = cli.recorder().series(cli.columns().vMin);
        double[] maxPhasePct = cli.recorder().series(cli.columns().maxPhaseLoadingPct);
        for (int i = 0; i < samples.size(); i++) {
            LiveTotals.Sample x = samples.get(i);
            assertEquals(i, x.step());
            assertEquals(s[i], x.totalKva(), 0.0, "total kVA at step " + i);
            assertEquals(vmin[i], x.minVoltageV(), 0.0, "lowest voltage at step " + i);
            double phaseMax = Math.max(x.phaseAKva(), Math.max(x.phaseBKva(), x.phaseCKva()));
            assertEquals(maxPhasePct[i], 100 * phaseMax / (x.firmKva() / 3), 1e-9, "most loaded phase at step " + i);
        }
        LiveTotals.Sample last = samples.get(samples.size() - 1);
        assertEquals(metric(expected, "curtailed_kwh"), last.curtailedKwh(), 1e-9);
        HouseholdTotals t = HouseholdTotals.of(cli);
        double v2g = 0;
        for (double r : t.v2gRevenueGbp) {
            v2g += r;
        }
        assertEquals(v2g, last.v2gRevenueGbp(), 1e-9);
        assertTrue(samples.get(0).millis() < last.millis());

        // what the inspector says of each household is what households.csv says
        HouseholdTotals mine = HouseholdTotals.of(shown);
        for (Household h : shown.households()) {
            HouseholdView v = new HouseholdView(shown, h);
            int i = h.getId();
            assertEquals(t.pluggedHours[i], v.getPluggedInHours(), 1e-9, "plugged-in hours of household " + i);
            assertEquals(t.curtailedKwh[i], v.getCurtailedKwh(), 1e-12);
            assertEquals(t.billEnergyGbp[i] + t.billStandingGbp[i] + t.billNetworkGbp[i], v.getBillGbp(), 1e-9, "bill of household " + i);
            assertEquals(mine.v2gRevenueGbp[i] + mine.degradationGbp[i] * (h.getHasV2g() ? 1 : 0),
                    h.getHasV2g() ? v.getV2gEarningsGbp() : mine.v2gRevenueGbp[i], 1e-9);
        }
    }
}
