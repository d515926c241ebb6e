package org.lvflex.agents.control;

import org.lvflex.agents.ev.Ev;
import org.lvflex.core.SimClock;

/** What every charging decision needs to know about energy: targets, efficiencies, the step. */
public record ChargeContext(SimClock clock, double targetSoc, double chargeEfficiency, double dischargeEfficiency) {

    /** Step length in hours. */
    public double dt() {
        return clock.stepHours();
    }

    /** Grid-side kWh still needed to reach the departure target (0 if reached). */
    public double neededKwh(Ev ev) {
        return Math.max(0, targetSoc * ev.getBatteryKwh() - ev.energyKwh()) / chargeEfficiency;
    }

    /** Full-power charging until the target: the UNMANAGED behaviour, and a manual override's. */
    public double immediateKw(Ev ev) {
        return Math.min(ev.getHomeChargerKw(), neededKwh(ev) / dt());
    }
}
