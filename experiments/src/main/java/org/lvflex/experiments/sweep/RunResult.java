package org.lvflex.experiments.sweep;

import java.io.Serializable;
import java.util.List;
import org.lvflex.experiments.metrics.Metric;

/** The outcome of one run: its metrics, or the error it stopped with (then no metrics). */
public record RunResult(String runId, String error, List<Metric> metrics) implements Serializable {
    public RunResult {
        metrics = List.copyOf(metrics);
    }

    public static RunResult failed(String runId, String error) {
        return new RunResult(runId, error, List.of());
    }

    public boolean ok() {
        return error == null;
    }
}
