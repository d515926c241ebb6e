package org.lvflex.core;

/**
 * GB half-hourly settlement periods: the unit of the DNO's historian and forecasts, DUoS prices,
 * capacity rights and dynamic tariffs. Period {@code p} covers schedule minutes
 * {@code [30p, 30p + 30)}; runs start at midnight, so {@code p} mod 48 is the half-hour of the day.
 */
public final class SettlementPeriod {
    public static final int MINUTES = 30;
    public static final int PER_DAY = SimClock.MINUTES_PER_DAY / MINUTES;

    private SettlementPeriod() {}

    /** The period containing schedule time {@code minutes}. */
    public static int at(double minutes) {
        return (int) Math.floor(minutes / MINUTES + 1e-9);
    }

    /** Schedule time at which {@code period} begins. */
    public static double start(int period) {
        return period * (double) MINUTES;
    }

    /** Half-hour of the day (0..47) of {@code period}. */
    public static int ofDay(int period) {
        return Math.floorMod(period, PER_DAY);
    }

    /** Day (from the run's start) that {@code period} falls in. */
    public static int day(int period) {
        return Math.floorDiv(period, PER_DAY);
    }
}
