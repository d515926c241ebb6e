package org.lvflex.agents.control;

import org.lvflex.agents.ev.Ev;

/** UNMANAGED: full power from plug-in until the departure target (DOMAIN.md section 5). */
public final class ImmediateCharging implements ChargeController {
    private final ChargeContext ctx;

    public ImmediateCharging(ChargeContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public double desiredKw(Ev ev, double now) {
        return ctx.immediateKw(ev);
    }

    @Override
    public double expectedKw(Ev ev, double now, double at) {
        double kw = ev.getHomeChargerKw();
        double hoursToFinish = ctx.neededKwh(ev) / kw;
        return at < now + hoursToFinish * 60 && at < ev.nextDeparture() ? kw : 0;
    }
}
