package org.lvflex.agents.cpo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.lvflex.agents.Ledger;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.ev.Drivers;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.ev.Session;
import org.lvflex.agents.grid.Grid;
import org.lvflex.core.SimClock;
import org.lvflex.core.TimeSeriesRecorder;
import org.lvflex.scenario.CpoFlexSpec;
import org.lvflex.scenario.PublicChargingSpec;
import org.lvflex.scenario.PublicSiteSpec;
import org.lvflex.scenario.SccSchemeSpec;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * The chargepoint operator: runs the public sites of the feeder through its chargepoint management
 * system (CPMS). Each step, per site: cars that left are signed off, the connection scheme (or the
 * DNO's setpoint, or a trip) gives the site limit, the CPMS shares it among the cars ({@link Cpms}),
 * batteries move, the site's connection demand (chargers plus other site load) is set on the grid,
 * drivers pay the site tariff and the CPO pays for energy and network use. Optionally it sells
 * turn-down of its FIRM and CLM sites as flexibility ({@link CpoFlexSpec}).
 *
 * <p>Who charges: residents without off-street parking (from the travel model, when they arrive home
 * low), visitors ({@link Visitors}) and depot fleets ({@link Fleet}). Residents stay on an on-street
 * charger until their next departure; at a hub they leave when charged or after
 * {@code residentHubMaxMinutes}.
 */
public final class Cpo implements Drivers.PublicCharging, LvFlexModel.DemandSource {
    private static final double EPS = 1e-6;

    private final LvFlexModel m;
    private final PublicChargingSpec spec;
    private final List<Site> sites = new ArrayList<>();
    private final SccDno sccDno;
    private final Visitors visitors;
    private final Fleet fleet;
    private final List<SiteSession> log = new ArrayList<>();
    private final int[] choices;
    private final double eff;
    private final int cpoParty;
    private final int visitorParty;
    private final int fleetParty;
    private final int flexFrom;
    private final int flexMinutes;
    private final double networkGbpPerKwh;
    private final int colOther;
    private final int colCurtailed;
    private final int colFlex;
    private final int colTripped;
    private final int colPlugged;

    /** Installs the CPO if the scenario has public sites; returns it, or null when there are none. */
    public static Cpo install(LvFlexModel m) {
        return m.scenario().publicCharging().sites().isEmpty() ? null : new Cpo(m);
    }

    private Cpo(LvFlexModel m) {
        this.m = m;
        this.spec = m.scenario().publicCharging();
        this.eff = m.chargeContext().chargeEfficiency();
        Grid g = m.grid();
        Map<String, Integer> byName = new HashMap<>();
        for (int c = 0; c < g.connectionCount(); c++) {
            byName.put(g.connectionName(c), c);
        }
        this.sccDno = new SccDno(m, spec.dno());
        for (int i = 0; i < spec.sites().size(); i++) {
            PublicSiteSpec s = spec.sites().get(i);
            Integer conn = byName.get(SiteConnections.loadName(s));
            if (conn == null || g.phaseOf(conn) != Grid.THREE_PHASE) {
                throw new IllegalStateException("the grid has no three-phase connection for public site " + s.id()
                        + "; build grids with GridFactory, which attaches the sites");
            }
            int feeder = g.feederOf(conn);
            String path = "publicCharging.sites[" + i + "].scheme";
            List<ConstraintPoint> points = new ArrayList<>();
            if (s.scheme().type() == SccSchemeSpec.Type.CMC) {
                for (int k = 0; k < s.scheme().cmcPoints().size(); k++) {
                    ConstraintPoint p = sccDno.point(s.scheme().cmcPoints().get(k), feeder, path + ".cmcPoints[" + k + "]");
                    if (!points.contains(p)) {
                        points.add(p);
                    }
                }
            } else {
                points.add(sccDno.point(s.scheme().constraintPoint(), feeder, path + ".constraintPoint"));
            }
            sites.add(new Site(s, i, conn, feeder, ConnectionScheme.of(s.scheme(), m.clock()), List.copyOf(points), m.clock(), m.chargerTanPhi(),
                    spec.vehicleAcMaxKw(), spec.vehicleDcMaxKw()));
        }
        sccDno.register(sites);
        this.visitors = new Visitors(m, spec, this);
        this.fleet = new Fleet(m, this, sites);
        this.choices = new int[m.evs().size()];
        Ledger l = m.ledger();
        this.cpoParty = l.addParty("cpo");
        this.visitorParty = l.addParty("public-visitors");
        this.fleetParty = l.addParty("fleet-operators");
        CpoFlexSpec flex = spec.flexibility();
        this.flexFrom = TimeOfDay.minutes(flex.windowStart());
        this.flexMinutes = SimClock.windowMinutes(flexFrom, TimeOfDay.minutes(flex.windowEnd()));
        this.networkGbpPerKwh = m.scenario().tariffs().networkGbpPerKwh();
        TimeSeriesRecorder r = m.recorder();
        this.colOther = r.column("public_site_other_kw", 3);
        this.colCurtailed = r.column("public_curtailed_kw", 3);
        this.colFlex = r.column("public_flex_kw", 3);
        this.colTripped = r.column("public_sites_tripped", 0);
        this.colPlugged = r.column("public_evs_plugged_in", 0);
        m.setPublicCharging(this);
        m.addDemandSource(this);
        m.onStart(this::scheduleUsers);
        m.onFinish(this::finish);
        m.onBeginReporting(this::beginReporting);
    }

    private void scheduleUsers() {
        visitors.scheduleDay(0, sites);
        fleet.scheduleDay(0, sites);
        m.events().every(0, SimClock.MINUTES_PER_DAY, LvFlexModel.ORDER_DAY, st -> {
            int next = m.clock().dayIndex(m.now()) + 1;
            visitors.scheduleDay(next, sites);
            fleet.scheduleDay(next, sites);
        });
    }

    // ---- arrivals -------------------------------------------------------------------------------

    /**
     * A resident without off-street parking arrives home low: they try an on-street charger on their
     * own LV way (their street) or a hub, in the order of their draw against {@code hubPreference}.
     */
    @Override
    public boolean startPublicSession(Ev ev, double now, double targetSoc) {
        int k = choices[ev.getId()]++;
        boolean hubFirst = m.streams().keyed("cpo-choice", ev.getId(), k).nextDouble() < spec.hubPreference();
        List<Site> street = new ArrayList<>();
        List<Site> hubs = new ArrayList<>();
        double streetKw = 0;
        for (Site s : sites) {
            if (s.spec.type() == PublicSiteSpec.Type.HUB) {
                hubs.add(s);
            } else if (s.spec.type() == PublicSiteSpec.Type.ON_STREET && s.feeder == ev.household().getFeeder()) {
                street.add(s);
                for (Charger c : s.chargers) {
                    streetKw = Math.max(streetKw, Math.min(c.kw, s.vehicleMaxKw(c)));
                }
            }
        }
        // a driver who leaves again before an on-street charge could finish goes to a hub first
        double needKwh = Math.max(0, targetSoc * ev.getBatteryKwh() - ev.energyKwh()) / eff;
        hubFirst |= streetKw > 0 && ev.nextDeparture() - now < 60 * needKwh / streetKw;
        List<Site> order = new ArrayList<>(hubFirst ? hubs : street);
        order.addAll(hubFirst ? street : hubs);
        for (Site s : order) {
            Charger c = s.freeCharger();
            if (c == null) {
                continue;
            }
            boolean hub = s.spec.type() == PublicSiteSpec.Type.HUB;
            ev.plugIn(new Session(ev.getId(), ev.household().getId(), false, c.kw, now, ev.getSoc(), targetSoc, false));
            if (hub) {
                ev.setHome(false); // the car is at the hub until it leaves
            }
            SiteVehicle v = new SiteVehicle(SiteVehicle.User.RESIDENT, ev, -1, c, s.vehicleMaxKw(c), now, Double.POSITIVE_INFINITY, hub, 0);
            if (hub) {
                // the driver plans the time the charge takes at full power, plus some slack, within a limit
                double needed = 60 * v.remainingKwh(eff) / v.maxKw + spec.hubStaySlackMinutes();
                v = v.leavingAt(m.clock().ceilToStep(now + Math.min(spec.residentHubMaxMinutes(), needed)));
            }
            plug(s, c, v);
            return true;
        }
        return false;
    }

    /** A visitor or fleet vehicle arrives; false (and counted as turned away) when no charger is free. */
    boolean arrive(Site s, SiteVehicle.User user, int fleetIndex, double now, double leaveAt, boolean leavesWhenFull, double needKwh) {
        Charger c = s.freeCharger();
        if (c == null) {
            if (m.reporting()) {
                s.tally.turnedAway(needKwh);
            }
            return false;
        }
        double maxKw = Math.min(c.kw, s.vehicleMaxKw(c));
        // a visitor expects no more than their stay gives at the charger's full power
        double want = user == SiteVehicle.User.VISITOR ? Math.min(needKwh, maxKw * (leaveAt - now) / 60) : needKwh;
        plug(s, c, new SiteVehicle(user, null, fleetIndex, c, maxKw, now, leaveAt, leavesWhenFull, want));
        return true;
    }

    private static void plug(Site s, Charger c, SiteVehicle v) {
        c.occupant = v;
        s.cars.add(v);
    }

    /** The warm-up is over: cars on site forget its energy; residents follow the sessions the model restarted. */
    private void beginReporting() {
        for (Site s : sites) {
            for (SiteVehicle v : s.cars) {
                v.rebase();
                if (v.resident()) {
                    v.session = v.ev.session();
                }
            }
        }
    }

    // ---- the step ---------------------------------------------------------------------------------

    @Override
    public double beforeSolve(LvFlexModel model, int step, double now, double dt) {
        boolean reporting = model.reporting();
        int stepMinutes = model.clock().stepMinutes();
        double total = 0;
        double other = 0;
        double curtailed = 0;
        double flex = 0;
        int tripped = 0;
        int plugged = 0;
        for (Site s : sites) {
            if (s.tripped && now >= s.reenergiseAt - 1e-9) {
                s.reenergise();
            }
            departures(s, now);
            requests(s, dt);
        }
        sccDno.setpoints();
        for (Site s : sites) {
            stepSite(s, now, dt, stepMinutes, reporting);
            total += s.chargingKw;
            other += s.otherKw;
            curtailed += s.curtailedKw;
            flex += s.flexKw;
            tripped += s.tripped ? 1 : 0;
            plugged += s.cars.size();
        }
        if (reporting) {
            int row = step - model.warmupSteps();
            TimeSeriesRecorder r = model.recorder();
            r.set(colOther, row, other);
            r.set(colCurtailed, row, curtailed);
            r.set(colFlex, row, flex);
            r.set(colTripped, row, tripped);
            r.set(colPlugged, row, plugged);
        }
        return total;
    }

    /** Signs off cars that left: residents whose driver departed, and cars whose stay is over or that are full and go. */
    private void departures(Site s, double now) {
        for (Iterator<SiteVehicle> it = s.cars.iterator(); it.hasNext(); ) {
            SiteVehicle v = it.next();
            if (v.resident() && !v.ev.getPlugged()) {
                // the driver set off: the model closed the session at the departure (unmet energy included)
                it.remove();
                signOff(s, v, v.remainingKwh(eff), now, false);
                continue;
            }
            boolean full = v.remainingKwh(eff) <= EPS;
            if (now >= v.leaveAt - 1e-9 || (v.leavesWhenFull && full)) {
                it.remove();
                double unmet = v.remainingKwh(eff);
                if (v.resident()) {
                    m.drivers().endSession(v.ev, now, false);
                    v.ev.setHome(true); // back from the hub
                }
                signOff(s, v, unmet, now, false);
            }
        }
    }

    private void signOff(Site s, SiteVehicle v, double unmetKwh, double now, boolean runEnd) {
        v.charger.occupant = null;
        if (v.user == SiteVehicle.User.FLEET) {
            fleet.left(s, v.fleetIndex, runEnd ? 0 : unmetKwh);
        }
        if (m.reporting()) {
            double unmet = runEnd ? 0 : unmetKwh;
            s.tally.session(now, unmet);
            log.add(new SiteSession(s.spec.id(), v.user.name().toLowerCase(), v.ev == null ? -1 : v.ev.household().getId(), v.plugIn,
                    now, v.charger.kw, v.chargedKwh, v.curtailedKwh, v.flexKwh, unmet, v.truncatedStart || runEnd));
        }
    }

    /**
     * What each car asks for this step (the CPMS telemetry the DNO sees): its full power, less near the
     * end of its charge. Cars on a tripped site still want it: what the trip withholds is curtailment.
     */
    private void requests(Site s, double dt) {
        double request = 0;
        for (SiteVehicle v : s.cars) {
            v.requestKw = Math.min(v.maxKw, v.remainingKwh(eff) / dt);
            if (v.requestKw < EPS) {
                v.requestKw = 0;
            }
            request += v.requestKw;
        }
        s.requestKw = request;
    }

    private void stepSite(Site s, double now, double dt, int stepMinutes, boolean reporting) {
        double request = s.requestKw;
        double otherWanted = s.otherLoadKw(now);
        double limit = s.tripped ? 0 : s.scheme.limitKw(s, now);
        double available = Math.max(0, Math.min(s.capacityKw, limit));
        if (s.scheme.dnoSetpoint() && !s.tripped) {
            boolean binding = request > available + spec.dno().tripToleranceKw();
            if (binding && !s.binding) {
                // a new setpoint event: does this CPMS follow it? (comms loss, fault: DOMAIN.md section 8)
                s.ignoring = m.streams().keyed("cpo-ignore", s.index, s.bindingEvents++).nextDouble() < s.spec.ignoreSetpointProbability();
            } else if (!binding) {
                s.ignoring = false;
            }
            s.binding = binding;
        }
        double cap = s.ignoring ? s.capacityKw : available;
        Cpms.share(cap, s.cars, spec.sharingRule(), spec.minimumKw());
        double curtailed = 0;
        for (SiteVehicle v : s.cars) {
            curtailed += v.requestKw - v.allocKw;
            if (reporting) {
                v.addCurtailed((v.requestKw - v.allocKw) * dt);
            }
        }
        double flexKw = 0;
        if (flexWindow(s, now)) {
            // the turn-down re-shares what was scheduled: each car now asks for its allocation
            double scheduled = 0;
            for (SiteVehicle v : s.cars) {
                v.requestKw = v.allocKw;
                scheduled += v.allocKw;
            }
            double target = scheduled * (1 - spec.flexibility().turnDownPct() / 100);
            Cpms.share(target, s.cars, spec.sharingRule(), spec.minimumKw());
            for (SiteVehicle v : s.cars) {
                double d = v.requestKw - v.allocKw;
                flexKw += d;
                if (reporting) {
                    v.flexKwh += d * dt;
                }
            }
        }
        double charging = 0;
        for (SiteVehicle v : s.cars) {
            v.deliver(v.allocKw, dt, eff, stepMinutes);
            charging += v.allocKw;
            if (reporting && v.allocKw > 0) {
                bill(s, v, v.allocKw * dt);
            }
        }
        double otherKw = s.tripped ? 0 : otherWanted;
        double otherKvar = s.otherKvar(otherKw);
        double p = charging + otherKw;
        double q = charging * s.chargerTanPhi() + otherKvar;
        m.grid().setDemand(s.connection, p, q);
        s.availableKw = available;
        s.chargingKw = charging;
        s.otherKw = otherKw;
        s.importKva = Math.hypot(p, q);
        s.curtailedKw = curtailed;
        s.flexKw = flexKw;
        if (reporting) {
            s.tally.step(now, stepMinutes, available, request, charging, curtailed, flexKw, otherKw,
                    s.tripped ? otherWanted : 0, s.importKva, s.dscKva(), s.tripped);
            Ledger l = m.ledger();
            l.pay(cpoParty, m.supplierParty(), Ledger.Flow.ENERGY, charging * dt * spec.cpoEnergyGbpPerKwh());
            l.pay(cpoParty, m.dnoParty(), Ledger.Flow.NETWORK, charging * dt * networkGbpPerKwh);
            l.pay(m.dnoParty(), cpoParty, Ledger.Flow.FLEX_UTILISATION, flexKw * dt * spec.flexibility().utilisationGbpPerKwh());
        }
    }

    /** Drivers pay the CPO the site tariff for what their car drew. */
    private void bill(Site s, SiteVehicle v, double kwh) {
        int payer = switch (v.user) {
            case RESIDENT -> v.ev.household().getId();
            case VISITOR -> visitorParty;
            case FLEET -> fleetParty;
        };
        m.ledger().pay(payer, cpoParty, Ledger.Flow.PUBLIC_CHARGING, kwh * s.spec.tariffGbpPerKwh());
    }

    /** FIRM and CLM sites in the service window, when the CPO sells flexibility (003:L706-712). */
    private boolean flexWindow(Site s, double now) {
        CpoFlexSpec f = spec.flexibility();
        SccSchemeSpec.Type t = s.spec.scheme().type();
        if (!f.enabled() || !(t == SccSchemeSpec.Type.FIRM || t == SccSchemeSpec.Type.CLM_STATIC || t == SccSchemeSpec.Type.CLM_DYNAMIC)) {
            return false;
        }
        int minute = m.clock().minuteOfDay(now);
        return SimClock.inDailyWindow(minute, flexFrom, flexMinutes);
    }

    /** At the end of the run: open sessions are logged as truncated (residents' own sessions are closed by the model). */
    private void finish() {
        double end = m.clock().horizonMinutes();
        for (Site s : sites) {
            for (SiteVehicle v : new ArrayList<>(s.cars)) {
                s.cars.remove(v);
                signOff(s, v, 0, end, true);
            }
            s.tally.finish(end);
        }
    }

    // ---- read access ------------------------------------------------------------------------------

    public List<Site> sites() {
        return Collections.unmodifiableList(sites);
    }

    /** Every site session that ended while reporting, in the order they ended. */
    public List<SiteSession> sessions() {
        return Collections.unmodifiableList(log);
    }

    /** The monitored network points, in the order first named. */
    public List<String> pointNames() {
        List<String> n = new ArrayList<>();
        for (ConstraintPoint p : sccDno.points()) {
            n.add(p.name);
        }
        return n;
    }

    public int party() {
        return cpoParty;
    }

    /** The recorder column of the other load behind the sites' connections (lighting, a depot building), kW. */
    public int otherKwColumn() {
        return colOther;
    }
}
