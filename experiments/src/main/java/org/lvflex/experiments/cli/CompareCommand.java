package org.lvflex.experiments.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lvflex.core.AtomicFiles;
import org.lvflex.experiments.compare.CompareOutputs;
import org.lvflex.experiments.compare.Comparison;
import org.lvflex.experiments.compare.Headline;
import org.lvflex.scenario.ModelType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lvflex compare}: every smart-charging model on one scenario, side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {
            "Runs the smart-charging models on one scenario, side by side.",
            "Common random numbers: every model of a replication has the same network,",
            "households, cars and trips; replication r uses seed + r. Runs go in parallel.",
            "UNMANAGED always runs: it is the reference for ratios and bill savings.",
            "Without --models every model is tried; one this build cannot construct is",
            "reported and left out.",
            "Writes report.html, metrics.csv, summary.json, equity.csv, cost_allocation.csv,",
            "sessions.csv, households.csv and scenario.resolved.json to",
            "results/compare-<scenario>-<timestamp>/ (or --out) and prints a headline table."})
public final class CompareCommand implements Callable<Integer> {
    /** The built-in scenario compared when none is given. */
    public static final String DEFAULT_SCENARIO = "compare-default";

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario JSON file or built-in scenario name (default: ${DEFAULT-VALUE}).", defaultValue = DEFAULT_SCENARIO)
    String scenario;

    @Option(names = "--models", split = ",", paramLabel = "MODEL", converter = ModelTypeConverter.class,
            description = "Models to compare, e.g. UNMANAGED,STATIC_TOU,D1 (default: all).")
    List<ModelType> models;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "1",
            description = "Replications (seeds seed..seed+N-1); with N > 1 the report gives means and 95%% confidence intervals (default: ${DEFAULT-VALUE}).")
    int replications;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (replaced if it exists). Default: results/compare-<scenario>-<timestamp>.")
    Path out;

    @Option(names = "--quiet", description = "No progress lines.")
    boolean quiet;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        int n = threads.get();
        Comparison.Result r = Comparison.run(scenario, models, replications, n, quiet ? null : System.err::println);
        String name = r.scenario().name();
        Path target = OutputFolder.orDefault(out, "compare-" + name);
        AtomicFiles.writeDirectory(target, dir -> {
            CompareOutputs.write(r, dir, Version.get());
            return null;
        });
        double wall = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d models x %d replication%s, %d days, %d households -> %s%n", name, r.models().size(),
                r.replications(), r.replications() == 1 ? "" : "s", r.scenario().run().days(), r.runs()[0][0].run().households.size(), target);
        System.out.print(Headline.text(r));
        System.out.printf(Locale.ROOT, "wall time %.1f s on %d thread%s; report: %s%n", wall, n, n == 1 ? "" : "s", target.resolve("report.html"));
        return Main.OK;
    }
}
