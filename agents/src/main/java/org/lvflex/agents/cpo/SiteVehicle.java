package org.lvflex.agents.cpo;

import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.ev.Session;

/**
 * A car plugged in at a public site: a resident's EV (its battery and {@link Session} live in the
 * household model) or a visitor's or fleet vehicle, whose remaining need the site tracks itself.
 */
final class SiteVehicle {
    /** Who is charging. */
    enum User { RESIDENT, VISITOR, FLEET }

    final User user;
    final Ev ev;
    final int fleetIndex;
    final Charger charger;
    final double maxKw;
    final double plugIn;
    /** Time the car leaves (+inf: a resident on-street leaves at its next departure). */
    final double leaveAt;
    final boolean leavesWhenFull;
    /** Remaining energy wanted, grid side, for visitors and fleet vehicles (residents: from the battery). */
    private double needKwh;
    /** The resident's open session (the model replaces it when reporting starts; the CPO follows). */
    Session session;
    boolean truncatedStart;
    double chargedKwh;
    double curtailedKwh;
    double flexKwh;
    // this step
    double requestKw;
    double allocKw;

    SiteVehicle(User user, Ev ev, int fleetIndex, Charger charger, double maxKw, double plugIn, double leaveAt,
            boolean leavesWhenFull, double needKwh) {
        this.user = user;
        this.ev = ev;
        this.fleetIndex = fleetIndex;
        this.charger = charger;
        this.maxKw = Math.min(maxKw, charger.kw);
        this.plugIn = plugIn;
        this.leaveAt = leaveAt;
        this.leavesWhenFull = leavesWhenFull;
        this.needKwh = needKwh;
        this.session = ev == null ? null : ev.session();
    }

    /** The same car with another planned departure (before it has charged). */
    SiteVehicle leavingAt(double t) {
        return new SiteVehicle(user, ev, fleetIndex, charger, maxKw, plugIn, t, leavesWhenFull, needKwh);
    }

    boolean resident() {
        return user == User.RESIDENT;
    }

    /** Paying drivers (residents, visitors) come before fleet vehicles under PAYING_FIRST (003:L451). */
    boolean paying() {
        return user != User.FLEET;
    }

    /** Energy still wanted, grid side (kWh). */
    double remainingKwh(double chargeEfficiency) {
        if (ev != null) {
            return Math.max(0, session.targetSoc * ev.getBatteryKwh() - ev.energyKwh()) / chargeEfficiency;
        }
        return Math.max(0, needKwh);
    }

    /** Delivers {@code kw} for a step of {@code dtHours}. */
    void deliver(double kw, double dtHours, double chargeEfficiency, int stepMinutes) {
        if (kw <= 0) {
            return;
        }
        double kwh = kw * dtHours;
        chargedKwh += kwh;
        if (ev != null) {
            ev.addEnergy(kwh * chargeEfficiency);
            session.chargedKwh += kwh;
            session.chargingMinutes += stepMinutes;
        } else {
            needKwh -= kwh;
        }
    }

    void addCurtailed(double kwh) {
        curtailedKwh += kwh;
        if (session != null) {
            session.curtailedKwh += kwh;
        }
    }

    /** Forgets the warm-up part of the session (reporting starts now). */
    void rebase() {
        chargedKwh = 0;
        curtailedKwh = 0;
        flexKwh = 0;
        truncatedStart = true;
    }
}
