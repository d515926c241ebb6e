package org.lvflex.agents.cpo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.grid.Grid;
import org.lvflex.agents.grid.PowerFlowGrid;
import org.lvflex.core.InputException;
import org.lvflex.core.SettlementPeriod;
import org.lvflex.core.SimClock;
import org.lvflex.scenario.SccDnoSpec;
import org.lvflex.scenario.SccSchemeSpec;

/**
 * The DNO side of the Smart Charging Connections: it monitors the network points the sites stress,
 * sends LMC/CMC sites their setpoints in LIFO order, trips a site that does not follow its setpoint
 * (fail-safe, 003:L586), assigns profile-TCC sites their half-hourly caps a day ahead (003:L340) and
 * counts the minutes a point is over its limit whatever the scheme (003:L373, L690: is a TCC still enough?).
 *
 * <p>Setpoints (003:L499, L100, L688): at each point, the capacity for the managed sites is the limit
 * less a margin less everything else flowing through it, as last measured. Sites are taken in the
 * order they connected: each may use what the earlier ones want now (the CPMS telemetry), so a
 * constraint curtails the last connected site first and reaches an earlier one only when every
 * later one is at 0 kW. A site's setpoint is the tightest over its points (CMC). The control loop
 * is faster than a step: setpoints are set at the start of each step from the previous step's
 * measurements and the cars' present requests; the margin covers what changed elsewhere since.
 */
final class SccDno implements LvFlexModel.StepObserver {
    private final LvFlexModel m;
    private final SccDnoSpec spec;
    private final Map<String, ConstraintPoint> points = new LinkedHashMap<>();
    private final int periods;
    private final int stepsPerPeriod;
    private List<Site> sites = List.of();
    private List<Site> managed = List.of();
    private List<Site> lifo = List.of();
    /** Scratch for {@link #setpoints()}, one entry per managed site. */
    private double[] usage;
    private double[] setpoint;

    SccDno(LvFlexModel m, SccDnoSpec spec) {
        this.m = m;
        this.spec = spec;
        SimClock c = m.clock();
        this.stepsPerPeriod = c.stepsPerPeriod();
        this.periods = c.steps() / stepsPerPeriod + 1;
    }

    /**
     * The monitored point named {@code name} (TRANSFORMER, FEEDER, FEEDER:n) for a site on feeder
     * {@code siteFeeder}; bad names for this network are reported against {@code path}.
     */
    ConstraintPoint point(String name, int siteFeeder, String path) {
        Grid g = m.grid();
        String canonical;
        int feeder;
        if (name.equals("TRANSFORMER")) {
            canonical = name;
            feeder = -1;
        } else {
            if (name.equals("FEEDER")) {
                if (siteFeeder < 0) {
                    throw new InputException(path + ": got \"FEEDER\", but the site sits at the transformer bus, on no LV way; use TRANSFORMER");
                }
                feeder = siteFeeder;
            } else {
                feeder = Integer.parseInt(name.substring("FEEDER:".length())) - 1;
                if (feeder >= g.feederCount()) {
                    throw new InputException(path + ": got \"" + name + "\", expected TRANSFORMER, FEEDER or FEEDER:n with n from 1 to "
                            + g.feederCount() + " (the network's LV ways)");
                }
            }
            if (!(g instanceof PowerFlowGrid)) {
                throw new InputException(path + ": got \"" + name + "\", but feeder currents need network.solver POWER_FLOW; "
                        + "with COPPER_PLATE only TRANSFORMER can be monitored");
            }
            canonical = "FEEDER:" + (feeder + 1);
        }
        return points.computeIfAbsent(canonical, k -> new ConstraintPoint(k, feeder,
                feeder < 0 ? spec.transformerLimitPct() : spec.feederLimitPct(), feeder < 0 ? 0 : g.feederHeadRatingA(feeder),
                spec.nominalPhaseVoltageV(), new PointHistorian(periods, stepsPerPeriod)));
    }

    void register(List<Site> all) {
        this.sites = all;
        List<Site> order = new ArrayList<>(all);
        order.sort(Comparator.<Site>comparingInt(s -> s.spec.connectionOrder()).thenComparingInt(s -> s.index));
        this.lifo = order;
        this.managed = order.stream().filter(s -> s.scheme.dnoSetpoint()).toList();
        this.usage = new double[managed.size()];
        this.setpoint = new double[managed.size()];
        m.addObserver(this);
        m.onStart(() -> m.events().every(0, SimClock.MINUTES_PER_DAY, LvFlexModel.ORDER_DNO, st -> assignProfiles(m.now())));
    }

    @Override
    public void afterSolve(LvFlexModel model, int step, double now) {
        int stepMinutes = model.clock().stepMinutes();
        for (ConstraintPoint p : points.values()) {
            p.measure(model.grid());
        }
        failSafe(now, stepMinutes);
        for (ConstraintPoint p : points.values()) {
            double managedKw = 0;
            for (Site s : sites) {
                if (managedAt(s, p)) {
                    managedKw += s.chargingKw;
                }
            }
            p.historian.add(p.flowKw - managedKw);
        }
        if (model.reporting()) {
            for (Site s : sites) {
                double excess = -1;
                for (ConstraintPoint p : s.points) {
                    if (p.overloaded()) {
                        excess = Math.max(excess, 100 * (p.flowKw / p.limitKw - 1));
                    }
                }
                if (excess >= 0) {
                    s.tally.breach(now, stepMinutes, excess);
                }
            }
        }
    }

    /** Trips an LMC/CMC site that has drawn more than its setpoint (of this step) for the trip delay (003:L586). */
    private void failSafe(double now, int stepMinutes) {
        for (Site s : managed) {
            if (s.tripped) {
                continue;
            }
            if (s.chargingKw > s.dnoSetpointKw + spec.tripToleranceKw()) {
                s.nonCompliantMinutes += stepMinutes;
                if (s.nonCompliantMinutes >= spec.tripDelayMinutes()) {
                    s.trip(now + stepMinutes + spec.reenergiseDelayMinutes());
                }
            } else {
                s.nonCompliantMinutes = 0;
            }
        }
    }

    /** Whether site {@code s} is managed at point {@code p}, in real time (LMC/CMC) or day-ahead (profile TCC). */
    private static boolean managedAt(Site s, ConstraintPoint p) {
        boolean kind = s.scheme.dnoSetpoint() || s.spec.scheme().type() == SccSchemeSpec.Type.TCC_PROFILE;
        return kind && s.points.contains(p);
    }

    /**
     * LIFO setpoints of the LMC/CMC sites for this step, from the points' last measurement (less what
     * the managed sites drew then) and the sites' present requests.
     */
    void setpoints() {
        if (managed.isEmpty()) {
            return;
        }
        int n = managed.size();
        double[] sp = setpoint;
        for (int i = 0; i < n; i++) {
            Site s = managed.get(i);
            usage[i] = s.tripped ? 0 : s.requestKw;
        }
        // a site held back at one point uses less at the others: repeat until the usage settles
        for (int pass = 0; pass < 4; pass++) {
            for (int i = 0; i < n; i++) {
                sp[i] = managed.get(i).capacityKw;
            }
            for (ConstraintPoint p : points.values()) {
                double others = p.flowKw;
                boolean any = false;
                for (Site s : managed) {
                    if (s.points.contains(p)) {
                        others -= s.chargingKw;
                        any = true;
                    }
                }
                if (!any) {
                    continue;
                }
                double left = p.limitKw - spec.setpointMarginKw() - others;
                for (int i = 0; i < n; i++) {
                    Site s = managed.get(i);
                    if (!s.points.contains(p)) {
                        continue;
                    }
                    double here = Math.max(0, Math.min(s.capacityKw, left));
                    sp[i] = Math.min(sp[i], here);
                    left -= Math.min(here, usage[i]);
                }
            }
            boolean settled = true;
            for (int i = 0; i < n; i++) {
                double u = Math.min(managed.get(i).tripped ? 0 : managed.get(i).requestKw, sp[i]);
                if (Math.abs(u - usage[i]) > 1e-9) {
                    settled = false;
                }
                usage[i] = u;
            }
            if (settled) {
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            managed.get(i).dnoSetpointKw = sp[i];
        }
    }

    /**
     * Day-ahead caps of the profile-TCC sites for the day starting at {@code now}: per half hour, the
     * forecast headroom at the site's point (limit less forecast demand of everything else), less the
     * site's margin, shared in connection order. Without history the site keeps its fixed TCC window.
     */
    void assignProfiles(double now) {
        SimClock c = m.clock();
        int day = c.dayIndex(now);
        for (ConstraintPoint p : points.values()) {
            List<Site> parts = new ArrayList<>();
            for (Site s : lifo) {
                if (s.spec.scheme().type() == SccSchemeSpec.Type.TCC_PROFILE && s.points.contains(p)) {
                    parts.add(s);
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            boolean known = true;
            double[] forecast = new double[SettlementPeriod.PER_DAY];
            for (int k = 0; k < forecast.length; k++) {
                forecast[k] = p.historian.forecast(day, k, m.dno().spec().forecastHistoryDays(), m.clock()::isWeekendDay);
                known &= !Double.isNaN(forecast[k]);
            }
            if (!known) {
                continue;
            }
            for (int k = 0; k < forecast.length; k++) {
                double left = p.limitKw - forecast[k];
                for (Site s : parts) {
                    double cap = Math.max(0, Math.min(s.capacityKw, left - s.spec.scheme().profileMarginKw()));
                    s.profileCapKw[k] = cap;
                    left -= cap;
                }
            }
            for (Site s : parts) {
                s.profileDay = day;
            }
        }
    }

    /** The monitored points, in the order first named. */
    List<ConstraintPoint> points() {
        return List.copyOf(points.values());
    }
}
