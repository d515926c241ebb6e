package org.lvflex.experiments.compare;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean of a metric over replications with its 95% confidence interval from Student's t
 * distribution (n - 1 degrees of freedom): mean +/- t(0.975, n-1) * s / sqrt(n), s the sample
 * standard deviation. With one replication (or any NaN value) the interval is undefined (NaN).
 */
public record Estimate(int n, double mean, double low, double high) {

    public static Estimate of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new Estimate(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = 0;
        for (double v : values) {
            mean += v / n;
        }
        if (n == 1 || Double.isNaN(mean)) {
            return new Estimate(n, mean, Double.NaN, Double.NaN);
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return new Estimate(n, mean, mean - half, mean + half);
    }

    /** Half the interval's width (NaN when undefined). */
    public double halfWidth() {
        return (high - low) / 2;
    }
}
