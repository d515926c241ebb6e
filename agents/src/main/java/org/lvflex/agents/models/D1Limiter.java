package org.lvflex.agents.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.control.ChargeLimiter;
import org.lvflex.agents.control.Comms;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.grid.Grid;
import org.lvflex.scenario.D1Spec;

/**
 * D1 DNO Limiter (001:L1404-1408), the interim model: the DNO watches each transformer phase and
 * each feeder head phase; when one passes the threshold it switches off enough of the chargers
 * behind it for a block (15 minutes by default), choosing those switched off least so far, so the
 * burden rotates (My Electric Avenue). No market, no compensation. Messages can be lost.
 */
final class D1Limiter implements LvFlexModel.StepObserver, ChargeLimiter {
    /** Nominal phase voltage for turning a current excess into kW, V. */
    private static final double PHASE_V = 230;

    private final LvFlexModel m;
    private final D1Spec spec;
    private final Comms comms;
    private final double[] offUntil;
    private final double[] sentUntil;
    private final double[] offMinutes;

    D1Limiter(LvFlexModel m) {
        this.m = m;
        this.spec = m.scenario().model().d1();
        this.comms = m.comms();
        int n = m.evs().size();
        this.offUntil = new double[n];
        this.sentUntil = new double[n];
        this.offMinutes = new double[n];
        m.addObserver(this);
        m.addLimiter(this);
    }

    @Override
    public void afterSolve(LvFlexModel model, int step, double now) {
        Grid g = model.grid();
        double phaseRating = g.transformerRatingKva() / 3;
        for (int ph = 0; ph < 3; ph++) {
            double s = g.transformerSKva(ph);
            if (s > spec.thresholdPct() / 100 * phaseRating) {
                curtail(now, ph, -1, s - spec.targetPct() / 100 * phaseRating);
            }
        }
        for (int f = 0; f < g.feederCount(); f++) {
            double rating = g.feederHeadRatingA(f);
            if (Double.isNaN(rating)) {
                continue;
            }
            for (int ph = 0; ph < 3; ph++) {
                double amps = g.feederHeadCurrentA(f, ph);
                if (amps > spec.thresholdPct() / 100 * rating) {
                    curtail(now, ph, f, (amps - spec.targetPct() / 100 * rating) * PHASE_V / 1000);
                }
            }
        }
    }

    /** Switches off chargers on a phase (and feeder, if f >= 0) until {@code excessKw} is removed. */
    private void curtail(double now, int phase, int feeder, double excessKw) {
        List<Ev> candidates = new ArrayList<>();
        for (Ev ev : m.evs()) {
            if (ev.pluggedAtHome() && ev.getSetpointKw() > 0 && now >= sentUntil[ev.getId()]
                    && ev.household().getPhase() == phase && (feeder < 0 || ev.household().getFeeder() == feeder)) {
                candidates.add(ev);
            }
        }
        candidates.sort(Comparator.<Ev>comparingDouble(e -> offMinutes[e.getId()]).thenComparingInt(Ev::getId));
        double removed = 0;
        for (Ev ev : candidates) {
            if (removed >= excessKw) {
                break;
            }
            removed += ev.getSetpointKw();
            int id = ev.getId();
            sentUntil[id] = now + spec.blockMinutes();
            if (m.reporting()) {
                m.stats().dnoSignals++;
            }
            comms.send(id, now, 0, at -> {
                offUntil[id] = at + spec.blockMinutes();
                offMinutes[id] += spec.blockMinutes(); // the rotation's measure: time switched off so far
            });
        }
    }

    @Override
    public double maxChargeKw(Ev ev, double now) {
        return now < offUntil[ev.getId()] ? 0 : Double.POSITIVE_INFINITY;
    }
}
