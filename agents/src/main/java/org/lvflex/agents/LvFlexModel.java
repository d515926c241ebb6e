package org.lvflex.agents;

import java.util.ArrayList;
import java.util.List;
import org.lvflex.agents.aggregator.Aggregator;
import org.lvflex.agents.control.ChargeContext;
import org.lvflex.agents.control.ChargeController;
import org.lvflex.agents.control.ChargeLimiter;
import org.lvflex.agents.control.Comms;
import org.lvflex.agents.cpo.Cpo;
import org.lvflex.agents.demand.BaseDemand;
import org.lvflex.agents.dno.Dno;
import org.lvflex.agents.ev.Drivers;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.ev.Session;
import org.lvflex.agents.ev.SessionLog;
import org.lvflex.agents.ev.TravelModel;
import org.lvflex.agents.grid.Grid;
import org.lvflex.agents.models.ModelInstaller;
import org.lvflex.agents.population.Household;
import org.lvflex.agents.population.PopulationBuilder;
import org.lvflex.agents.tariff.DynamicPrices;
import org.lvflex.agents.tariff.Metering;
import org.lvflex.agents.tariff.NetworkTariff;
import org.lvflex.agents.tariff.Supplier;
import org.lvflex.agents.tariff.TariffKind;
import org.lvflex.core.AgentCounters;
import org.lvflex.core.LvSimState;
import org.lvflex.core.PowerFactor;
import org.lvflex.core.SettlementPeriod;
import org.lvflex.core.SimClock;
import org.lvflex.core.TimeSeriesRecorder;
import org.lvflex.scenario.ModelType;
import org.lvflex.scenario.Scenario;
import org.lvflex.scenario.TariffSpec;

/**
 * An lvflex run: households, EVs, supplier, DNO, aggregators and CPO on an LV network under one
 * smart-charging model. A MASON SimState: the command line runs it headless, the classroom GUI
 * wraps the same object. Time is in minutes since the scenario's start.
 *
 * <p>Each physical step (ordering {@link #ORDER_STEP}, after that minute's events): every plugged-in
 * charger's controller says what it wants, external limiters cap it (curtailment), batteries move,
 * every connection's demand is set and the network solved, observers (the DNO) read the results,
 * the recorder stores the step and meters accumulate; settlement runs at each half-hour's end.
 */
public class LvFlexModel extends LvSimState {
    private static final long serialVersionUID = 1L;

    /** Event orderings within one minute: lower runs first. */
    public static final int ORDER_DAY = 0;
    public static final int ORDER_MARKET = 1;
    public static final int ORDER_DNO = 2;
    public static final int ORDER_TRAVEL = 3;
    public static final int ORDER_STEP = 4;
    /** Runs first in its minute: reporting starts when the warm-up ends. */
    public static final int ORDER_REPORT = -1;

    /** Something that reads the solved network each step (a DNO's monitoring, protection). */
    public interface StepObserver {
        void afterSolve(LvFlexModel m, int step, double now);
    }

    /** Something that sees each household's metered demand every reported step (capacity charges, breaches). */
    public interface HouseholdMeter {
        void metered(Household h, double netKw, double evKw, int period, double dtHours);
    }

    /**
     * Demand at connections other than homes (public chargepoint sites): called each step after the
     * households' demand is set and before the solve; sets its connections' demand on the grid and
     * returns the EV charging power it draws (kW, for the public_charging_kw series).
     */
    public interface DemandSource {
        double beforeSolve(LvFlexModel m, int step, double now, double dtHours);
    }

    private final Scenario scenario;
    private final Grid grid;
    private final List<Household> households;
    private final List<Ev> evs;
    private final BaseDemand baseDemand;
    private final Supplier supplier;
    private final ChargeContext ctx;
    private final SessionLog sessions = new SessionLog();
    private final Ledger ledger;
    private final int supplierParty;
    private final int dnoParty;
    private final Metering metering;
    private final ChargeController[] controllers;
    private final List<ChargeLimiter> limiters = new ArrayList<>();
    private final List<StepObserver> observers = new ArrayList<>();
    private final List<DemandSource> demandSources = new ArrayList<>();
    private final List<HouseholdMeter> meters = new ArrayList<>();
    private final boolean[] feederDown;
    private final double[] restartAt;
    private final double[] chargingPhaseKw = new double[3];
    private final List<Runnable> onStart = new ArrayList<>();
    private final List<Runnable> onFinish = new ArrayList<>();
    private final List<Runnable> onBeginReporting = new ArrayList<>();
    private final Dno dno;
    private final Cpo cpo;
    private double chargingKwNow;
    private long planVersion;
    private final ControlStats stats = new ControlStats();
    private List<Aggregator> aggregators = List.of();
    private Comms comms;
    private final Drivers drivers;
    private final TimeSeriesRecorder recorder;
    private final AgentCounters counters;
    private final double[][] baseTrace;
    private final double[][] lastDayBase;
    private final boolean[] wasCurtailed;
    private final double[] curtailStart;
    private final List<Double> curtailmentDurations = new ArrayList<>();
    private final double householdTanPhi;
    private final double chargerTanPhi;
    private final Columns col;
    private final int warmupSteps;
    private boolean reporting;
    private int step;

    public LvFlexModel(Scenario scenario, Grid grid) {
        super(scenario.run().seed(), SimClock.ofDays(scenario.run().start().minusDays(scenario.run().warmupDays()).atStartOfDay(),
                scenario.run().stepMinutes(), scenario.run().days() + scenario.run().warmupDays()));
        this.scenario = scenario;
        this.warmupSteps = scenario.run().warmupDays() * clock.stepsPerDay();
        this.grid = grid;
        PopulationBuilder.Population pop = new PopulationBuilder(scenario, streams).build(grid);
        this.households = pop.households();
        this.evs = pop.evs();
        this.baseDemand = new BaseDemand(scenario.households().baseLoad(), streams, clock.start().toLocalDate(), clock.stepMinutes());
        TravelModel travel = new TravelModel(scenario.ev().travel(), streams, scenario.households().capability().homeBasedShare());
        TariffSpec ts = scenario.tariffs();
        DynamicPrices prices = DynamicPrices.build(ts.dynamicPrices(), clock.start().toLocalDate(),
                scenario.run().days() + scenario.run().warmupDays(), ts.dynamicNoise(), streams.stream("tariff"));
        this.supplier = new Supplier(ts, prices);
        this.ctx = new ChargeContext(clock, scenario.ev().targetSoc(), scenario.ev().chargeEfficiency(),
                scenario.v2g().dischargeEfficiency());
        this.ledger = new Ledger(households.size());
        this.supplierParty = ledger.addParty("supplier");
        this.dnoParty = ledger.addParty("dno");
        this.metering = new Metering(households, supplier, NetworkTariff.flat(ts.networkGbpPerKwh()), ledger,
                supplierParty, dnoParty);
        this.controllers = new ChargeController[evs.size()];
        this.drivers = new Drivers(scenario.ev(), travel, clock, events, ORDER_TRAVEL, streams, ctx, sessions, evs.size(),
                (ev, now) -> controllers[ev.getId()].onPlugIn(ev, now));
        this.recorder = new TimeSeriesRecorder(SimClock.ofDays(scenario.run().start().atStartOfDay(), clock.stepMinutes(),
                scenario.run().days()));
        this.col = new Columns(recorder);
        this.counters = new AgentCounters(households.size());
        col.register(counters);
        this.baseTrace = new double[households.size()][clock.stepsPerDay()];
        this.lastDayBase = new double[households.size()][SettlementPeriod.PER_DAY];
        this.wasCurtailed = new boolean[evs.size()];
        this.curtailStart = new double[evs.size()];
        this.householdTanPhi = PowerFactor.tanPhi(scenario.network().householdPowerFactor());
        this.chargerTanPhi = PowerFactor.tanPhi(scenario.network().chargerPowerFactor());
        this.feederDown = new boolean[Math.max(1, grid.feederCount())];
        this.restartAt = new double[evs.size()];
        // no supply, no charging: a feeder that is down, and chargers waiting to restart after it (001:L5264-5275)
        limiters.add(new ChargeLimiter() {
            @Override
            public double maxChargeKw(Ev ev, double now) {
                return feederDown[ev.household().getFeeder()] || now < restartAt[ev.getId()] ? 0 : Double.POSITIVE_INFINITY;
            }

            @Override
            public double maxExportKw(Ev ev, double now) {
                return maxChargeKw(ev, now);
            }

            @Override
            public boolean overridable() {
                return false;
            }
        });
        this.dno = new Dno(this);
        this.cpo = Cpo.install(this);
        ModelInstaller.install(this);
    }

    /** Puts every EV household on the tariff the model implies (or the scenario fixes). */
    public void assignTariffs(TariffKind modelTariff) {
        TariffSpec.EvTariff chosen = scenario.tariffs().evTariff();
        TariffKind kind = chosen == TariffSpec.EvTariff.AUTO ? modelTariff : TariffKind.valueOf(chosen.name());
        for (Household h : households) {
            boolean needsMeter = kind != TariffKind.FLAT;
            h.setTariff(h.getHasEv() && (!needsMeter || h.capability().smartMeter()) ? kind : TariffKind.FLAT);
        }
    }

    @Override
    public void start() {
        super.start();
        step = 0;
        reporting = warmupSteps == 0;
        if (!reporting) {
            events.at(clock.timeOf(warmupSteps), ORDER_REPORT, s -> beginReporting());
        }
        events.every(0, SimClock.MINUTES_PER_DAY, ORDER_DAY, s -> newDay());
        events.every(0, clock.stepMinutes(), ORDER_STEP, s -> physicalStep());
        for (Ev ev : evs) {
            drivers.start(ev);
        }
        for (Runnable r : onStart) {
            r.run();
        }
    }

    /** Registers work to do when the run ends, before open sessions are closed (final reviews). */
    public void onFinish(Runnable r) {
        onFinish.add(r);
    }

    /** Registers work to do when the warm-up ends, after the model has restarted the sessions in progress. */
    public void onBeginReporting(Runnable r) {
        onBeginReporting.add(r);
    }

    /** Registers work to do when the run starts (after the schedule is reset): models schedule their agents here. */
    public void onStart(Runnable r) {
        onStart.add(r);
    }

    private void newDay() {
        int day = clock.dayIndex(now());
        int perPeriod = clock.stepsPerPeriod();
        for (Household h : households) {
            double[] trace = baseTrace[h.getId()];
            double[] hh = lastDayBase[h.getId()];
            for (int p = 0; p < hh.length; p++) {
                double sum = 0;
                for (int k = p * perPeriod; k < (p + 1) * perPeriod; k++) {
                    sum += trace[k];
                }
                hh[p] = sum / perPeriod;
            }
            baseDemand.fillDay(h, day, trace);
        }
        if (reporting) {
            metering.standingCharge();
        }
    }

    /**
     * The warm-up is over: forget its sessions, money and counts. Sessions in progress restart
     * here, marked as cut by the start of the run; the DNO's history and the batteries carry on.
     */
    private void beginReporting() {
        double now = now();
        sessions.clear();
        ledger.reset();
        counters.reset();
        curtailmentDurations.clear();
        stats.reset();
        if (comms != null) {
            comms.resetCounts();
        }
        grid.beginReporting();
        for (Ev ev : evs) {
            Session old = ev.session();
            if (old != null) {
                Session s = new Session(old.evId, old.householdId, old.home, old.chargerKw, now, ev.getSoc(), old.targetSoc, true);
                s.override = old.override;
                ev.replaceSession(s);
            }
            if (wasCurtailed[ev.getId()]) {
                curtailStart[ev.getId()] = now;
            }
        }
        reporting = true;
        for (Runnable r : onBeginReporting) {
            r.run();
        }
    }

    /** True once the warm-up is over: only then is anything recorded, billed or counted. */
    public boolean reporting() {
        return reporting;
    }

    private void physicalStep() {
        double now = now();
        double dt = clock.stepHours();
        int k = clock.stepAt(now) % clock.stepsPerDay();
        double evCharging = 0;
        double v2gExport = 0;
        chargingPhaseKw[0] = 0;
        chargingPhaseKw[1] = 0;
        chargingPhaseKw[2] = 0;
        double curtailedKw = 0;
        int plugged = 0;
        int charging = 0;
        for (Ev ev : evs) {
            if (!ev.pluggedAtHome()) {
                endCurtailment(ev, now); // unplugged while curtailed: the event ends
                continue;
            }
            plugged++;
            double kw = chargeOneStep(ev, now, dt);
            chargingPhaseKw[ev.household().getPhase()] += kw;
            if (kw > 0) {
                evCharging += kw;
                charging++;
            } else {
                v2gExport -= kw;
            }
            curtailedKw += ev.getCurtailed() ? Math.max(0, ev.getReferenceKw() - Math.max(0, kw)) : 0;
        }
        double base = 0;
        double unserved = 0;
        int period = step / clock.stepsPerPeriod();
        for (Household h : households) {
            double b = baseTrace[h.getId()][k];
            if (feederDown[h.getFeeder()]) {
                unserved += b;
                if (reporting) {
                    counters.add(col.unservedKwh, h.getId(), b * dt);
                }
                b = 0;
            }
            base += b;
            Ev ev = h.ev();
            double evKw = ev != null && ev.pluggedAtHome() ? ev.getSetpointKw() : 0;
            grid.setDemand(h.connection(), b + evKw, b * householdTanPhi + evKw * chargerTanPhi);
            if (reporting) {
                metering.meter(h.getId(), b + evKw, dt);
                counters.add(col.baseKwh, h.getId(), b * dt);
                for (HouseholdMeter hm : meters) {
                    hm.metered(h, b + evKw, evKw, period, dt);
                }
            }
        }
        double publicKw = 0;
        for (DemandSource d : demandSources) {
            publicKw += d.beforeSolve(this, step, now, dt);
        }
        for (int ph = 0; ph < 3; ph++) {
            chargingPhaseKw[ph] += publicKw / 3; // public sites are balanced three-phase connections
        }
        chargingKwNow = evCharging - v2gExport + publicKw;
        grid.solve();
        for (StepObserver o : observers) {
            o.afterSolve(this, step, now);
        }
        if (reporting) {
            col.record(step - warmupSteps, grid, base, evCharging, v2gExport, curtailedKw, plugged, charging);
            recorder.set(col.publicCharging, step - warmupSteps, publicKw);
            recorder.set(col.unserved, step - warmupSteps, unserved);
            int stepsPerPeriod = clock.stepsPerPeriod();
            if ((step + 1) % stepsPerPeriod == 0) {
                metering.settle(period, clock.minuteOfDay(clock.timeOf(period * stepsPerPeriod)));
            }
        }
        step++;
    }

    /** One EV's charging this step: controller, physical bounds, external limits, battery. Returns grid kW. */
    private double chargeOneStep(Ev ev, double now, double dt) {
        Session s = ev.session();
        ChargeController c = controllers[ev.getId()];
        double desired = s.override ? ctx.immediateKw(ev) : c.desiredKw(ev, now);
        double reference = s.override ? desired : c.referenceKw(ev, now, desired);
        double maxCharge = Math.max(0, Math.min(ev.getHomeChargerKw(), (ev.getBatteryKwh() - ev.energyKwh()) / (ctx.chargeEfficiency() * dt)));
        double maxExport = Math.max(0, Math.min(ev.getExportKw(), ev.energyKwh() * ctx.dischargeEfficiency() / dt));
        desired = Math.max(-maxExport, Math.min(maxCharge, desired));
        reference = Math.max(0, Math.min(maxCharge, reference));
        double limitCharge = Double.POSITIVE_INFINITY;
        double limitExport = Double.POSITIVE_INFINITY;
        ChargeLimiter binding = null;
        for (ChargeLimiter l : limiters) {
            if (s.override && l.overridable()) {
                continue;
            }
            double lc = l.maxChargeKw(ev, now);
            if (lc < limitCharge) {
                limitCharge = lc;
                binding = l;
            }
            limitExport = Math.min(limitExport, l.maxExportKw(ev, now));
        }
        double actual = Math.max(-limitExport, Math.min(limitCharge, desired));
        ev.setUnderSignal(limitCharge < ev.getHomeChargerKw() - 1e-9 || limitExport < ev.getExportKw() - 1e-9);
        // curtailment: what the charger would have drawn without outside limits, less what it drew
        double curtailedKw = Math.max(0, reference - Math.max(0, actual));
        boolean curtailedNow = curtailedKw > 1e-9;
        if (curtailedNow) {
            double kwh = curtailedKw * dt;
            s.curtailedKwh += kwh;
            if (binding != null && reporting && actual < desired - 1e-9) {
                binding.curtailed(ev, (desired - actual) * dt, now);
            }
            if (reporting) {
                counters.add(col.curtailedKwh, ev.household().getId(), kwh);
            }
            if (!wasCurtailed[ev.getId()]) {
                if (reporting) {
                    counters.add(col.curtailmentEvents, ev.household().getId(), 1);
                }
                curtailStart[ev.getId()] = now;
                wasCurtailed[ev.getId()] = true;
            }
        } else {
            endCurtailment(ev, now);
        }
        if (actual > 0) {
            ev.addEnergy(actual * ctx.chargeEfficiency() * dt);
            s.chargedKwh += actual * dt;
            s.chargingMinutes += clock.stepMinutes();
        } else if (actual < 0) {
            ev.addEnergy(actual / ctx.dischargeEfficiency() * dt);
            s.dischargedKwh -= actual * dt;
        }
        ev.setSetpoint(reference, actual, curtailedNow);
        return actual;
    }

    /** Closes an EV's curtailment event, if one is open, recording its length. */
    private void endCurtailment(Ev ev, double now) {
        if (wasCurtailed[ev.getId()]) {
            curtailmentDurations.add(now - curtailStart[ev.getId()]);
            wasCurtailed[ev.getId()] = false;
        }
    }

    @Override
    public void finish() {
        for (Runnable r : onFinish) {
            r.run();
        }
        for (Ev ev : evs) {
            endCurtailment(ev, clock.horizonMinutes());
            if (ev.getPlugged()) {
                drivers.endSession(ev, clock.horizonMinutes(), true);
            }
        }
        super.finish();
    }

    // ---- wiring for the smart-charging models -------------------------------------------------

    public void setController(Ev ev, ChargeController c) {
        controllers[ev.getId()] = c;
    }

    public ChargeController controller(Ev ev) {
        return controllers[ev.getId()];
    }

    public void addLimiter(ChargeLimiter l) {
        limiters.add(l);
    }

    public void addObserver(StepObserver o) {
        observers.add(o);
    }

    public void addDemandSource(DemandSource d) {
        demandSources.add(d);
    }

    public void addMeter(HouseholdMeter hm) {
        meters.add(hm);
    }

    /** Supply to a feeder lost (trip, outage) or restored; homes on it draw nothing while it is down. */
    public void setFeederDown(int feeder, boolean down) {
        feederDown[feeder] = down;
    }

    public boolean feederDown(int feeder) {
        return feederDown[feeder];
    }

    /** Keeps a charger idle until {@code time} (stochastic restart after power returns). */
    public void holdChargerUntil(Ev ev, double time) {
        restartAt[ev.getId()] = Math.max(restartAt[ev.getId()], time);
    }

    /** What the control mechanisms did (signals, flexibility, rights, prices, trips). */
    public ControlStats stats() {
        return stats;
    }

    /** The aggregators of the run (empty in models without market optimisation). */
    public List<Aggregator> aggregators() {
        return aggregators;
    }

    public void setAggregators(List<Aggregator> a) {
        this.aggregators = List.copyOf(a);
    }

    /** The control-message link to chargers (shared by the DNO and aggregators). */
    public Comms comms() {
        if (comms == null) {
            comms = new Comms(scenario.faults(), streams, events, ORDER_DNO, evs.size());
        }
        return comms;
    }

    /** Version of everything optimisers plan with; a model bumps it when it changes prices or caps. */
    public long planVersion() {
        return planVersion;
    }

    /** Tells every optimiser to re-plan (new prices, profiles, rights or signals). */
    public void bumpPlanVersion() {
        planVersion++;
    }

    /** kvar per kW of EV chargers (their power factor). */
    public double chargerTanPhi() {
        return chargerTanPhi;
    }

    /** Net EV charging on one phase in the step just solved (home and public), kW. */
    public double chargingKwNow(int phase) {
        return chargingPhaseKw[phase];
    }

    /** Where drivers without home charging (and cars needing a top-up) charge on this feeder. */
    public void setPublicCharging(Drivers.PublicCharging p) {
        drivers.setPublicCharging(p);
    }

    public Drivers drivers() {
        return drivers;
    }

    public Dno dno() {
        return dno;
    }

    /** The chargepoint operator of the feeder's public sites, or null when the scenario has none. */
    public Cpo cpo() {
        return cpo;
    }

    /** Net EV charging (home and public, less V2G export) in the step just solved, kW: the chargepoint telemetry. */
    public double chargingKwNow() {
        return chargingKwNow;
    }

    /** What a household is doing now, for displays (the classroom GUI). */
    public HouseholdState householdState(Household h) {
        Ev ev = h.ev();
        if (ev == null) {
            return HouseholdState.NO_EV;
        }
        if (!ev.getHome()) {
            return HouseholdState.AWAY;
        }
        if (!ev.pluggedAtHome()) {
            return HouseholdState.HOME_UNPLUGGED;
        }
        if (ev.getCurtailed()) {
            return HouseholdState.CURTAILED;
        }
        if (ev.getSetpointKw() < -1e-9) {
            return HouseholdState.V2G_EXPORTING;
        }
        if (ev.getUnderSignal()) {
            return HouseholdState.UNDER_SIGNAL;
        }
        return ev.getSetpointKw() > 1e-9 ? HouseholdState.CHARGING : HouseholdState.PLUGGED_IDLE;
    }

    // ---- read access ----------------------------------------------------------------------------

    public Scenario scenario() {
        return scenario;
    }

    public ModelType modelType() {
        return scenario.model().type();
    }

    public Grid grid() {
        return grid;
    }

    public List<Household> households() {
        return households;
    }

    public List<Ev> evs() {
        return evs;
    }

    public Supplier supplier() {
        return supplier;
    }

    public ChargeContext chargeContext() {
        return ctx;
    }

    public SessionLog sessions() {
        return sessions;
    }

    public Ledger ledger() {
        return ledger;
    }

    public int supplierParty() {
        return supplierParty;
    }

    public int dnoParty() {
        return dnoParty;
    }

    public Metering metering() {
        return metering;
    }

    public TimeSeriesRecorder recorder() {
        return recorder;
    }

    public AgentCounters counters() {
        return counters;
    }

    public Columns columns() {
        return col;
    }

    /** Length of every curtailment event that ended (or was cut by the end of the run), minutes. */
    public List<Double> curtailmentDurations() {
        return curtailmentDurations;
    }

    /** Reported steps completed so far (after the warm-up): the rows of the recorder. */
    public int stepsDone() {
        return Math.max(0, step - warmupSteps);
    }

    /** Every physical step run so far, warm-up included. */
    public int physicalSteps() {
        return step;
    }

    /** Base demand of a household in the current step (kW). */
    public double baseKw(Household h) {
        return baseTrace[h.getId()][clock.stepAt(now()) % clock.stepsPerDay()];
    }

    /**
     * What a household expects its own base demand to be in a half-hour of the day: the same
     * half-hour yesterday (kW). Used by optimisers that plan around a capacity allowance.
     */
    public double expectedBaseKw(Household h, int periodOfDay) {
        return lastDayBase[h.getId()][periodOfDay];
    }

    /** Steps of warm-up before reporting starts. */
    public int warmupSteps() {
        return warmupSteps;
    }

    @Override
    public String toString() {
        return scenario.name() + " [" + scenario.model().type() + "]";
    }
}
