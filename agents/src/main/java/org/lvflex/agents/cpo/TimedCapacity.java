package org.lvflex.agents.cpo;

import java.time.LocalDateTime;
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
    private final int minutes;
    private final boolean[] months = new boolean[13];

    TimedCapacity(SccSchemeSpec spec, SimClock clock) {
        this.spec = spec;
        this.clock = clock;
        this.from = TimeOfDay.minutes(spec.tccWindowStart());
        this.minutes = SimClock.windowMinutes(from, TimeOfDay.minutes(spec.tccWindowEnd()));
        for (int m : spec.tccMonths()) {
            months[m] = true;
        }
    }

    /** Whether the window applies at schedule time {@code now}. */
    boolean inWindow(double now) {
        int minute = clock.minuteOfDay(now);
        if (!SimClock.inDailyWindow(minute, from, minutes)) {
            return false;
        }
        // a window that runs over midnight belongs to the day it opened
        LocalDateTime opened = clock.dateTime(now - Math.floorMod(minute - from, SimClock.MINUTES_PER_DAY));
        return months[opened.getMonthValue()] && (!spec.tccWeekdaysOnly() || !SimClock.isWeekend(opened.getDayOfWeek()));
    }

    @Override
    public double limitKw(Site site, double now) {
        return inWindow(now) ? spec.tccCapKw() : Double.POSITIVE_INFINITY;
    }
}
