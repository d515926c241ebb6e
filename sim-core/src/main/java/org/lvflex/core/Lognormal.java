package org.lvflex.core;

/** Lognormal draws for multiplicative spread (household demand, car use, price noise). */
public final class Lognormal {
    private Lognormal() {}

    /** A lognormal factor with mean 1 and log-standard deviation {@code sigma}, from a standard normal draw. */
    public static double meanOne(double sigma, double standardNormal) {
        return Math.exp(sigma * standardNormal - sigma * sigma / 2);
    }
}
