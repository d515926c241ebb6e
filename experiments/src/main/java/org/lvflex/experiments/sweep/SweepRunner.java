package org.lvflex.experiments.sweep;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a sweep into its output folder: skips the runs already there (nothing redone), runs the rest
 * on an engine, saves each the moment it finishes (nothing lost), then assembles the tables.
 */
public final class SweepRunner {
    private SweepRunner() {}

    /** What one invocation did. */
    public record Outcome(int skipped, int ran, int failedNow, int failedTotal, double seconds, List<String> unreadable) {
        /** Runs per minute in this invocation. */
        public double runsPerMinute() {
            return seconds > 0 ? 60 * ran / seconds : Double.NaN;
        }
    }

    /**
     * @param retryFailed also rerun the runs recorded as failed
     * @param progressOut where the progress line goes (null: none)
     */
    public static Outcome run(Sweep sweep, ResultStore store, SweepEngine engine, EngineSettings settings, boolean retryFailed,
            String version, PrintStream progressOut) throws Exception {
        ResultStore.Existing existing = store.load();
        Map<String, RunResult> results = new ConcurrentHashMap<>();
        Map<String, PlannedRun> byId = new HashMap<>();
        List<RunInput> pending = new ArrayList<>();
        for (PlannedRun run : sweep.runs()) {
            byId.put(run.runId(), run);
            RunResult r = existing.results().get(run.runId());
            if (r != null && (r.ok() || !retryFailed)) {
                results.put(run.runId(), r);
            } else {
                pending.add(run.input());
            }
        }
        int skipped = sweep.runs().size() - pending.size();
        store.writeInputs(sweep, version);
        SweepProgress progress = new SweepProgress(progressOut, "sweep " + sweep.spec().name(), sweep.runs().size(), skipped);
        try {
            if (!pending.isEmpty()) {
                engine.run(sweep.job(), pending, settings, r -> {
                    PlannedRun run = byId.get(r.runId());
                    if (run == null) {
                        throw new IllegalStateException("engine " + engine.name() + " returned unknown run " + r.runId());
                    }
                    store.save(run, r);
                    results.put(r.runId(), r);
                    progress.finished(r.ok());
                });
            }
        } finally {
            progress.close();
            store.writeTables(sweep, results); // also after a failure, so the tables show what is saved
        }
        int failedTotal = (int) results.values().stream().filter(r -> !r.ok()).count();
        return new Outcome(skipped, progress.done(), progress.failed(), failedTotal, progress.elapsedSeconds(), existing.unreadable());
    }
}
