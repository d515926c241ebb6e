package org.lvflex.experiments.metrics;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, standard deviation and the Student-t confidence interval of the mean of a sample of runs.
 * With fewer than two values the spread is unknown: sd and the interval are NaN. Also the exact
 * nearest-rank quantile of a sample ({@link #nearestRank}).
 */
public record Stats(int n, double mean, double sd, double ciLow, double ciHigh) {

    public static Stats of(double[] x, int n, double level) {
        if (n == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += x[i];
        }
        mean /= n;
        if (n < 2) {
            return new Stats(n, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += (x[i] - mean) * (x[i] - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + level / 2) * sd / Math.sqrt(n);
        return new Stats(n, mean, sd, mean - half, mean + half);
    }

    /**
     * The exact nearest-rank quantile {@code q} (0 to 1) of a sorted array: its ceil(q n)-th smallest
     * value; NaN when empty.
     */
    public static double nearestRank(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
