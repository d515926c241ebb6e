package org.lvflex.agents.control;

import java.util.SplittableRandom;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.tariff.Supplier;
import org.lvflex.core.RandomStreams;
import org.lvflex.scenario.TouControlSpec;

/**
 * STATIC_TOU: the charger waits for the off-peak window and starts at its opening plus a random
 * delay drawn per session, uniform in [0, randomisedDelayMaxSeconds] (Smart Charge Points
 * Regulations 2021; 004:L559). With {@code topUpOutsideWindow}, a car whose need exceeds what the
 * off-peak hours before its departure can deliver charges the difference at once.
 */
public final class TouTimer implements ChargeController {
    private final ChargeContext ctx;
    private final Supplier supplier;
    private final TouControlSpec spec;
    private final RandomStreams streams;
    private final double[] delayMinutes;
    private final int[] sessions;

    public TouTimer(ChargeContext ctx, Supplier supplier, TouControlSpec spec, RandomStreams streams, int evCount) {
        this.ctx = ctx;
        this.supplier = supplier;
        this.spec = spec;
        this.streams = streams;
        this.delayMinutes = new double[evCount];
        this.sessions = new int[evCount];
    }

    @Override
    public void onPlugIn(Ev ev, double now) {
        // keyed by (car, session number): the same delays in every model run
        SplittableRandom r = streams.keyed("tou-delay", ev.getId(), sessions[ev.getId()]++);
        delayMinutes[ev.getId()] = r.nextDouble() * spec.randomisedDelayMaxSeconds() / 60.0;
    }

    @Override
    public double desiredKw(Ev ev, double now) {
        double full = ctx.immediateKw(ev);
        if (full <= 0) {
            return 0;
        }
        int minute = ctx.clock().minuteOfDay(now);
        if (supplier.inOffPeak(minute)) {
            double sinceOpen = Math.floorMod(minute - supplier.offPeakStartMinute(), 1440);
            double step = ctx.clock().stepMinutes();
            double delay = delayMinutes[ev.getId()];
            if (sinceOpen >= delay) {
                return full;
            }
            if (sinceOpen + step > delay) {
                return full * (sinceOpen + step - delay) / step; // starts part-way through this step
            }
            return 0;
        }
        if (spec.topUpOutsideWindow()) {
            double offPeakHoursLeft = offPeakMinutesBefore(now, ev.nextDeparture()) / 60.0;
            double deliverable = offPeakHoursLeft * ev.getHomeChargerKw();
            if (ctx.neededKwh(ev) > deliverable + 1e-9) {
                return full;
            }
        }
        return 0;
    }

    @Override
    public double expectedKw(Ev ev, double now, double at) {
        if (ctx.neededKwh(ev) <= 0 || at >= ev.nextDeparture()) {
            return 0;
        }
        double delay = delayMinutes[ev.getId()];
        int minute = ctx.clock().minuteOfDay(at);
        double sinceOpen = Math.floorMod(minute - supplier.offPeakStartMinute(), 1440);
        boolean charging = supplier.inOffPeak(minute) && sinceOpen >= delay
                && (sinceOpen - delay) / 60.0 * ev.getHomeChargerKw() < ctx.neededKwh(ev);
        return charging ? ev.getHomeChargerKw() : 0;
    }

    /** Off-peak minutes between now and a departure (at most two days ahead). */
    private double offPeakMinutesBefore(double now, double departure) {
        double end = Math.min(departure, now + 2 * 1440);
        if (end <= now) {
            return 0;
        }
        double total = 0;
        double t = now;
        int open = supplier.offPeakStartMinute();
        int len = supplier.offPeakMinutes();
        while (t < end) {
            int m = ctx.clock().minuteOfDay(t);
            int since = Math.floorMod(m - open, 1440);
            if (since < len) {
                double until = Math.min(end, t + (len - since));
                total += until - t;
                t = until;
            } else {
                t = Math.min(end, t + (1440 - since));
            }
        }
        return total;
    }
}
