package org.lvflex.experiments.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lvflex.core.InputException;
import org.lvflex.experiments.sweep.EngineSettings;
import org.lvflex.experiments.sweep.Engines;
import org.lvflex.experiments.sweep.ResultStore;
import org.lvflex.experiments.sweep.Sweep;
import org.lvflex.experiments.sweep.SweepEngine;
import org.lvflex.experiments.sweep.SweepLoader;
import org.lvflex.experiments.sweep.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lvflex sweep}: runs a sweep file's parameter points x replications x models, resumably. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Runs every point x replication x model of a sweep file and writes runs/<id>.json per run, runs.csv and",
            "results.csv (one row per run and metric) to results/sweep-<name>/ (or --out). Run the same command again after",
            "an interruption: finished runs are kept and skipped. Sweep file format: docs/sweeps.md."})
public final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep JSON file (see scenarios/sweeps/).")
    String file;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder; an existing one is resumed. Default: results/sweep-<name>.")
    Path out;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "local",
            description = "local (a thread pool in this JVM, default) or spark (Apache Spark; see docs/sweeps.md).")
    String engine;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark engine: master URL, e.g. local[2] or spark://host:7077. Default: the one spark-submit sets.")
    String master;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1", description = "Spark engine: runs per Spark task (default 1).")
    int batch;

    @Option(names = "--retry-failed", description = "Rerun the runs recorded as failed (by default a failed run counts as done).")
    boolean retryFailed;

    @Option(names = "--dry-run", description = "Check the sweep file and print its size, without running anything.")
    boolean dryRun;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        int n = threads.get();
        if (batch < 1) {
            throw new InputException("--batch: got " + batch + ", expected a whole number >= 1");
        }
        if (master != null && engine.equalsIgnoreCase("local")) {
            throw new InputException("--master: got \"" + master + "\", but it is only used with --engine spark");
        }
        Sweep sweep = SweepLoader.load(file, Version.get());
        System.out.printf("sweep %s: %d points x %d replications x %d models = %d runs%n", sweep.spec().name(), sweep.points().size(),
                sweep.spec().replications(), sweep.models().size(), sweep.runs().size());
        if (dryRun) {
            return Main.OK;
        }
        SweepEngine e = Engines.byName(engine);
        Path target = out != null ? out : Path.of("results", "sweep-" + sweep.spec().name());
        SweepRunner.Outcome o = SweepRunner.run(sweep, new ResultStore(target), e, new EngineSettings(n, master, batch), retryFailed,
                Version.get(), quiet ? null : System.err);
        for (String u : o.unreadable()) {
            System.err.println("warning: unreadable run file, its run was redone: " + u);
        }
        System.out.printf("  %d runs now on %s%s (%.1f runs/min), %d already done; %d failed in all -> %s%n", o.ran(), e.name(),
                e.name().equals("local") ? " with " + n + " thread" + (n == 1 ? "" : "s") : "", o.runsPerMinute(), o.skipped(),
                o.failedTotal(), target);
        if (o.failedTotal() > 0) {
            System.out.printf("  failed runs and their errors: %s (status error); --retry-failed reruns them%n",
                    target.resolve(ResultStore.RUNS_CSV));
        }
        return Main.OK;
    }
}
