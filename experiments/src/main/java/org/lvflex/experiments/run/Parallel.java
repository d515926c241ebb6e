package org.lvflex.experiments.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Independent runs in parallel: a fixed pool of worker threads, results in the tasks' order whatever
 * order they finish in, so outputs never depend on the thread count.
 */
public final class Parallel {
    private Parallel() {}

    /**
     * Runs every task on {@code min(threads, tasks)} daemon threads named {@code name} (a Ctrl-C ends
     * the JVM without waiting for tasks in flight) and returns their results in task order. The first
     * failure in task order stops the tasks still running or waiting and is rethrown as it was thrown
     * (a checked exception wrapped in an {@link IllegalStateException}).
     */
    public static <T> List<T> run(String name, int threads, List<? extends Callable<T>> tasks) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: got " + threads + ", expected at least 1");
        }
        List<T> out = new ArrayList<>(tasks.size());
        if (tasks.isEmpty()) {
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            for (Future<T> f : futures) {
                out.add(get(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for runs", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(c);
        }
    }
}
