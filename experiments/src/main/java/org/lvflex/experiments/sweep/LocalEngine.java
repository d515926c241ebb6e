package org.lvflex.experiments.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** The default engine: a fixed pool of worker threads in this JVM, one run per task. */
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
    public void run(SweepJob job, List<RunInput> pending, EngineSettings settings, Consumer<RunResult> sink) throws Exception {
        int threads = Math.max(1, Math.min(settings.threads(), Math.max(1, pending.size())));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lvflex-sweep");
            t.setDaemon(true); // a Ctrl-C ends the JVM without waiting for runs in flight
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (RunInput in : pending) {
                futures.add(pool.submit(() -> sink.accept(SweepTask.guarded(executor, job.baseJson(), in))));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    // the sink failed (e.g. disk full): stop, keeping what is saved
                    pool.shutdownNow();
                    throw e.getCause() instanceof Exception x ? x : e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
