package org.lvflex.experiments.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lvflex.core.AtomicFiles;
import org.lvflex.core.InputException;
import org.lvflex.experiments.report.ChartFiles;
import org.lvflex.experiments.sweep.ResultStore;
import org.lvflex.experiments.sweep.SweepCharts;
import org.lvflex.experiments.sweep.SweepSummary;
import org.lvflex.scenario.schema.DidYouMean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lvflex summarize}: means, confidence intervals and plots of a sweep's results. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = {"Summarises a sweep folder's results.csv across replications into DIR/summary/: summary.csv (per point, model",
            "and metric: n, mean, sd and the Student-t confidence interval of the mean), effects.csv (the same per value of each",
            "parameter, over the other parameters) and plots/<metric>-vs-<parameter>.png (one line and band per model)."})
public final class SummarizeCommand implements Callable<Integer> {
    /** Headline metrics plotted unless --metric is given. */
    static final List<String> DEFAULT_METRICS = List.of("peak_demand_kw", "peak_utilisation_pct", "secondary_to_primary_ratio",
            "curtailed_kwh", "unmet_kwh", "undervoltage_minutes", "reinforcement_cost_gbp", "v2g_revenue_gbp_per_household_year");

    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep's output folder (with results.csv).")
    Path dir;

    @Option(names = "--metric", paramLabel = "NAME", description = "Metric to plot (repeatable). Default: " + "peak_demand_kw, "
            + "peak_utilisation_pct, secondary_to_primary_ratio, curtailed_kwh, unmet_kwh, undervoltage_minutes, reinforcement_cost_gbp, "
            + "v2g_revenue_gbp_per_household_year.")
    List<String> metrics;

    @Option(names = "--confidence", paramLabel = "P", defaultValue = "0.95", description = "Confidence level of the intervals (default 0.95).")
    double level;

    @Override
    public Integer call() {
        if (!(level > 0 && level < 1)) {
            throw new InputException("--confidence: got " + level + ", expected a number between 0 and 1, e.g. 0.95");
        }
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + ": no such folder (give the output folder of ./lvflex sweep)");
        }
        SweepSummary s = SweepSummary.read(dir.resolve(ResultStore.RESULTS_CSV));
        List<String> known = s.metrics();
        List<String> plot = new ArrayList<>();
        if (metrics != null) {
            for (String m : metrics) {
                if (!known.contains(m)) {
                    String guess = DidYouMean.closest(m, known);
                    throw new InputException("--metric: got \"" + m + "\", expected a metric of results.csv"
                            + (guess != null ? " (did you mean '" + guess + "'?)" : ": " + known));
                }
                plot.add(m);
            }
        } else {
            DEFAULT_METRICS.stream().filter(known::contains).forEach(plot::add);
        }
        Path target = dir.resolve("summary");
        List<String> notes = new ArrayList<>();
        List<SweepSummary.Effect> effects = s.effects(level); // once for effects.csv and every plot
        int charts = AtomicFiles.writeDirectory(target, staging -> {
            int n = 0;
            AtomicFiles.writeText(staging.resolve("summary.csv"), w -> s.writeByPoint(w, level));
            AtomicFiles.writeText(staging.resolve("effects.csv"), w -> SweepSummary.writeEffects(w, effects, level));
            for (String p : s.parameters()) {
                if (!s.numeric(p)) {
                    notes.add(p + " has values that are not numbers: see effects.csv instead of a plot");
                    continue;
                }
                boolean scatter = s.distinctValues(p) > SweepCharts.MAX_LINE_VALUES;
                for (String m : plot) {
                    ChartFiles.png(scatter ? SweepCharts.scatter(s, p, m) : SweepCharts.effect(effects, p, m, level),
                            staging.resolve("plots").resolve(m + "-vs-" + p + ".png"), 1000, 600);
                    n++;
                }
            }
            if (s.parameters().isEmpty()) {
                notes.add("the sweep varies no parameter: no plots (summary.csv compares the models)");
            }
            return n;
        });
        System.out.printf("%d result rows, %d models, %d parameters -> %s (summary.csv, effects.csv, %d plots)%n", s.rowCount(),
                s.models().size(), s.parameters().size(), target, charts);
        notes.forEach(n -> System.out.println("  note: " + n));
        return Main.OK;
    }
}
