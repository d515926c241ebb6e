package org.lvflex.experiments.sweep;

import org.lvflex.scenario.ModelType;

/** One run of a sweep at its coordinates: point, replication and model, with its derived seed. */
public record PlannedRun(int order, Point point, int replication, ModelType model, long seed, RunInput input) {
    public String runId() {
        return input.runId();
    }
}
