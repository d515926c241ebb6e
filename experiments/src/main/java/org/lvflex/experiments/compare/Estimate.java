package org.lvflex.experiments.compare;

import org.lvflex.experiments.metrics.Stats;

/**
 * Mean of a metric over replications with its 95% confidence interval from Student's t
 * distribution ({@link Stats}): mean +/- t(0.975, n-1) * s / sqrt(n). With one replication (or any
 * NaN value) the interval is undefined (NaN).
 */
public record Estimate(int n, double mean, double low, double high) {

    public static Estimate of(double[] values) {
        Stats s = Stats.of(values, values.length, 0.95);
        return new Estimate(s.n(), s.mean(), s.ciLow(), s.ciHigh());
    }

    /** Half the interval's width (NaN when undefined). */
    public double halfWidth() {
        return (high - low) / 2;
    }
}
