package org.lvflex.agents.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.lvflex.agents.Ledger;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.aggregator.Aggregator;
import org.lvflex.agents.control.ChargeLimiter;
import org.lvflex.agents.control.Comms;
import org.lvflex.agents.ev.Ev;
import org.lvflex.core.SettlementPeriod;
import org.lvflex.scenario.A1Spec;

/**
 * A1 3rd-Party Gateway (001:L1556-1561): aggregators optimise freely; every 15 minutes the DNO
 * looks {@code leadMinutes} ahead (001 Table 6 flow 1.6) and, where a transformer phase would pass
 * the trigger, sends load-management signals (MPANs, duration, rate, compensation; flow 2.5)
 * through the aggregators, who relay them to the chargers within {@code relayMinutes} (flow 3.2).
 * Households opted in to the DNO programme take part, may opt out of an event, and are paid a
 * per-event incentive. A signal lost on the way leaves that charger charging. A phase measured
 * above its rating gets signals at once (still relayed through the aggregator).
 */
final class A1LoadManagement implements ChargeLimiter {
    private static final double CHECK_MINUTES = 15;

    private final LvFlexModel m;
    private final A1Spec spec;
    private final Fleets fleets;
    private final Comms comms;
    private final boolean[] optedIn;
    private final double[] eventStart;
    private final double[] eventEnd;
    private final double[] signalledFrom;
    private final double[] signalledUntil;
    private final int[] events;
    /** Scratch: each candidate's expected relief for the signal being sent, by EV id. */
    private final double[] relief;
    private int eventCount;
    private final Presence presence;

    A1LoadManagement(LvFlexModel m, Fleets fleets) {
        this.presence = new Presence(m);
        this.m = m;
        this.spec = m.scenario().model().a1();
        this.fleets = fleets;
        this.comms = m.comms();
        int n = m.evs().size();
        this.optedIn = new boolean[n];
        this.eventStart = new double[n];
        this.eventEnd = new double[n];
        this.signalledFrom = new double[n];
        this.signalledUntil = new double[n];
        this.events = new int[n];
        this.relief = new double[n];
        for (Aggregator a : fleets.aggregators()) {
            for (Ev ev : a.connected()) {
                SplittableRandom r = m.streams().keyed("a1-opt-in", ev.household().getId(), 0);
                optedIn[ev.getId()] = r.nextDouble() < spec.optInShare();
            }
        }
        m.addLimiter(this);
        fleets.inputs().addExternalChargeCap((ev, period) -> {
            double from = SettlementPeriod.start(period);
            return from < eventEnd[ev.getId()] && from + SettlementPeriod.MINUTES > eventStart[ev.getId()]
                    ? spec.curtailedRateKw() : Double.POSITIVE_INFINITY;
        });
        m.onStart(() -> m.events().every(0, CHECK_MINUTES, LvFlexModel.ORDER_DNO, s -> check(m.now())));
        // real time: a phase measured above its rating gets signals at once (relayed within minutes)
        m.addObserver((model, step, now) -> {
            double rating = model.dno().phaseRatingKva();
            for (int ph = 0; ph < 3; ph++) {
                double s = model.grid().transformerSKva(ph);
                if (s > rating) {
                    signal(now, ph, now, s - spec.targetPct() / 100 * rating);
                }
            }
        });
    }

    private void check(double now) {
        double start = now + spec.leadMinutes();
        double mid = start + spec.eventMinutes() / 2.0;
        double rating = m.dno().phaseRatingKva();
        for (int ph = 0; ph < 3; ph++) {
            double forecast = LookAhead.phaseKw(m, ph, now, mid);
            if (forecast > spec.triggerPct() / 100 * rating) {
                signal(now, ph, start, forecast - spec.targetPct() / 100 * rating);
            }
        }
    }

    /**
     * What a signal to this charger is expected to remove: its expected charging if plugged in, else
     * its charger power times the share of like days it was plugged in then (MPAN lists cover cars
     * about to arrive; for an event starting now only cars already plugged in count).
     */
    private double expectedRelief(Ev ev, double now, double start, double mid) {
        double kw = ev.getPlugged() ? LookAhead.expectedKw(m, ev, now, mid)
                : start <= now ? 0 : presence.share(ev, periodOfDay(mid)) * ev.getHomeChargerKw();
        return Math.max(0, kw - spec.curtailedRateKw());
    }

    private static int periodOfDay(double t) {
        return SettlementPeriod.ofDay(SettlementPeriod.at(t));
    }

    /** Signals enough opted-in chargers on a phase to take {@code excessKw} off from {@code start}. */
    private void signal(double now, int phase, double start, double excessKw) {
        double mid = start + spec.eventMinutes() / 2.0;
        double end = start + spec.eventMinutes();
        List<Ev> candidates = new ArrayList<>();
        for (Aggregator a : fleets.aggregators()) {
            for (Ev ev : a.connected()) {
                int id = ev.getId();
                boolean alreadyCovered = signalledFrom[id] <= start && signalledUntil[id] >= end;
                if (optedIn[id] && ev.household().getPhase() == phase && !alreadyCovered) {
                    relief[id] = expectedRelief(ev, now, start, mid);
                    if (relief[id] > 0) {
                        candidates.add(ev);
                    }
                }
            }
        }
        // cars sure to be charging first (largest relief), fewest events so far among equals
        candidates.sort(Comparator.<Ev>comparingDouble(e -> -relief[e.getId()])
                .thenComparingInt(e -> events[e.getId()]).thenComparingInt(Ev::getId));
        double removed = 0;
        int event = eventCount++;
        for (Ev ev : candidates) {
            if (removed >= excessKw) {
                break;
            }
            int id = ev.getId();
            boolean overlaps = signalledUntil[id] > start && signalledFrom[id] < end;
            signalledFrom[id] = overlaps ? Math.min(signalledFrom[id], start) : start;
            signalledUntil[id] = overlaps ? Math.max(signalledUntil[id], end) : end;
            events[id]++;
            SplittableRandom r = m.streams().keyed("a1-opt-out", id, event);
            if (r.nextDouble() < spec.optOutProbability()) {
                if (m.reporting()) {
                    m.stats().optOuts++;
                }
                continue;
            }
            removed += relief[id];
            if (m.reporting()) {
                m.stats().dnoSignals++;
            }
            Aggregator a = fleets.operatorOf(ev);
            if (a == null || a.inOutage(now)) {
                continue; // the aggregator's platform is down: the signal goes nowhere
            }
            comms.send(id, now, spec.relayMinutes(), at -> {
                double from = Math.max(at, start);
                boolean merge = eventEnd[id] > at && eventStart[id] < end;
                eventStart[id] = merge ? Math.min(eventStart[id], from) : from;
                eventEnd[id] = merge ? Math.max(eventEnd[id], end) : end;
                m.bumpPlanVersion();
                if (m.reporting()) {
                    m.ledger().pay(m.dnoParty(), ev.household().getId(), Ledger.Flow.INCENTIVE, spec.incentiveGbpPerEvent());
                }
            });
        }
    }

    @Override
    public double maxChargeKw(Ev ev, double now) {
        int id = ev.getId();
        return now >= eventStart[id] && now < eventEnd[id] ? spec.curtailedRateKw() : Double.POSITIVE_INFINITY;
    }
}
