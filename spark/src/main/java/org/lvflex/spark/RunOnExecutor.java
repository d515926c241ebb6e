package org.lvflex.spark;

import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.lvflex.experiments.sweep.RunInput;
import org.lvflex.experiments.sweep.RunResult;
import org.lvflex.experiments.sweep.SweepJob;
import org.lvflex.experiments.sweep.SweepTask;

/** The Spark task body: one run on an executor, exactly as the local engine runs it. */
final class RunOnExecutor implements Function<RunInput, RunResult> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<SweepJob> job;

    RunOnExecutor(Broadcast<SweepJob> job) {
        this.job = job;
    }

    @Override
    public RunResult call(RunInput input) {
        return SweepTask.guarded(SweepTask::execute, job.value().baseJson(), input);
    }
}
