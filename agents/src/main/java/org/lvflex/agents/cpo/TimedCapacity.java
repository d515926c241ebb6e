package org.lvflex.agents.cpo;

import org.lvflex.core.SimClock;
import org.lvflex.scenario.SccSchemeSpec;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * Timed Capacity Connection (003:L277-304): the chargers' collective demand is capped for a set window
 * that coincides with the local network's peak (e.g. 16:30-18:30, winter months only; the cap can be
 * 0 kW, 003:L325). No runtime signal: the CPMS follows the schedule in its connection agreement.
 */
final class TimedCapacity implements ConnectionScheme {
    private final SccSchemeSpec spec;
    private final SimClock clock;
    private final int from;
    private final int to;
    private final boolean[] months = new boolean[13];

    TimedCapacity(SccSchemeSpec spec, SimClock clock) {
        this.spec = spec;
        this.clock = clock;
        this.from = TimeOfDay.minutes(spec.tccWindowStart());
        this.to = TimeOfDay.minutes(spec.tccWindowEnd());
        for (int m : spec.tccMonths()) {
            months[m] = true;
        }
    }

    /** Whether the window applies at schedule time {@code now}. */
    boolean inWindow(double now) {
        int minute = clock.minuteOfDay(now);
        // a window that ends before it starts runs over midnight; it belongs to the day it started
        boolean inside = from < to ? minute >= from && minute < to : minute >= from || minute < to;
        if (!inside) {
            return false;
        }
        double started = from < to || minute >= from ? now : now - 1440;
        if (!months[clock.dateTime(started).getMonthValue()]) {
            return false;
        }
        return !spec.tccWeekdaysOnly() || !SimClock.isWeekend(clock.dateTime(started).getDayOfWeek());
    }

    @Override
    public double limitKw(Site site, double now) {
        return inWindow(now) ? spec.tccCapKw() : Double.POSITIVE_INFINITY;
    }
}
