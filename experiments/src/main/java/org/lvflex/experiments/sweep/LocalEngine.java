package org.lvflex.experiments.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.lvflex.experiments.run.Parallel;

/** The default engine: a fixed pool of worker threads in this JVM ({@link Parallel}), one run per task. */
public final class LocalEngine implements SweepEngine {
    public static final String NAME = "local";
    private final SweepTask.Executor executor;

    public LocalEngine() {
        this(SweepTask::execute);
    }

    /** An engine running each input with {@code executor} (tests substitute one that fails). */
    public LocalEngine(SweepTask.Executor executor) {
        this.executor = executor;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(SweepJob job, List<RunInput> pending, EngineSettings settings, Consumer<RunResult> sink) {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (RunInput in : pending) {
            tasks.add(() -> {
                sink.accept(SweepTask.guarded(executor, job.baseJson(), in));
                return null;
            });
        }
        // a run's failure is recorded by guarded; only the sink can fail (e.g. disk full): that stops the sweep, keeping what is saved
        Parallel.run("lvflex-sweep", Math.max(1, settings.threads()), tasks);
    }
}
