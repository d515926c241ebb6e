package org.lvflex.agents.control;

import java.util.function.DoublePredicate;
import org.lvflex.agents.ev.Ev;
import org.lvflex.scenario.FaultSpec;

/**
 * Wraps a controller whose signal can be lost (an aggregator outage): while the signal is lost the
 * charger follows the configured fail-safe: hold its last setpoint, drop to a safe rate, stop, or
 * revert to unmanaged charging (DOMAIN.md section 8).
 */
public final class FailSafeController implements ChargeController {
    private final ChargeController inner;
    private final DoublePredicate signalLost;
    private final FaultSpec faults;
    private final ChargeContext ctx;
    private final double[] last;

    public FailSafeController(ChargeController inner, DoublePredicate signalLost, FaultSpec faults, ChargeContext ctx, int evCount) {
        this.inner = inner;
        this.signalLost = signalLost;
        this.faults = faults;
        this.ctx = ctx;
        this.last = new double[evCount];
    }

    @Override
    public void onPlugIn(Ev ev, double now) {
        if (signalLost.test(now)) {
            last[ev.getId()] = failSafeKw(ev, 0);
        } else {
            inner.onPlugIn(ev, now);
        }
    }

    @Override
    public double desiredKw(Ev ev, double now) {
        if (!signalLost.test(now)) {
            double kw = inner.desiredKw(ev, now);
            last[ev.getId()] = kw;
            return kw;
        }
        return failSafeKw(ev, last[ev.getId()]);
    }

    @Override
    public double referenceKw(Ev ev, double now, double desiredKw) {
        return signalLost.test(now) ? desiredKw : inner.referenceKw(ev, now, desiredKw);
    }

    @Override
    public double expectedKw(Ev ev, double now, double at) {
        return signalLost.test(now) ? failSafeKw(ev, last[ev.getId()]) : inner.expectedKw(ev, now, at);
    }

    private double failSafeKw(Ev ev, double lastKw) {
        return switch (faults.failSafe()) {
            case HOLD_LAST -> Math.min(Math.max(lastKw, 0), ctx.immediateKw(ev)); // never keep exporting blind
            case SAFE_RATE -> Math.min(faults.safeRateKw(), ctx.immediateKw(ev));
            case STOP -> 0;
            case UNMANAGED -> ctx.immediateKw(ev);
        };
    }
}
