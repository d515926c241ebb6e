package org.lvflex.agents.models;

import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.ev.Ev;
import org.lvflex.core.SettlementPeriod;

/**
 * The DNO's look-ahead forecast of a transformer phase (001 Table 6 flow 1.6): the larger of (a)
 * its forecast of inflexible demand plus the charging the chargers' controllers expect at that
 * time (aggregators share their schedules; unmanaged chargers are projected at full power until
 * full) and (b) what the phase drew at that time on recent like days, which anticipates cars not
 * yet plugged in.
 */
final class LookAhead {
    private LookAhead() {}

    /** Forecast kW on {@code phase} at time {@code at}, as known at {@code now}. */
    static double phaseKw(LvFlexModel m, int phase, double now, double at) {
        int period = SettlementPeriod.at(at);
        double kw = m.dno().forecastBaseKw(phase, period);
        for (Ev ev : m.evs()) {
            if (ev.household().getPhase() == phase) {
                kw += expectedKw(m, ev, now, at);
            }
        }
        return Math.max(kw, m.dno().forecastTotalKw(phase, period));
    }

    /** What an EV's charger is expected to draw at {@code at}. */
    static double expectedKw(LvFlexModel m, Ev ev, double now, double at) {
        if (!ev.pluggedAtHome()) {
            return 0;
        }
        return m.controller(ev).expectedKw(ev, now, at);
    }
}
