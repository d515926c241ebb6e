package org.lvflex.agents.cpo;

import org.lvflex.core.SettlementPeriod;
import org.lvflex.core.SimClock;

/**
 * Profile Capacity Constraint, the TCC variant of Optimise Prime (003:L340): the DNO forecasts its
 * network a day ahead and assigns the site a cap per half hour ({@link SccDno#assignProfiles}). On a
 * day without enough history to forecast, the site falls back to its fixed TCC window.
 */
final class ProfileCapacity implements ConnectionScheme {
    private final TimedCapacity fallback;
    private final SimClock clock;

    ProfileCapacity(TimedCapacity fallback, SimClock clock) {
        this.fallback = fallback;
        this.clock = clock;
    }

    @Override
    public double limitKw(Site site, double now) {
        int day = clock.dayIndex(now);
        if (site.profileDay != day) {
            return fallback.limitKw(site, now);
        }
        return site.profileCapKw[clock.minuteOfDay(now) / SettlementPeriod.MINUTES];
    }
}
