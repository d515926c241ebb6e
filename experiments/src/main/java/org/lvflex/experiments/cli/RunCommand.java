package org.lvflex.experiments.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.core.AtomicFiles;
import org.lvflex.experiments.metrics.HalfHourlyDemand;
import org.lvflex.experiments.metrics.Metric;
import org.lvflex.experiments.run.Progress;
import org.lvflex.experiments.run.RunOutputs;
import org.lvflex.experiments.run.Runner;
import org.lvflex.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lvflex run}: one scenario, one model, its outputs in a results folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs one scenario under its model and writes, to results/<scenario>-<timestamp>/ (or --out):",
            "timeseries.csv, summary.json, scenario.resolved.json, sessions.csv, households.csv, transformer-demand.png."})
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario JSON file, or the name of a built-in scenario (e.g. ieee-eu-lv-unmanaged).")
    String scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (replaced if it exists). Default: results/<scenario>-<timestamp>.")
    Path out;

    @Mixin
    RunOverrides run;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    @Override
    public Integer call() {
        ScenarioLoader.Loaded loaded = run.load(scenario);
        String name = loaded.scenario().name();
        Path target = OutputFolder.orDefault(out, name);
        long t0 = System.nanoTime();
        LvFlexModel m = Runner.build(loaded.scenario());
        HalfHourlyDemand demand = HalfHourlyDemand.attach(m);
        Progress progress = quiet ? null : new Progress(System.err, m.clock(), name);
        m.runToEnd(progress);
        if (progress != null) {
            progress.done();
        }
        double runSeconds = (System.nanoTime() - t0) / 1e9;
        RunOutputs.Written w = AtomicFiles.writeDirectory(target, dir -> RunOutputs.write(m, loaded, dir, Version.get(), demand));
        double total = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s [%s]: %d households, %d EVs, %d days -> %s%n", name, m.modelType().label(), m.households().size(),
                m.evs().size(), m.scenario().run().days(), target);
        System.out.printf("  peak %.1f kW (%.0f%% of firm capacity), curtailed %.1f kWh, unmet %.1f kWh; simulated in %.2f s, %.2f s with outputs%n",
                Metric.value(w.metrics(), "peak_demand_kw"), Metric.value(w.metrics(), "peak_utilisation_pct"),
                Metric.value(w.metrics(), "curtailed_kwh"), Metric.value(w.metrics(), "unmet_kwh"),
                runSeconds, total);
        return Main.OK;
    }
}
