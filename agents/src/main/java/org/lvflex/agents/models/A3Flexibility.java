package org.lvflex.agents.models;

import java.util.ArrayList;
import java.util.List;
import org.lvflex.agents.Ledger;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.aggregator.Aggregator;
import org.lvflex.agents.control.ChargeLimiter;
import org.lvflex.agents.dno.Dno;
import org.lvflex.agents.ev.Ev;
import org.lvflex.core.SettlementPeriod;
import org.lvflex.core.SimClock;
import org.lvflex.scenario.A3Spec;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * A3 Flexibility Procurement (001:L1568-1572): when reporting starts the DNO tenders turn-down on
 * each transformer phase for its availability windows — the half-hours its historian shows above
 * the target (forecast constraint windows), or a fixed window — sized from its historian (the
 * largest window demand above the target, plus a margin); aggregators offer a share of their fleet's
 * charger capacity at the administered price; the DNO accepts offers until the need is covered.
 * In a window, when the look-ahead forecast passes the trigger, it dispatches at least
 * {@code dispatchLeadMinutes} ahead (001 Table 6 flows 1.6, 2.4), pro rata to the contracts; each
 * aggregator holds back the charging of the cars it scheduled there. Delivery is measured against
 * the schedules the aggregators declared; under-delivery is counted; availability and utilisation
 * are settled monthly (flow 2.6), and aggregators pass a share on to the households that delivered.
 */
final class A3Flexibility implements ChargeLimiter, LvFlexModel.StepObserver {
    private final LvFlexModel m;
    private final A3Spec spec;
    private final Fleets fleets;
    private final List<Aggregator> aggs;
    private final double[][] contractKw;
    /** The half-hours of the day that are availability windows. */
    private final boolean[] window = new boolean[SettlementPeriod.PER_DAY];
    /** Dispatch on an EV: the period it holds back, and the charging it had been scheduled for there (baseline). */
    private final int[] dispatchedPeriod;
    private final double[] baselineKw;
    private final double[] deliveredKwh;
    /** Scratch: each candidate's scheduled charging in the period being dispatched, by EV id. */
    private final double[] scheduledKw;
    private final double[] owedAvailability;
    private final double[] owedUtilisation;
    private final int[] lastDispatchPeriod = {-1, -1, -1};

    A3Flexibility(LvFlexModel m, Fleets fleets) {
        this.m = m;
        this.spec = m.scenario().model().a3();
        this.fleets = fleets;
        this.aggs = fleets.aggregators();
        this.contractKw = new double[aggs.size()][3];
        for (int k = 0; k < SettlementPeriod.PER_DAY; k++) {
            int minute = k * SettlementPeriod.MINUTES;
            window[k] = minute >= TimeOfDay.minutes(spec.windowStart()) && minute < TimeOfDay.minutes(spec.windowEnd());
        }
        int n = m.evs().size();
        this.dispatchedPeriod = new int[n];
        java.util.Arrays.fill(dispatchedPeriod, -1);
        this.baselineKw = new double[n];
        this.deliveredKwh = new double[n];
        this.scheduledKw = new double[n];
        this.owedAvailability = new double[aggs.size()];
        this.owedUtilisation = new double[aggs.size()];
        m.addLimiter(this);
        m.addObserver(this);
        if (spec.exclusivity()) {
            // contracted fleets keep their charging out of the windows (priced at the utilisation rate)
            fleets.inputs().addPriceAdder((ev, period) -> contracted(ev) && inWindow(SettlementPeriod.start(period))
                    ? spec.utilisationGbpPerMwh() / 1000 : 0);
        }
        m.onStart(() -> {
            double reportStart = m.clock().timeOf(m.warmupSteps());
            m.events().at(reportStart, LvFlexModel.ORDER_DNO, s -> tender());
            m.events().every(reportStart, 15, LvFlexModel.ORDER_DNO, s -> dispatchCheck(m.now()));
            m.events().every(reportStart, SimClock.MINUTES_PER_DAY, LvFlexModel.ORDER_DNO, s -> availabilityDay(m.now()));
            m.events().every(reportStart, SimClock.MINUTES_PER_DAY, LvFlexModel.ORDER_DNO, s -> {
                if (m.clock().dateTime(m.now()).getDayOfMonth() == 1) {
                    settle();
                }
            });
        });
        m.onFinish(this::settle);
    }

    private boolean contracted(Ev ev) {
        Aggregator a = fleets.operatorOf(ev);
        int i = aggs.indexOf(a);
        return i >= 0 && contractKw[i][ev.household().getPhase()] > 0;
    }

    private boolean inWindow(double t) {
        return inWindowTime(t) && (spec.weekends() || !m.clock().isWeekend(t));
    }

    private boolean inWindowTime(double t) {
        return window[m.clock().minuteOfDay(t) / SettlementPeriod.MINUTES];
    }

    /** The tender: windows and need per phase from the historian, offers accepted in order until covered. */
    private void tender() {
        Dno dno = m.dno();
        double rating = dno.phaseRatingKva();
        int periods = dno.historian().periods();
        if (spec.forecastWindows()) {
            // forecast constraint windows: the half-hours in which some phase passed the target on some day
            java.util.Arrays.fill(window, false);
            for (int p = 0; p < periods; p++) {
                for (int ph = 0; ph < 3; ph++) {
                    if (dno.historian().phaseKva(ph, p) > spec.targetPct() / 100 * rating) {
                        window[SettlementPeriod.ofDay(p)] = true;
                    }
                }
            }
        }
        for (int ph = 0; ph < 3; ph++) {
            double maxWindow = 0;
            for (int p = 0; p < periods; p++) {
                if (inWindowTime(SettlementPeriod.start(p))) { // every day of history sizes the need
                    maxWindow = Math.max(maxWindow, dno.historian().phaseKva(ph, p));
                }
            }
            double need = Math.max(0, maxWindow - spec.targetPct() / 100 * rating) * (1 + spec.procurementMarginPct() / 100);
            for (int a = 0; a < aggs.size() && need > 0; a++) {
                double offer = 0;
                for (Ev ev : aggs.get(a).connected()) {
                    if (ev.household().getPhase() == ph) {
                        offer += spec.offerFactor() * ev.getHomeChargerKw();
                    }
                }
                contractKw[a][ph] = Math.min(offer, need);
                need -= contractKw[a][ph];
                m.stats().flexContractedKw += contractKw[a][ph];
            }
        }
        m.bumpPlanVersion();
    }

    private void availabilityDay(double now) {
        int halfHours = 0;
        for (int k = 0; k < SettlementPeriod.PER_DAY; k++) {
            if (inWindow(now + SettlementPeriod.start(k))) {
                halfHours++;
            }
        }
        double hours = halfHours * SettlementPeriod.MINUTES / 60.0;
        for (int a = 0; a < aggs.size(); a++) {
            double kw = contractKw[a][0] + contractKw[a][1] + contractKw[a][2];
            owedAvailability[a] += kw / 1000 * hours * spec.availabilityGbpPerMwH();
        }
    }

    /** Dispatch at least the lead time ahead, for the period it falls in, where the forecast passes the trigger. */
    private void dispatchCheck(double now) {
        int period = (int) Math.ceil((now + spec.dispatchLeadMinutes()) / SettlementPeriod.MINUTES - 1e-9);
        double start = SettlementPeriod.start(period);
        if (!inWindow(start)) {
            return;
        }
        double mid = start + SettlementPeriod.MINUTES / 2.0;
        double rating = m.dno().phaseRatingKva();
        for (int ph = 0; ph < 3; ph++) {
            double contracted = 0;
            for (double[] c : contractKw) {
                contracted += c[ph];
            }
            if (contracted <= 0 || lastDispatchPeriod[ph] == period) {
                continue;
            }
            double forecast = LookAhead.phaseKw(m, ph, now, mid);
            if (forecast <= spec.triggerPct() / 100 * rating) {
                continue;
            }
            double volume = Math.min(contracted, forecast - spec.targetPct() / 100 * rating);
            lastDispatchPeriod[ph] = period;
            m.stats().flexDispatches++;
            for (int a = 0; a < aggs.size(); a++) {
                if (contractKw[a][ph] > 0) {
                    deliver(aggs.get(a), ph, period, volume * contractKw[a][ph] / contracted, now, mid);
                }
            }
        }
    }

    /** The aggregator holds back the cars it scheduled most charging for in the period, until the volume is covered. */
    private void deliver(Aggregator a, int phase, int period, double kw, double now, double mid) {
        m.stats().flexRequestedKwh += kw * SettlementPeriod.MINUTES / 60.0;
        if (a.inOutage(now)) {
            m.stats().flexUnderDeliveredKwh += kw * SettlementPeriod.MINUTES / 60.0;
            return;
        }
        List<Ev> cars = new ArrayList<>();
        for (Ev ev : a.connected()) {
            if (ev.household().getPhase() == phase && dispatchedPeriod[ev.getId()] != period) {
                scheduledKw[ev.getId()] = LookAhead.expectedKw(m, ev, now, mid);
                if (scheduledKw[ev.getId()] > 0) {
                    cars.add(ev);
                }
            }
        }
        cars.sort((x, y) -> Double.compare(scheduledKw[y.getId()], scheduledKw[x.getId()]));
        double held = 0;
        for (Ev ev : cars) {
            if (held >= kw) {
                break;
            }
            int id = ev.getId();
            double expected = scheduledKw[id];
            held += expected;
            m.comms().send(id, now, 0, at -> {
                dispatchedPeriod[id] = period;
                baselineKw[id] = expected;
                m.bumpPlanVersion();
            });
        }
        // what the aggregator could not cover with scheduled charging is under-delivered by construction
        m.stats().flexUnderDeliveredKwh += Math.max(0, kw - held) * SettlementPeriod.MINUTES / 60.0;
    }

    @Override
    public double maxChargeKw(Ev ev, double now) {
        return dispatchedPeriod[ev.getId()] == SettlementPeriod.at(now) ? 0 : Double.POSITIVE_INFINITY;
    }

    @Override
    public void afterSolve(LvFlexModel model, int step, double now) {
        if (!model.reporting()) {
            return;
        }
        int period = SettlementPeriod.at(now);
        if (period > Math.max(lastDispatchPeriod[0], Math.max(lastDispatchPeriod[1], lastDispatchPeriod[2]))) {
            return; // no car holds back in this period: every dispatch so far was for an earlier one
        }
        double dt = model.clock().stepHours();
        for (int a = 0; a < aggs.size(); a++) {
            for (Ev ev : aggs.get(a).connected()) {
                int id = ev.getId();
                if (dispatchedPeriod[id] == period) {
                    double kwh = Math.max(0, baselineKw[id] - Math.max(0, ev.getSetpointKw())) * dt;
                    deliveredKwh[id] += kwh;
                    model.stats().flexDeliveredKwh += kwh;
                    owedUtilisation[a] += kwh / 1000 * spec.utilisationGbpPerMwh();
                }
            }
        }
    }

    /** Monthly settlement (001 Table 6 flow 2.6): the DNO pays the aggregators, who pass a share to their households. */
    private void settle() {
        if (!m.reporting()) {
            return;
        }
        double toHouseholds = m.scenario().aggregator().revenueShareToHouseholds();
        for (int a = 0; a < aggs.size(); a++) {
            Aggregator agg = aggs.get(a);
            m.ledger().pay(m.dnoParty(), agg.party(), Ledger.Flow.FLEX_AVAILABILITY, owedAvailability[a]);
            m.ledger().pay(m.dnoParty(), agg.party(), Ledger.Flow.FLEX_UTILISATION, owedUtilisation[a]);
            double delivered = 0;
            int members = 0;
            for (Ev ev : agg.connected()) {
                delivered += deliveredKwh[ev.getId()];
                members++;
            }
            for (Ev ev : agg.connected()) {
                int h = ev.household().getId();
                if (delivered > 0) {
                    m.ledger().pay(agg.party(), h, Ledger.Flow.FLEX_UTILISATION,
                            toHouseholds * owedUtilisation[a] * deliveredKwh[ev.getId()] / delivered);
                }
                m.ledger().pay(agg.party(), h, Ledger.Flow.FLEX_AVAILABILITY, toHouseholds * owedAvailability[a] / members);
                deliveredKwh[ev.getId()] = 0;
            }
            owedAvailability[a] = 0;
            owedUtilisation[a] = 0;
        }
    }
}
