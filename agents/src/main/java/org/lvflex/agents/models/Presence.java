package org.lvflex.agents.models;

import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.ev.Ev;
import org.lvflex.core.SettlementPeriod;

/**
 * How likely each car is to be plugged in at home in each half-hour of the day, learnt from the
 * chargepoint telemetry the DNO and aggregators see (001 Table 6 flow 2.3: a message at the start
 * of each session): an exponential average over days. Also each car's charging energy per day.
 */
final class Presence {
    /** Weight of the newest day in the averages. */
    private static final double NEW_DAY_WEIGHT = 0.2;

    private final LvFlexModel m;
    private final double[][] share;
    private final double[] dailyKwh;
    private final double[] todayKwh;

    Presence(LvFlexModel m) {
        this.m = m;
        int n = m.evs().size();
        this.share = new double[n][SettlementPeriod.PER_DAY];
        this.dailyKwh = new double[n];
        this.todayKwh = new double[n];
        double typicalKwh = m.scenario().ev().travel().annualKm() / 365 * m.scenario().ev().consumptionKwhPerKm()
                / m.scenario().ev().chargeEfficiency();
        for (Ev ev : m.evs()) {
            java.util.Arrays.fill(share[ev.getId()], ev.household().capability().offStreetParking() ? 0.5 : 0);
            dailyKwh[ev.getId()] = typicalKwh;
        }
        m.onStart(() -> m.events().every(SettlementPeriod.MINUTES, SettlementPeriod.MINUTES, LvFlexModel.ORDER_MARKET, s -> halfHour(m.now())));
    }

    private void halfHour(double now) {
        int k = Math.floorMod(SettlementPeriod.at(now) - 1, SettlementPeriod.PER_DAY);
        for (Ev ev : m.evs()) {
            int id = ev.getId();
            boolean plugged = ev.pluggedAtHome();
            share[id][k] = (1 - NEW_DAY_WEIGHT) * share[id][k] + NEW_DAY_WEIGHT * (plugged ? 1 : 0);
            todayKwh[id] += Math.max(0, ev.getSetpointKw()) * SettlementPeriod.MINUTES / 60.0;
            if (k == SettlementPeriod.PER_DAY - 1) {
                dailyKwh[id] = (1 - NEW_DAY_WEIGHT) * dailyKwh[id] + NEW_DAY_WEIGHT * todayKwh[id];
                todayKwh[id] = 0;
            }
        }
    }

    /** Share of recent days the car was plugged in at home in half-hour {@code k} of the day. */
    double share(Ev ev, int k) {
        return share[ev.getId()][k];
    }

    /** Recent charging energy per day, kWh (grid side). */
    double dailyKwh(Ev ev) {
        return dailyKwh[ev.getId()];
    }
}
