package org.lvflex.experiments.equity;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Concentration index of an outcome over deprivation rank (DOMAIN.md section 7): households ranked
 * from the most deprived (IMD decile 1) to the least, fractional rank R in (0, 1) with ties sharing
 * their mean rank; generalised index GC = 2 cov(x, R) (in the outcome's unit), index C = GC / mean(x).
 * GC > 0: the outcome rises with affluence; for a positive mean that is C > 0, the outcome
 * concentrated among the less deprived (pro-rich). C divides by the mean, so for a negative mean
 * (net losses) its sign is reversed, and when |mean| is below {@code minMeanShare} of mean |x| it is
 * reported as undefined (NaN) and only GC is meaningful.
 */
public record ConcentrationIndex(double index, double generalised, double mean) {

    public static ConcentrationIndex of(double[] x, int[] imdDecile, double minMeanShare) {
        int n = x.length;
        if (n < 2) {
            return new ConcentrationIndex(Double.NaN, Double.NaN, n == 1 ? x[0] : Double.NaN);
        }
        double[] rank = fractionalRanks(imdDecile);
        double mean = 0;
        double meanAbs = 0;
        for (double v : x) {
            mean += v / n;
            meanAbs += Math.abs(v) / n;
        }
        double cov = 0;
        for (int i = 0; i < n; i++) {
            cov += (x[i] - mean) * (rank[i] - 0.5) / n;
        }
        double gc = 2 * cov;
        boolean defined = meanAbs > 0 && Math.abs(mean) >= minMeanShare * meanAbs;
        return new ConcentrationIndex(defined ? gc / mean : Double.NaN, gc, mean);
    }

    /** (position - 0.5) / n in order of increasing decile, tied households sharing their mean position. */
    static double[] fractionalRanks(int[] key) {
        int n = key.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> key[i]));
        double[] r = new double[n];
        int a = 0;
        while (a < n) {
            int b = a;
            while (b + 1 < n && key[order[b + 1]] == key[order[a]]) {
                b++;
            }
            double meanPosition = (a + b) / 2.0 + 1; // 1-based
            for (int k = a; k <= b; k++) {
                r[order[k]] = (meanPosition - 0.5) / n;
            }
            a = b + 1;
        }
        return r;
    }
}
