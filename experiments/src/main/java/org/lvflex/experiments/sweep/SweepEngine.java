package org.lvflex.experiments.sweep;

import java.util.List;
import java.util.function.Consumer;

/**
 * Executes a sweep's pending runs. The local thread pool is built in; other engines (Apache Spark,
 * in the lvflex-spark module) are found with {@link java.util.ServiceLoader}, so the core jar does
 * not carry them. Every engine runs each input through {@link SweepTask#guarded}, so the same input
 * gives the same result on every engine.
 */
public interface SweepEngine {
    /** The name given to {@code --engine}. */
    String name();

    /**
     * Runs every input and hands each result to {@code sink} as soon as it is known (the sink is
     * thread-safe and persists it). Returns when all are done; throws if the engine itself fails
     * (a run that throws is a result, not an engine failure).
     */
    void run(SweepJob job, List<RunInput> pending, EngineSettings settings, Consumer<RunResult> sink) throws Exception;
}
