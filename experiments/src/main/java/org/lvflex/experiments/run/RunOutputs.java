package org.lvflex.experiments.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.core.AtomicFiles;
import org.lvflex.experiments.equity.RunAllocation;
import org.lvflex.experiments.metrics.BehaviourSummary;
import org.lvflex.experiments.metrics.HalfHourlyDemand;
import org.lvflex.experiments.metrics.CurtailmentAnalysis;
import org.lvflex.experiments.metrics.HouseholdTotals;
import org.lvflex.experiments.metrics.Metric;
import org.lvflex.experiments.metrics.RunMetrics;
import org.lvflex.experiments.report.ChartFiles;
import org.lvflex.experiments.report.Charts;
import org.lvflex.scenario.ScenarioLoader;

/**
 * Writes the outputs of one run into a directory: timeseries.csv, summary.json,
 * scenario.resolved.json, sessions.csv, households.csv, transformer-demand.png and, when the scenario
 * has public sites, public-sites.csv (their curtailment analysis). Callers write
 * into a staging directory and publish it whole (see {@link org.lvflex.core.AtomicFiles}).
 */
public final class RunOutputs {
    private RunOutputs() {}

    /** What was written, for the command's closing line. */
    public record Written(List<Metric> metrics, BehaviourSummary behaviour) {}

    /**
     * Writes the outputs; with the half-hourly household demand recorded during the run
     * ({@link HalfHourlyDemand#attach}), households.csv carries each household's share of the network cost.
     */
    public static Written write(LvFlexModel m, ScenarioLoader.Loaded loaded, Path dir, String version, HalfHourlyDemand demand) {
        m.recorder().writeCsv(dir.resolve("timeseries.csv"), m.stepsDone());
        HouseholdTotals totals = HouseholdTotals.of(m);
        List<Metric> metrics = RunMetrics.compute(m, totals);
        BehaviourSummary behaviour = BehaviourSummary.of(m);
        ObjectNode summary = RunSummary.build(m, metrics, behaviour, version);
        AtomicFiles.writeString(dir.resolve("summary.json"), Json.pretty(summary));
        Json.writeResolved(dir.resolve("scenario.resolved.json"), loaded.resolved(), version);
        if (m.scenario().output().sessions()) {
            AtomicFiles.writeText(dir.resolve("sessions.csv"), w -> {
                w.append(Tables.SESSIONS_HEADER).append('\n');
                Tables.sessions(w, m, 0);
            });
        }
        if (m.scenario().output().households()) {
            AtomicFiles.writeText(dir.resolve("households.csv"), w -> {
                w.append(Tables.HOUSEHOLDS_HEADER).append('\n');
                Tables.households(w, m, 0, totals, demand == null ? null : RunAllocation.of(m, demand).allocatedGbp());
            });
        }
        if (m.cpo() != null) {
            List<CurtailmentAnalysis.Row> sites = CurtailmentAnalysis.of(m, "run");
            AtomicFiles.writeText(dir.resolve("public-sites.csv"), w -> CurtailmentAnalysis.write(w, sites));
        }
        if (m.scenario().output().charts()) {
            ChartFiles.png(Charts.transformerDemand(m), dir.resolve("transformer-demand.png"), 1400, 600);
        }
        return new Written(metrics, behaviour);
    }
}
