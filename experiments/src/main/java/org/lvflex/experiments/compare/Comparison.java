package org.lvflex.experiments.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.core.InputException;
import org.lvflex.experiments.metrics.HalfHourlyDemand;
import org.lvflex.experiments.run.Parallel;
import org.lvflex.experiments.run.Runner;
import org.lvflex.scenario.ModelType;
import org.lvflex.scenario.Scenario;
import org.lvflex.scenario.ScenarioLoader;

/**
 * Runs several smart-charging models on one scenario with common random numbers: replication r
 * runs every model with seed = the scenario's seed + r, so each model sees the same network,
 * households, cars and trips. Runs go in parallel ({@link Parallel}); each builds its own model
 * (no shared mutable state) and the results are kept in (replication, model) order, so every output
 * is identical whatever the thread count. UNMANAGED is always run: it is the reference of the
 * ratios and bill savings.
 */
public final class Comparison {
    private Comparison() {}

    /** Everything a comparison produced. {@code runs[replication][model index]}. */
    public record Result(ScenarioLoader.Loaded base, List<ModelType> models, long[] seeds, RunAnalysis[][] runs) {
        public int replications() {
            return seeds.length;
        }

        public Scenario scenario() {
            return base.scenario();
        }

        /** The analysed runs of one model, one per replication. */
        public List<RunAnalysis> of(ModelType m) {
            int k = models.indexOf(m);
            List<RunAnalysis> out = new ArrayList<>();
            for (RunAnalysis[] rep : runs) {
                out.add(rep[k]);
            }
            return out;
        }
    }

    /**
     * The models to run: the requested ones (or every model when none is requested) with UNMANAGED
     * added, in {@link ModelType} order, without duplicates.
     */
    public static List<ModelType> modelList(List<ModelType> requested) {
        Set<ModelType> set = new LinkedHashSet<>();
        set.add(ModelType.UNMANAGED);
        set.addAll(requested == null || requested.isEmpty() ? Arrays.asList(ModelType.values()) : requested);
        List<ModelType> out = new ArrayList<>(set);
        out.sort(Comparator.comparingInt(Enum::ordinal));
        return out;
    }

    /** Runs the comparison: the requested models (every model when none is requested) and UNMANAGED. */
    public static Result run(String scenario, List<ModelType> requested, int replications, int threads, Consumer<String> progress) {
        if (replications < 1 || replications > 1000) {
            throw new InputException("compare: --replications " + replications + " is not allowed; it must lie in 1..1000");
        }
        ScenarioLoader.Loaded base = ScenarioLoader.load(scenario, java.util.Map.of());
        long seed0 = base.scenario().run().seed();
        long[] seeds = new long[replications];
        Scenario[] scenarios = new Scenario[replications];
        for (int r = 0; r < replications; r++) {
            seeds[r] = seed0 + r;
            scenarios[r] = r == 0 ? base.scenario() : ScenarioLoader.load(scenario, ScenarioLoader.overrides("run.seed", seeds[r])).scenario();
        }
        List<ModelType> models = modelList(requested);
        int total = replications * models.size();
        AtomicInteger done = new AtomicInteger();
        List<Callable<RunResult>> tasks = new ArrayList<>(total);
        for (int r = 0; r < replications; r++) {
            for (ModelType m : models) {
                Scenario s = scenarios[r].withModel(m);
                int rep = r;
                tasks.add(() -> {
                    long t0 = System.nanoTime();
                    LvFlexModel model = Runner.build(s);
                    HalfHourlyDemand demand = HalfHourlyDemand.attach(model);
                    model.runToEnd(null);
                    RunResult res = RunResult.of(model, demand, rep);
                    report(progress, done, total, String.format(java.util.Locale.ROOT, "%s replication %d (seed %d): %.1f s",
                            m, rep, s.run().seed(), (System.nanoTime() - t0) / 1e9));
                    return res;
                });
            }
        }
        List<RunResult> finished = Parallel.run("lvflex-compare", threads, tasks);
        RunResult[][] results = new RunResult[replications][models.size()];
        int k = 0;
        for (int r = 0; r < replications; r++) {
            for (int j = 0; j < models.size(); j++) {
                results[r][j] = finished.get(k++);
            }
        }
        return analyse(base, models, seeds, results);
    }

    private static void report(Consumer<String> progress, AtomicInteger done, int total, String what) {
        int k = done.incrementAndGet();
        if (progress != null) {
            progress.accept("[" + k + "/" + total + "] " + what);
        }
    }

    /** Measures every run against its replication's UNMANAGED run. */
    static Result analyse(ScenarioLoader.Loaded base, List<ModelType> models, long[] seeds, RunResult[][] results) {
        int ref = models.indexOf(ModelType.UNMANAGED);
        RunAnalysis[][] runs = new RunAnalysis[results.length][models.size()];
        for (int r = 0; r < results.length; r++) {
            for (int j = 0; j < models.size(); j++) {
                runs[r][j] = RunAnalysis.of(results[r][j], results[r][ref], base.scenario());
            }
        }
        return new Result(base, models, seeds, runs);
    }
}
