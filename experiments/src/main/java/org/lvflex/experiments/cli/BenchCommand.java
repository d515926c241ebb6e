package org.lvflex.experiments.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.core.AtomicFiles;
import org.lvflex.experiments.metrics.HouseholdTotals;
import org.lvflex.experiments.run.Runner;
import org.lvflex.experiments.run.Tables;
import org.lvflex.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lvflex bench}: times a long run and its outputs side by side in one process, so the
 * figures share the machine's load: simulation, timeseries.csv, and the research tables
 * (sessions.csv, households.csv) whose cost must stay small against the run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times a run (default: a year of the IEEE feeder with 50%% EVs) and the writing of its outputs.",
            "Speed targets live here, not in unit tests: these machines are noisy, so compare figures of one run."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--scenario", paramLabel = "SCENARIO", defaultValue = "ieee-eu-lv-unmanaged", description = "Scenario (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--days", defaultValue = "365", description = "Days to simulate (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--repeat", defaultValue = "1", description = "Repetitions; the fastest is reported (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws Exception {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(scenario, ScenarioLoader.overrides("run.days", days));
        double bestRun = Double.POSITIVE_INFINITY;
        double bestSeries = Double.POSITIVE_INFINITY;
        double bestTables = Double.POSITIVE_INFINITY;
        LvFlexModel m = null;
        Path dir = Files.createTempDirectory("lvflex-bench");
        try {
            for (int i = 0; i < Math.max(1, repeat); i++) {
                long t0 = System.nanoTime();
                m = Runner.run(loaded.scenario(), null);
                long t1 = System.nanoTime();
                m.recorder().writeCsv(dir.resolve("timeseries.csv"), m.stepsDone());
                long t2 = System.nanoTime();
                LvFlexModel model = m;
                HouseholdTotals totals = HouseholdTotals.of(model);
                AtomicFiles.writeText(dir.resolve("sessions.csv"), w -> {
                    w.append(Tables.SESSIONS_HEADER).append('\n');
                    Tables.sessions(w, model, 0);
                });
                AtomicFiles.writeText(dir.resolve("households.csv"), w -> {
                    w.append(Tables.HOUSEHOLDS_HEADER).append('\n');
                    Tables.households(w, model, 0, totals);
                });
                long t3 = System.nanoTime();
                bestRun = Math.min(bestRun, (t1 - t0) / 1e9);
                bestSeries = Math.min(bestSeries, (t2 - t1) / 1e9);
                bestTables = Math.min(bestTables, (t3 - t2) / 1e9);
            }
        } finally {
            AtomicFiles.deleteRecursively(dir);
        }
        long steps = (long) m.physicalSteps();
        System.out.printf("%s, %d days (+%d warm-up) at %d-min steps: %d households, %d EVs, %d sessions%n", loaded.scenario().name(),
                days, loaded.scenario().run().warmupDays(), m.clock().stepMinutes(), m.households().size(), m.evs().size(), m.sessions().size());
        System.out.printf("  simulation      %8.2f s  (%.1f us per step, %d steps incl. warm-up)%n", bestRun, 1e6 * bestRun / steps, steps);
        System.out.printf("  timeseries.csv  %8.2f s%n", bestSeries);
        System.out.printf("  sessions.csv + households.csv %8.2f s  (%.1f%% of the simulation)%n", bestTables, 100 * bestTables / bestRun);
        return Main.OK;
    }
}
