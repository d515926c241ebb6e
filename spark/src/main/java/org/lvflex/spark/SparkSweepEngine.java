package org.lvflex.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.lvflex.core.InputException;
import org.lvflex.experiments.sweep.EngineSettings;
import org.lvflex.experiments.sweep.RunInput;
import org.lvflex.experiments.sweep.RunResult;
import org.lvflex.experiments.sweep.SweepEngine;
import org.lvflex.experiments.sweep.SweepJob;

/**
 * Runs a sweep on Apache Spark: one Spark job per batch of runs (one task, {@code --batch} runs,
 * default 1), several jobs in flight so every executor core stays busy. Results come back to the
 * driver, which saves each batch the moment its job ends, so only the driver needs the output
 * folder and a killed sweep loses only the batches in flight. The base scenario is broadcast once.
 */
public final class SparkSweepEngine implements SweepEngine {
    public static final String NAME = "spark";
    /** Jobs in flight per executor core: enough that a core never waits for the driver. */
    static final int JOBS_PER_CORE = 2;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(SweepJob job, List<RunInput> pending, EngineSettings settings, Consumer<RunResult> sink) throws Exception {
        SparkConf conf = new SparkConf().setAppName("lvflex sweep " + job.name());
        if (settings.master() != null) {
            conf.setMaster(settings.master());
        }
        if (!conf.contains("spark.master")) {
            throw new InputException("--master: not given, and no master set by spark-submit; give e.g. --master local[2] "
                    + "(this machine, 2 cores) or spark://host:7077, or submit with spark-submit --master (docs/sweeps.md)");
        }
        String master = conf.get("spark.master");
        if (master.startsWith("local")) {
            // a local run needs no web UI and talks only to itself
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            Broadcast<SweepJob> shared = sc.broadcast(job);
            List<List<RunInput>> batches = batches(pending, settings.batchSize());
            int inFlight = Math.max(1, Math.min(batches.size(), JOBS_PER_CORE * Math.max(1, sc.defaultParallelism())));
            // SparkContext accepts jobs from several threads at once; each thread waits for its own
            ExecutorService submitters = Executors.newFixedThreadPool(inFlight, r -> {
                Thread t = new Thread(r, "lvflex-spark-submit");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int b = 0; b < batches.size(); b++) {
                    List<RunInput> batch = batches.get(b);
                    String group = "lvflex-batch-" + b;
                    futures.add(submitters.submit(() -> {
                        sc.setJobGroup(group, job.name() + ": " + batch.size() + " run(s) from " + batch.get(0).runId(), true);
                        List<RunResult> results = sc.parallelize(batch, 1).map(new RunOnExecutor(shared)).collect();
                        results.forEach(sink);
                    }));
                }
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        sc.cancelAllJobs();
                        throw e.getCause() instanceof Exception x ? x : e;
                    }
                }
            } finally {
                submitters.shutdownNow();
            }
        }
    }

    static List<List<RunInput>> batches(List<RunInput> pending, int size) {
        List<List<RunInput>> out = new ArrayList<>();
        for (int i = 0; i < pending.size(); i += size) {
            out.add(new ArrayList<>(pending.subList(i, Math.min(pending.size(), i + size))));
        }
        return out;
    }
}
