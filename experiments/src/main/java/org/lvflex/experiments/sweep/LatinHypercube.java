package org.lvflex.experiments.sweep;

import java.util.SplittableRandom;
import org.lvflex.core.RandomStreams;

/**
 * Latin hypercube sample of the unit cube: each of the {@code n} equal slices of every dimension
 * holds exactly one of the {@code n} points, at a uniform position within its slice. Dimension k
 * draws from its own stream derived from the seed, so adding a parameter leaves the others' columns
 * unchanged.
 */
public final class LatinHypercube {
    private LatinHypercube() {}

    /** {@code u[i][k]} in [0, 1): point i, dimension k. */
    public static double[][] sample(int n, int dims, long seed) {
        double[][] u = new double[n][dims];
        for (int k = 0; k < dims; k++) {
            SplittableRandom r = new SplittableRandom(RandomStreams.derive(seed, "latin-hypercube", k));
            int[] slice = new int[n];
            for (int i = 0; i < n; i++) {
                slice[i] = i;
            }
            for (int i = n - 1; i > 0; i--) { // Fisher-Yates: which slice point i falls in
                int j = r.nextInt(i + 1);
                int t = slice[i];
                slice[i] = slice[j];
                slice[j] = t;
            }
            for (int i = 0; i < n; i++) {
                u[i][k] = (slice[i] + r.nextDouble()) / n;
            }
        }
        return u;
    }
}
