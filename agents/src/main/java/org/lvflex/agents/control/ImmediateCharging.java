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
}
