package org.lvflex.agents.control;

import java.util.function.BooleanSupplier;
import org.lvflex.agents.ev.Ev;
import org.lvflex.core.SettlementPeriod;
import org.lvflex.scenario.AggregatorSpec;
import org.lvflex.scenario.V2gSpec;

/**
 * Price-following charging for EVs managed by an aggregator or by the household's own optimiser:
 * at plug-in, and whenever its inputs change or the car falls behind its plan (it was curtailed),
 * the EV is planned until departure over half-hour slots with {@link ChargeScheduler} (or the exact
 * LP) and the charger follows the plan.
 *
 * <p>When outside parties cap the plan (a DNO profile or signal), a shadow plan is kept without
 * those caps: what the car draws less than the shadow is curtailment (DOMAIN.md section 8), while
 * moving charging for prices is the customer's own response and is not. The shadow is the path the
 * car would have followed: it is re-planned when inputs change, not when the car falls behind it.
 */
public final class PlanningController implements ChargeController {
    /** Re-plan when the battery is this far (kWh) from where the plan expected it. */
    private static final double DEVIATION_KWH = 0.05;

    private final Planner main;
    private final Planner shadow;
    private final BooleanSupplier shadowActive;

    /**
     * @param shadowInputs the inputs without outside caps, or null
     * @param shadowActive whether outside caps exist (else the shadow plan would equal the plan)
     */
    public PlanningController(ChargeContext ctx, PlanInputs inputs, PlanInputs shadowInputs, BooleanSupplier shadowActive,
            AggregatorSpec spec, V2gSpec v2g, int evCount) {
        this.main = new Planner(ctx, inputs, spec, v2g, evCount, true);
        // the shadow is the counterfactual path without outside caps: not re-planned when the car falls behind it
        this.shadow = shadowInputs == null ? null : new Planner(ctx, shadowInputs, spec, v2g, evCount, false);
        this.shadowActive = shadowActive;
    }

    private boolean useShadow() {
        return shadow != null && shadowActive.getAsBoolean();
    }

    @Override
    public void onPlugIn(Ev ev, double now) {
        main.plan(ev, now);
        if (useShadow()) {
            shadow.plan(ev, now);
        }
    }

    @Override
    public double desiredKw(Ev ev, double now) {
        return main.kw(ev, now);
    }

    @Override
    public double referenceKw(Ev ev, double now, double desiredKw) {
        return useShadow() ? shadow.kw(ev, now) : desiredKw;
    }

    @Override
    public double expectedKw(Ev ev, double now, double at) {
        return plannedKw(ev, at);
    }

    /** The planned grid-side power of an EV at a future time (0 outside its plan). */
    public double plannedKw(Ev ev, double at) {
        Plan pl = main.plans[ev.getId()];
        if (pl == null || pl.startPeriod < 0 || at >= pl.end) {
            return 0;
        }
        int s = SettlementPeriod.at(at) - pl.startPeriod;
        return s < 0 || s >= pl.p.n ? 0 : pl.p.chargeKw[s] - pl.p.exportKw[s];
    }

    /** One EV's current plan. */
    private static final class Plan {
        final ChargePlanProblem p = new ChargePlanProblem();
        final double[] energyBefore = new double[ChargePlanProblem.MAX_SLOTS + 1];
        int startPeriod = -1;
        long version = Long.MIN_VALUE;
        int checkedPeriod = -1;
        double end;
    }

    /** Plans EVs against one set of inputs. */
    private final class Planner {
        private final ChargeContext ctx;
        private final PlanInputs inputs;
        private final AggregatorSpec spec;
        private final V2gSpec v2g;
        private final ChargeScheduler greedy = new ChargeScheduler();
        private final LpChargeScheduler lp = new LpChargeScheduler();
        private final Plan[] plans;
        private final boolean followCar;

        Planner(ChargeContext ctx, PlanInputs inputs, AggregatorSpec spec, V2gSpec v2g, int evCount, boolean followCar) {
            this.followCar = followCar;
            this.ctx = ctx;
            this.inputs = inputs;
            this.spec = spec;
            this.v2g = v2g;
            this.plans = new Plan[evCount];
        }

        /** The plan's power now, re-planning first if it is stale or the car is off track. */
        double kw(Ev ev, double now) {
            Plan pl = plans[ev.getId()];
            int period = SettlementPeriod.at(now);
            if (pl == null || pl.startPeriod < 0 || pl.version != inputs.version() || now >= pl.end
                    || period - pl.startPeriod >= pl.p.n || period < pl.startPeriod) {
                pl = plan(ev, now);
            } else if (followCar && period != pl.checkedPeriod) {
                pl.checkedPeriod = period;
                if (Math.abs(ev.energyKwh() - pl.energyBefore[period - pl.startPeriod]) > DEVIATION_KWH) {
                    pl = plan(ev, now);
                }
            }
            int s = period - pl.startPeriod;
            if (s < 0 || s >= pl.p.n) {
                return 0;
            }
            return pl.p.chargeKw[s] - pl.p.exportKw[s];
        }

        /** Plans an EV from {@code now} to its departure (or the horizon). */
        Plan plan(Ev ev, double now) {
            Plan pl = plans[ev.getId()];
            if (pl == null) {
                pl = new Plan();
                plans[ev.getId()] = pl;
            }
            ChargePlanProblem p = pl.p;
            double end = Math.min(ev.nextDeparture(), now + spec.horizonHours() * 60);
            int startPeriod = SettlementPeriod.at(now);
            int slots = Math.max(1, Math.min(ChargePlanProblem.MAX_SLOTS, (int) Math.ceil(end / SettlementPeriod.MINUTES - 1e-9) - startPeriod));
            p.reset(slots);
            boolean canExport = ev.v2g();
            for (int s = 0; s < slots; s++) {
                int period = startPeriod + s;
                double from = Math.max(now, SettlementPeriod.start(period));
                double to = Math.min(end, SettlementPeriod.start(period + 1));
                p.hours[s] = Math.max(0, to - from) / 60.0;
                p.importPrice[s] = inputs.importPrice(ev, period);
                p.maxChargeKw[s] = Math.min(ev.getHomeChargerKw(), inputs.maxChargeKw(ev, period));
                p.tierKw[s] = inputs.tierKw(ev, period);
                p.tierPremium[s] = inputs.tierPremium(ev, period);
                if (canExport) {
                    p.exportPrice[s] = inputs.exportPrice(ev, period);
                    p.maxExportKw[s] = ev.getExportKw();
                }
            }
            p.energyKwh = ev.energyKwh();
            p.capacityKwh = ev.getBatteryKwh();
            p.targetKwh = Math.max(ev.energyKwh(), ctx.targetSoc() * ev.getBatteryKwh());
            p.reserveKwh = canExport ? v2g.minSocReserve() * ev.getBatteryKwh() : 0;
            p.etaCharge = ctx.chargeEfficiency();
            p.etaDischarge = ctx.dischargeEfficiency();
            p.degradationPerKwh = v2g.degradationGbpPerKwh();
            if (spec.method() == AggregatorSpec.Method.LP) {
                lp.solve(p);
            } else {
                greedy.solve(p);
            }
            p.boundaries(pl.energyBefore);
            pl.startPeriod = startPeriod;
            pl.checkedPeriod = startPeriod;
            pl.version = inputs.version();
            pl.end = end;
            return pl;
        }
    }
}
