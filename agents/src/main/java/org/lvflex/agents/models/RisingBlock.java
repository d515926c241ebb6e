package org.lvflex.agents.models;

import org.lvflex.agents.Ledger;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.grid.Grid;
import org.lvflex.agents.population.Household;
import org.lvflex.core.SettlementPeriod;
import org.lvflex.core.SimClock;
import org.lvflex.scenario.C1Spec;

/**
 * C1 Rising Block (001:L1573-1579): every household has a core capacity allowance at the base
 * network rate and pays a premium on energy drawn above it, metered each step. The premium of a
 * feeder rises with its loading (locational premium, updated daily from the feeder's peak the day
 * before). Optimisers plan around the block: charging up to the allowance less the household's
 * expected base demand costs the base rate, above it the premium too. Households that cannot
 * optimise pay the premium when they exceed the allowance.
 */
final class RisingBlock implements LvFlexModel.HouseholdMeter, LvFlexModel.StepObserver {
    private final LvFlexModel m;
    private final C1Spec spec;
    private final double[] multiplier;
    private final double[] feederPeakPct;

    RisingBlock(LvFlexModel m, Fleets fleets) {
        this.m = m;
        this.spec = m.scenario().model().c1();
        int feeders = Math.max(1, m.grid().feederCount());
        this.multiplier = new double[feeders];
        this.feederPeakPct = new double[feeders];
        java.util.Arrays.fill(multiplier, 1);
        m.addMeter(this);
        m.addObserver(this);
        if (fleets != null) {
            fleets.inputs().setTier(
                    (ev, period) -> Math.max(0, spec.coreAllowanceKw()
                            - m.expectedBaseKw(ev.household(), Math.floorMod(period, SimClock.MINUTES_PER_DAY / SettlementPeriod.MINUTES))),
                    (ev, period) -> premium(ev.household()));
        }
        m.onStart(() -> m.events().every(SimClock.MINUTES_PER_DAY, SimClock.MINUTES_PER_DAY, LvFlexModel.ORDER_DNO, s -> updatePremiums()));
    }

    /** Premium per kWh above the allowance for a household (locational). */
    double premium(Household h) {
        return spec.premiumGbpPerKwh() * multiplier[h.getFeeder()];
    }

    /** Tracks each feeder's peak loading: the transformer's when feeder ratings are unknown. */
    @Override
    public void afterSolve(LvFlexModel model, int step, double now) {
        Grid g = model.grid();
        double tx = g.maxPhaseLoadingPct();
        for (int f = 0; f < feederPeakPct.length; f++) {
            double pct = g.feederHeadLoadingPct(f);
            feederPeakPct[f] = Math.max(feederPeakPct[f], Double.isNaN(pct) ? tx : Math.max(pct, tx));
        }
    }

    private void updatePremiums() {
        for (int f = 0; f < multiplier.length; f++) {
            multiplier[f] = 1 + spec.locationalSlope() * Math.max(0, (feederPeakPct[f] - 70) / 10);
            feederPeakPct[f] = 0;
        }
        m.bumpPlanVersion();
    }

    @Override
    public void metered(Household h, double netKw, double evKw, int period, double dtHours) {
        double above = netKw - spec.coreAllowanceKw();
        if (above > 0) {
            double kwh = above * dtHours;
            m.stats().premiumKwh += kwh;
            m.ledger().pay(h.getId(), m.dnoParty(), Ledger.Flow.PREMIUM, kwh * premium(h));
        }
    }
}
