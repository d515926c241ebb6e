package org.lvflex.experiments.metrics;

import org.lvflex.core.SimClock;

/**
 * Peaks of a demand series (DOMAIN.md section 8): the overall peak and its step, the daily
 * primary peak inside the primary window and the secondary peak outside it, and the largest
 * step-to-step ramp. Pure functions of arrays so each is checkable by hand.
 */
public final class PeakAnalysis {
    private PeakAnalysis() {}

    /** Index of the largest value (first on ties), or -1 for an empty series. */
    public static int argMax(double[] x, int n) {
        int best = -1;
        for (int i = 0; i < n; i++) {
            if (best < 0 || x[i] > x[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The secondary peak of a run: its day, step, size, and that day's primary peak. */
    public record Secondary(int step, double kw, double primaryKw, double ratio) {}

    /**
     * Per day, the primary peak is the maximum with minute-of-day in [windowStart, windowEnd) and
     * the secondary the maximum outside it; returns the day whose secondary peak is largest.
     */
    public static Secondary secondary(double[] p, int n, SimClock clock, int windowStartMin, int windowEndMin) {
        int perDay = clock.stepsPerDay();
        Secondary best = new Secondary(-1, 0, 0, 0);
        for (int d = 0; d * perDay < n; d++) {
            double prim = Double.NEGATIVE_INFINITY;
            double sec = Double.NEGATIVE_INFINITY;
            int secStep = -1;
            for (int k = d * perDay; k < Math.min(n, (d + 1) * perDay); k++) {
                int m = clock.minuteOfDay(clock.timeOf(k));
                boolean inside = m >= windowStartMin && m < windowEndMin;
                if (inside) {
                    prim = Math.max(prim, p[k]);
                } else if (p[k] > sec) {
                    sec = p[k];
                    secStep = k;
                }
            }
            if (secStep >= 0 && (best.step() < 0 || sec > best.kw())) {
                double primary = prim == Double.NEGATIVE_INFINITY ? 0 : prim;
                best = new Secondary(secStep, sec, primary, primary > 0 ? sec / primary : Double.NaN);
            }
        }
        return best;
    }

    /** Largest absolute change between consecutive steps, per minute. */
    public static double maxRampPerMinute(double[] p, int n, int stepMinutes) {
        double r = 0;
        for (int i = 1; i < n; i++) {
            r = Math.max(r, Math.abs(p[i] - p[i - 1]));
        }
        return r / stepMinutes;
    }

    /** Number of steps with {@code x > limit}, times the step length: minutes above a limit. */
    public static double minutesAbove(double[] x, int n, double limit, int stepMinutes) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (x[i] > limit) {
                c++;
            }
        }
        return (double) c * stepMinutes;
    }

    /** Minutes below a limit (NaN values, e.g. no voltages computed, never count). */
    public static double minutesBelow(double[] x, int n, double limit, int stepMinutes) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (x[i] < limit) {
                c++;
            }
        }
        return (double) c * stepMinutes;
    }

    /** Sum of a kW series times the step: energy in kWh. */
    public static double energyKwh(double[] kw, int n, double stepHours) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += kw[i];
        }
        return s * stepHours;
    }
}
