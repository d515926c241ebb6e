package org.lvflex.experiments.metrics;

import java.util.Arrays;
import java.util.Comparator;
import org.lvflex.core.SimClock;

/**
 * Peaks of a demand series (DOMAIN.md section 8): the overall peak and its step, the daily
 * primary peak inside the primary window and the secondary peak outside it, the largest
 * step-to-step ramp, half-hourly means and the highest half-hours, and the daily profiles the
 * report draws. Pure functions of arrays so each is checkable by hand.
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


    /** The secondary peak of a run: its step, size, that day's primary peak and their ratio. */
    public record Secondary(int step, double kw, double primaryKw, double ratio) {}

    /**
     * Per day, the primary peak is the maximum with minute-of-day inside the primary window and the
     * secondary the maximum outside it; returns the day whose secondary peak is largest (first on ties).
     */
    public static Secondary secondary(double[] p, int n, SimClock clock, int windowStartMin, int windowLengthMin) {
        int perDay = clock.stepsPerDay();
        Secondary best = new Secondary(-1, 0, 0, 0);
        for (int d = 0; d * perDay < n; d++) {
            double prim = Double.NEGATIVE_INFINITY;
            double sec = Double.NEGATIVE_INFINITY;
            int secStep = -1;
            for (int k = d * perDay; k < Math.min(n, (d + 1) * perDay); k++) {
                if (SimClock.inDailyWindow(clock.minuteOfDay(clock.timeOf(k)), windowStartMin, windowLengthMin)) {
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

    /** Means of consecutive blocks of {@code stepsPerPeriod} steps (complete blocks only): half-hourly means. */
    public static double[] periodMeans(double[] x, int n, int stepsPerPeriod) {
        double[] out = new double[n / stepsPerPeriod];
        for (int k = 0; k < out.length; k++) {
            double s = 0;
            for (int i = k * stepsPerPeriod; i < (k + 1) * stepsPerPeriod; i++) {
                s += x[i];
            }
            out[k] = s / stepsPerPeriod;
        }
        return out;
    }

    /** Indices of the {@code count} largest values, largest first, earlier index first on ties. */
    public static int[] topIndices(double[] x, int count) {
        Integer[] idx = new Integer[x.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.<Integer>comparingDouble(i -> -x[i]).thenComparingInt(i -> i));
        int k = Math.min(count, x.length);
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    /** The mean day: element k is the mean of step k of every complete day. */
    public static double[] meanDay(double[] x, int n, int stepsPerDay) {
        int days = n / stepsPerDay;
        double[] out = new double[stepsPerDay];
        if (days == 0) {
            return out;
        }
        for (int d = 0; d < days; d++) {
            for (int k = 0; k < stepsPerDay; k++) {
                out[k] += x[d * stepsPerDay + k];
            }
        }
        for (int k = 0; k < stepsPerDay; k++) {
            out[k] /= days;
        }
        return out;
    }

    /** The day (0-based) holding the largest value of the series (first on ties). */
    public static int peakDay(double[] x, int n, int stepsPerDay) {
        int i = argMax(x, n);
        return i < 0 ? 0 : i / stepsPerDay;
    }

    /** The steps of one day. */
    public static double[] day(double[] x, int n, int stepsPerDay, int day) {
        double[] out = new double[stepsPerDay];
        int from = day * stepsPerDay;
        for (int k = 0; k < stepsPerDay && from + k < n; k++) {
            out[k] = x[from + k];
        }
        return out;
    }
}
