package org.lvflex.experiments.metrics;

import java.io.Serializable;
import java.util.List;

/**
 * One named result of a run, with its unit (empty when dimensionless). Serializable: sweep engines
 * send a run's metrics back from their workers.
 */
public record Metric(String name, double value, String unit) implements Serializable {

    /** The value of the first metric named {@code name} in {@code metrics} (NaN when there is none). */
    public static double value(List<Metric> metrics, String name) {
        for (Metric m : metrics) {
            if (m.name().equals(name)) {
                return m.value();
            }
        }
        return Double.NaN;
    }
}
