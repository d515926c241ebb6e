package org.lvflex.agents.models;

import java.util.SplittableRandom;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.grid.Grid;
import org.lvflex.scenario.FaultSpec;
import org.lvflex.scenario.ProtectionSpec;

/**
 * Loss and return of supply. Last-resort protection (A2, C1, C2, C3: the DNO "might consider
 * additional measures", 001:L1564-1584): a feeder whose head, or a transformer whose busiest phase,
 * stays above the trip loading is tripped and restored later. A scheduled network outage (faults)
 * takes every feeder down. When supply returns, chargers stay idle and restart after a random delay
 * (001:L3363, L5264-5275), so the restoration is not a step of every charger at once.
 */
final class SupplyInterruptions implements LvFlexModel.StepObserver {
    private final LvFlexModel m;
    private final ProtectionSpec protection;
    private final FaultSpec faults;
    private final double[] overSince;
    private double transformerOverSince = Double.NaN;
    private int restorations;

    private SupplyInterruptions(LvFlexModel m, boolean protect) {
        this.m = m;
        this.protection = m.scenario().model().protection();
        this.faults = m.scenario().faults();
        this.overSince = new double[Math.max(1, m.grid().feederCount())];
        java.util.Arrays.fill(overSince, Double.NaN);
        if (protect && protection.enabled()) {
            m.addObserver(this);
        }
        if (!faults.outageStart().isEmpty()) {
            double at = java.time.Duration.between(m.clock().start(), java.time.LocalDateTime.parse(faults.outageStart())).toMinutes();
            m.onStart(() -> m.events().at(m.clock().ceilToStep(at), LvFlexModel.ORDER_DNO, s -> {
                for (int f = 0; f < overSince.length; f++) {
                    down(f, m.now(), faults.outageMinutes());
                }
            }));
        }
    }

    /** Installs outages for every model and, where {@code protect}, last-resort protection. */
    static SupplyInterruptions install(LvFlexModel m, boolean protect) {
        return new SupplyInterruptions(m, protect);
    }

    @Override
    public void afterSolve(LvFlexModel model, int step, double now) {
        Grid g = model.grid();
        double trip = protection.tripLoadingPct();
        double tx = g.maxPhaseLoadingPct();
        if (tx > trip) {
            transformerOverSince = Double.isNaN(transformerOverSince) ? now : transformerOverSince;
            if (now - transformerOverSince >= protection.tripAfterMinutes()) {
                for (int f = 0; f < overSince.length; f++) {
                    trip(f, now);
                }
                transformerOverSince = Double.NaN;
            }
        } else {
            transformerOverSince = Double.NaN;
        }
        for (int f = 0; f < overSince.length; f++) {
            double pct = g.feederHeadLoadingPct(f);
            if (m.feederDown(f) || Double.isNaN(pct) || pct <= trip) {
                overSince[f] = Double.NaN;
                continue;
            }
            overSince[f] = Double.isNaN(overSince[f]) ? now : overSince[f];
            if (now - overSince[f] >= protection.tripAfterMinutes()) {
                trip(f, now);
            }
        }
    }

    private void trip(int feeder, double now) {
        if (m.feederDown(feeder)) {
            return;
        }
        if (m.reporting()) {
            m.stats().protectionTrips++;
        }
        overSince[feeder] = Double.NaN;
        down(feeder, now, protection.restoreMinutes());
    }

    private void down(int feeder, double now, double minutes) {
        m.setFeederDown(feeder, true);
        double back = m.clock().ceilToStep(now + minutes);
        m.events().at(back, LvFlexModel.ORDER_DNO, s -> {
            m.setFeederDown(feeder, false);
            int n = restorations++;
            for (Ev ev : m.evs()) {
                if (ev.household().getFeeder() == feeder) {
                    SplittableRandom r = m.streams().keyed("restart-delay", ev.getId(), n);
                    m.holdChargerUntil(ev, back + r.nextDouble() * faults.restartDelayMaxMinutes());
                }
            }
        });
    }
}
