package org.lvflex.core;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

/**
 * Simulated time: a start date, a fixed physical step and a horizon. The MASON schedule runs in
 * minutes since {@link #start()}; step {@code k} covers {@code [k*stepMinutes, (k+1)*stepMinutes)}.
 * Local clock time without daylight saving (an assumption documented in the scenario reference:
 * UK settlement periods are in local time, the one-hour DST shift is ignored).
 */
public record SimClock(LocalDateTime start, int stepMinutes, int steps) {
    public static final int MINUTES_PER_DAY = 1440;

    public SimClock {
        if (stepMinutes <= 0 || MINUTES_PER_DAY % stepMinutes != 0) {
            throw new IllegalArgumentException("step must divide a day: " + stepMinutes);
        }
        if (steps <= 0) {
            throw new IllegalArgumentException("steps must be positive: " + steps);
        }
    }

    /** A clock running {@code days} whole days. */
    public static SimClock ofDays(LocalDateTime start, int stepMinutes, int days) {
        return new SimClock(start, stepMinutes, days * (MINUTES_PER_DAY / stepMinutes));
    }

    public int horizonMinutes() {
        return steps * stepMinutes;
    }

    public int stepsPerDay() {
        return MINUTES_PER_DAY / stepMinutes;
    }

    /** Steps in one half-hour settlement period (the step divides 30 minutes, checked by the scenario). */
    public int stepsPerPeriod() {
        return SettlementPeriod.MINUTES / stepMinutes;
    }

    public double stepHours() {
        return stepMinutes / 60.0;
    }

    /** Schedule time (minutes since start) at the beginning of a step. */
    public double timeOf(int step) {
        return (double) step * stepMinutes;
    }

    /** The step containing schedule time {@code minutes}. */
    public int stepAt(double minutes) {
        return (int) Math.floor(minutes / stepMinutes + 1e-9);
    }

    /** Wall-clock date and time at schedule time {@code minutes}. */
    public LocalDateTime dateTime(double minutes) {
        return start.plusMinutes((long) Math.floor(minutes + 1e-9));
    }

    /** Minute of the day (0..1439) at schedule time {@code minutes}. */
    public int minuteOfDay(double minutes) {
        int startMod = start.getHour() * 60 + start.getMinute();
        return (int) ((startMod + (long) Math.floor(minutes + 1e-9)) % MINUTES_PER_DAY);
    }

    /** Whole days elapsed since the start's midnight. */
    public int dayIndex(double minutes) {
        int startMod = start.getHour() * 60 + start.getMinute();
        return (int) ((startMod + (long) Math.floor(minutes + 1e-9)) / MINUTES_PER_DAY);
    }

    public DayOfWeek dayOfWeek(double minutes) {
        return start.toLocalDate().plusDays(dayIndex(minutes)).getDayOfWeek();
    }

    /**
     * Whether minute of the day {@code minuteOfDay} falls in the daily window of {@code lengthMinutes}
     * opening at minute {@code start}; a window may run over midnight.
     */
    public static boolean inDailyWindow(int minuteOfDay, int start, int lengthMinutes) {
        return Math.floorMod(minuteOfDay - start, MINUTES_PER_DAY) < lengthMinutes;
    }

    /** Length of the daily window from minute {@code from} to {@code to}: over midnight when to is earlier, the whole day when equal. */
    public static int windowMinutes(int from, int to) {
        return from < to ? to - from : to - from + MINUTES_PER_DAY;
    }

    /** Saturday or Sunday: the days that tariffs, forecasts and travel treat differently. */
    public static boolean isWeekend(DayOfWeek d) {
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    /** Whether schedule time {@code minutes} falls on a weekend. */
    public boolean isWeekend(double minutes) {
        return isWeekend(dayOfWeek(minutes));
    }

    /** Whether day {@code day} of the run (0 = the start's date) is a weekend day. */
    public boolean isWeekendDay(int day) {
        return isWeekend(start.toLocalDate().plusDays(day).getDayOfWeek());
    }

    /** Day of year (1..366) at schedule time {@code minutes}. */
    public int dayOfYear(double minutes) {
        return start.toLocalDate().plusDays(dayIndex(minutes)).getDayOfYear();
    }

    /** Schedule time of the next occurrence (at or after {@code minutes}) of a minute of the day. */
    public double nextTimeOfDay(double minutes, int minuteOfDay) {
        int now = minuteOfDay(minutes);
        int delta = Math.floorMod(minuteOfDay - now, MINUTES_PER_DAY);
        return Math.floor(minutes + 1e-9) + delta;
    }

    /** Rounds a schedule time up to the next step boundary (events act on the step grid). */
    public double ceilToStep(double minutes) {
        return Math.ceil(minutes / stepMinutes - 1e-9) * stepMinutes;
    }
}
