package org.lvflex.agents.models;

import java.util.SplittableRandom;
import org.lvflex.agents.Ledger;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.control.ChargeLimiter;
import org.lvflex.agents.control.Comms;
import org.lvflex.agents.dno.Dno;
import org.lvflex.agents.ev.Ev;
import org.lvflex.core.SettlementPeriod;
import org.lvflex.core.SimClock;
import org.lvflex.scenario.D2Spec;
import org.lvflex.scenario.FaultSpec;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * D2 DNO Gateway (001:L1409-1416): every day the DNO shares each transformer phase's forecast
 * headroom (rating less margin less forecast inflexible demand) equally among the EV chargers on
 * that phase and sends each connection's device its next-day capacity profile; the device caps the
 * charger, and aggregators optimise inside the profile. Firm-access customers never get less than
 * their firm capacity and are compensated for energy the device withholds. A device whose profile
 * message was lost applies the fail-safe to that day.
 */
final class D2Gateway implements ChargeLimiter {

    private final LvFlexModel m;
    private final D2Spec spec;
    private final FaultSpec faults;
    private final Comms comms;
    /** profile[ev][day % 2][period of day], kW; receivedDay[ev][day % 2] = the day it was received for. */
    private final double[][][] profile;
    private final int[][] receivedDay;
    private final boolean[] firm;
    private final Presence presence;

    D2Gateway(LvFlexModel m, Fleets fleets) {
        this.presence = new Presence(m);
        this.m = m;
        this.spec = m.scenario().model().d2();
        this.faults = m.scenario().faults();
        this.comms = m.comms();
        int n = m.evs().size();
        this.profile = new double[n][2][SettlementPeriod.PER_DAY];
        this.receivedDay = new int[n][2];
        this.firm = new boolean[n];
        for (Ev ev : m.evs()) {
            receivedDay[ev.getId()][0] = -1;
            receivedDay[ev.getId()][1] = -1;
            SplittableRandom r = m.streams().keyed("d2-firm-access", ev.household().getId(), 0);
            firm[ev.getId()] = r.nextDouble() < spec.firmAccessShare();
        }
        m.addLimiter(this);
        fleets.inputs().addExternalChargeCap(this::capKw);
        m.onStart(() -> {
            publish(0, 0);
            int at = TimeOfDay.minutes(spec.publishAt());
            m.events().every(at, SimClock.MINUTES_PER_DAY, LvFlexModel.ORDER_DNO, s -> publish(m.now(), m.clock().dayIndex(m.now()) + 1));
        });
    }

    /**
     * Computes and sends the profiles of {@code day}: a phase's headroom in each half-hour is shared
     * equally among the chargers expected to be plugged in then (the telemetry's plug-in shares).
     */
    private void publish(double now, int day) {
        double[][] active = new double[3][SettlementPeriod.PER_DAY];
        for (Ev ev : m.evs()) {
            for (int k = 0; k < SettlementPeriod.PER_DAY; k++) {
                active[ev.household().getPhase()][k] += presence.share(ev, k);
            }
        }
        double[][] share = new double[3][SettlementPeriod.PER_DAY];
        Dno dno = m.dno();
        for (int ph = 0; ph < 3; ph++) {
            for (int k = 0; k < SettlementPeriod.PER_DAY; k++) {
                int period = day * SettlementPeriod.PER_DAY + k;
                double headroom = (1 - spec.marginPct() / 100) * dno.phaseRatingKva() - dno.forecastBaseKw(ph, period);
                share[ph][k] = Math.max(spec.minimumKw(), headroom / Math.max(1, active[ph][k]));
            }
        }
        for (Ev ev : m.evs()) {
            int id = ev.getId();
            double[] s = share[ev.household().getPhase()];
            comms.send(id, now, 0, at -> {
                for (int k = 0; k < SettlementPeriod.PER_DAY; k++) {
                    profile[id][day % 2][k] = firm[id] ? Math.max(s[k], spec.firmKw()) : s[k];
                }
                receivedDay[id][day % 2] = day;
            });
        }
        m.bumpPlanVersion();
    }

    /** The device's cap on a charger in a settlement period (fail-safe when that day's profile never arrived). */
    double capKw(Ev ev, int period) {
        int day = SettlementPeriod.day(period);
        int k = SettlementPeriod.ofDay(period);
        int id = ev.getId();
        if (receivedDay[id][Math.floorMod(day, 2)] == day) {
            return profile[id][Math.floorMod(day, 2)][k];
        }
        int prev = Math.floorMod(day - 1, 2);
        return switch (faults.failSafe()) {
            case HOLD_LAST -> receivedDay[id][prev] == day - 1 ? profile[id][prev][k] : spec.minimumKw();
            case SAFE_RATE -> faults.safeRateKw();
            case STOP -> 0;
            case UNMANAGED -> Double.POSITIVE_INFINITY;
        };
    }

    @Override
    public double maxChargeKw(Ev ev, double now) {
        return capKw(ev, SettlementPeriod.at(now));
    }

    @Override
    public void curtailed(Ev ev, double kwh, double now) {
        if (firm[ev.getId()] && spec.compensationGbpPerKwh() > 0) {
            m.ledger().pay(m.dnoParty(), ev.household().getId(), Ledger.Flow.COMPENSATION, kwh * spec.compensationGbpPerKwh());
        }
    }
}
