package org.lvflex.core;

/**
 * The allowed range of a {@link Param}: the test the validators apply and the words the scenario
 * checker, the generated reference and error messages write, in one place.
 */
public final class ParamRange {
    private ParamRange() {}

    /** Whether {@code x} lies in the parameter's inclusive range (NaN never does). */
    public static boolean contains(Param p, double x) {
        return x >= p.min() && x <= p.max();
    }

    /** Whether the parameter has both a lower and an upper bound. */
    public static boolean bothBounds(Param p) {
        return p.min() != Double.NEGATIVE_INFINITY && p.max() != Double.POSITIVE_INFINITY;
    }

    /** The range in words: {@code 1 to 22}, {@code >= 0}, {@code <= 5}, or "" when unbounded. */
    public static String text(Param p) {
        boolean lo = p.min() != Double.NEGATIVE_INFINITY;
        boolean hi = p.max() != Double.POSITIVE_INFINITY;
        if (lo && hi) {
            return number(p.min()) + " to " + number(p.max());
        }
        if (lo) {
            return ">= " + number(p.min());
        }
        if (hi) {
            return "<= " + number(p.max());
        }
        return "";
    }

    /** A bound or a value as messages write it: whole numbers without ".0" ({@code 5}, {@code 0.38}). */
    public static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }
}
