package org.lvflex.experiments.metrics;

import java.util.ArrayList;
import java.util.List;
import org.lvflex.agents.Columns;
import org.lvflex.agents.ControlStats;
import org.lvflex.agents.Ledger;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.cpo.Site;
import org.lvflex.agents.cpo.SiteTally;
import org.lvflex.agents.ev.Session;
import org.lvflex.agents.grid.PowerFlowGrid;
import org.lvflex.core.SimClock;
import org.lvflex.core.TimeSeriesRecorder;
import org.lvflex.scenario.AnalysisSpec;

/**
 * The metrics every run reports, computed the same way for every model (DOMAIN.md section 8).
 * Names carry units; the list order is the order of summary.json and metrics.csv.
 */
public final class RunMetrics {
    /** Payments between agents reported beside the bills (each flow once; bills and export have their own lines). */
    static final Ledger.Flow[] OTHER_FLOWS = {Ledger.Flow.FLEX_AVAILABILITY, Ledger.Flow.FLEX_UTILISATION,
        Ledger.Flow.COMPENSATION, Ledger.Flow.INCENTIVE, Ledger.Flow.CAPACITY_RIGHTS, Ledger.Flow.PENALTY,
        Ledger.Flow.PREMIUM, Ledger.Flow.P2P, Ledger.Flow.PUBLIC_CHARGING};

    private RunMetrics() {}

    /** Everything measured on a finished run. */
    public static List<Metric> compute(LvFlexModel m, HouseholdTotals totals) {
        List<Metric> out = new ArrayList<>();
        TimeSeriesRecorder r = m.recorder();
        Columns c = m.columns();
        SimClock clock = r.clock();
        int n = m.stepsDone();
        double dt = clock.stepHours();
        int stepMin = clock.stepMinutes();
        double[] p = r.series(c.p);
        double[] s = r.series(c.s);
        double firm = r.get(c.ratingKva, 0);

        // peaks and firm capacity
        int peak = PeakAnalysis.argMax(p, n);
        int peakS = PeakAnalysis.argMax(s, n);
        out.add(new Metric("peak_demand_kw", p[peak], "kW"));
        out.add(new Metric("peak_demand_kva", s[peakS], "kVA"));
        out.add(new Metric("peak_minute_of_day", clock.minuteOfDay(clock.timeOf(peak)), "min"));
        out.add(new Metric("firm_capacity_kva", firm, "kVA"));
        out.add(new Metric("peak_utilisation_pct", 100 * s[peakS] / firm, "%"));
        double[] phaseMax = new double[3];
        int[] phaseCols = {c.pA, c.pB, c.pC};
        for (int k = 0; k < 3; k++) {
            double[] ph = r.series(phaseCols[k]);
            phaseMax[k] = ph[PeakAnalysis.argMax(ph, n)];
            out.add(new Metric("peak_phase_" + "abc".charAt(k) + "_kw", phaseMax[k], "kW"));
        }
        double[] maxPhase = r.series(c.maxPhaseLoadingPct);
        out.add(new Metric("peak_phase_utilisation_pct", maxPhase[PeakAnalysis.argMax(maxPhase, n)], "%"));

        // secondary peak and herding
        AnalysisSpec a = m.scenario().analysis();
        PeakAnalysis.Secondary sec = PeakAnalysis.secondary(p, n, clock, a.primaryStartMinute(), a.primaryLengthMinutes());
        out.add(new Metric("secondary_peak_kw", sec.kw(), "kW"));
        out.add(new Metric("secondary_peak_minute_of_day", sec.step() < 0 ? Double.NaN : clock.minuteOfDay(clock.timeOf(sec.step())), "min"));
        out.add(new Metric("secondary_to_primary_ratio", sec.ratio(), ""));
        out.add(new Metric("max_ramp_kw_per_min", PeakAnalysis.maxRampPerMinute(p, n, stepMin), "kW/min"));
        // the same for charging alone (home and public, net of V2G): herding without base-demand noise
        double[] charging = new double[n];
        double[] home = r.series(c.ev);
        double[] publicKw = r.series(c.publicCharging);
        double[] export = r.series(c.v2g);
        for (int i = 0; i < n; i++) {
            charging[i] = home[i] + publicKw[i] - export[i];
        }
        out.add(new Metric("max_charging_ramp_kw_per_min", PeakAnalysis.maxRampPerMinute(charging, n, stepMin), "kW/min"));

        // energy balance: import = household + charging + losses - export
        double imp = PeakAnalysis.energyKwh(p, n, dt);
        double base = PeakAnalysis.energyKwh(r.series(c.base), n, dt);
        double ev = PeakAnalysis.energyKwh(r.series(c.ev), n, dt);
        double v2g = PeakAnalysis.energyKwh(r.series(c.v2g), n, dt);
        double pub = PeakAnalysis.energyKwh(r.series(c.publicCharging), n, dt);
        double losses = PeakAnalysis.energyKwh(r.series(c.losses), n, dt);
        out.add(new Metric("grid_import_kwh", imp, "kWh"));
        out.add(new Metric("household_demand_kwh", base, "kWh"));
        out.add(new Metric("home_charging_kwh", ev, "kWh"));
        out.add(new Metric("public_charging_kwh", pub, "kWh"));
        out.add(new Metric("v2g_export_kwh", v2g, "kWh"));
        out.add(new Metric("losses_kwh", losses, "kWh"));
        out.add(new Metric("transformer_losses_kwh", PeakAnalysis.energyKwh(r.series(c.txLosses), n, dt), "kWh"));
        // other load behind public sites' connections (lighting, a depot building): only with public sites
        double siteOther = 0;
        if (m.cpo() != null) {
            siteOther = PeakAnalysis.energyKwh(r.series(m.cpo().otherKwColumn()), n, dt);
            out.add(new Metric("public_site_other_kwh", siteOther, "kWh"));
        }
        out.add(new Metric("energy_balance_residual_pct", 100 * (imp - (base + ev + pub + siteOther + losses - v2g)) / imp, "%"));

        // curtailment and unmet energy
        double curtailed = PeakAnalysis.energyKwh(r.series(c.curtailed), n, dt);
        out.add(new Metric("curtailed_kwh", curtailed, "kWh"));
        out.add(new Metric("curtailment_events", m.counters().total(c.curtailmentEvents), ""));
        int affected = 0;
        for (double kwh : totals.curtailedKwh) {
            if (kwh > 0) {
                affected++;
            }
        }
        out.add(new Metric("households_curtailed", affected, ""));
        Durations durations = Durations.of(m.curtailmentDurations());
        out.add(new Metric("curtailment_duration_p50_min", durations.p50(), "min"));
        out.add(new Metric("curtailment_duration_p90_min", durations.p90(), "min"));
        out.add(new Metric("curtailment_duration_max_min", durations.max(), "min"));
        double unmet = 0;
        int unmetSessions = 0;
        for (Session x : m.sessions().all()) {
            unmet += x.unmetKwh;
            if (x.unmetKwh > 0.01) {
                unmetSessions++;
            }
        }
        out.add(new Metric("unmet_kwh", unmet, "kWh"));
        out.add(new Metric("sessions_with_unmet", unmetSessions, ""));

        if (m.cpo() != null) {
            publicCharging(m, out);
        }

        // network limits
        double[] vmin = r.series(c.vMin);
        double[] vmax = r.series(c.vMax);
        double lo = m.scenario().network().limits().minVoltageV();
        double hi = m.scenario().network().limits().maxVoltageV();
        out.add(new Metric("undervoltage_minutes", PeakAnalysis.minutesBelow(vmin, n, lo, stepMin), "min"));
        out.add(new Metric("overvoltage_minutes", PeakAnalysis.minutesAbove(vmax, n, hi, stepMin), "min"));
        out.add(new Metric("transformer_overload_minutes", PeakAnalysis.minutesAbove(r.series(c.loadingPct), n, 100, stepMin), "min"));
        out.add(new Metric("phase_overload_minutes", PeakAnalysis.minutesAbove(maxPhase, n, 100, stepMin), "min"));
        out.add(new Metric("cable_overload_minutes", PeakAnalysis.minutesAbove(r.series(c.cableLoading), n, 100, stepMin), "min"));
        double minV = Double.NaN;
        for (int i = 0; i < n; i++) {
            minV = Double.isNaN(minV) || vmin[i] < minV ? vmin[i] : minV;
        }
        out.add(new Metric("min_voltage_v", minV, "V"));
        double[] cab = r.series(c.cableLoading);
        out.add(new Metric("max_cable_loading_pct", n > 0 ? cab[PeakAnalysis.argMax(cab, n)] : Double.NaN, "%"));
        double nonConverged = m.grid() instanceof PowerFlowGrid g ? g.constraints().nonConvergedMinutes() : 0;
        out.add(new Metric("nonconverged_minutes", nonConverged, "min"));

        // reinforcement (DNO review against the trigger, 001:L3592)
        out.add(new Metric("peak_half_hour_kva", m.dno().peakHalfHourKva(), "kVA"));
        out.add(new Metric("peak_half_hour_utilisation_pct", 100 * m.dno().peakHalfHourKva() / firm, "%"));
        out.add(new Metric("peak_phase_half_hour_utilisation_pct", 100 * m.dno().peakPhaseHalfHourKva() / (firm / 3), "%"));
        out.add(new Metric("reinforcement_triggered", m.dno().reinforcements().isEmpty() ? 0 : 1, ""));
        out.add(new Metric("reinforcement_kva", m.dno().reinforcements().stream().mapToDouble(x -> x.toKva() - x.fromKva()).sum(), "kVA"));
        out.add(new Metric("reinforcement_cost_gbp", m.dno().reinforcementCostGbp(), "GBP"));
        NetworkCost cost = NetworkCost.of(m);
        out.add(new Metric("dno_flexibility_payments_gbp", cost.dnoPaymentsGbp(), "GBP"));
        out.add(new Metric("network_cost_gbp", cost.totalGbp(), "GBP"));
        out.add(new Metric("network_cost_gbp_per_year", cost.annualisedGbpPerYear(), "GBP/yr"));

        // what the control mechanisms did
        ControlStats cs = m.stats();
        out.add(new Metric("unserved_kwh", PeakAnalysis.energyKwh(r.series(c.unserved), n, dt), "kWh"));
        out.add(new Metric("protection_trips", cs.protectionTrips, ""));
        out.add(new Metric("dno_signals", cs.dnoSignals, ""));
        out.add(new Metric("dno_signals_lost", m.comms().lost(), ""));
        out.add(new Metric("opt_outs", cs.optOuts, ""));
        out.add(new Metric("flex_contracted_kw", cs.flexContractedKw, "kW"));
        out.add(new Metric("flex_dispatches", cs.flexDispatches, ""));
        out.add(new Metric("flex_requested_kwh", cs.flexRequestedKwh, "kWh"));
        out.add(new Metric("flex_delivered_kwh", cs.flexDeliveredKwh, "kWh"));
        out.add(new Metric("flex_under_delivered_kwh", cs.flexUnderDeliveredKwh, "kWh"));
        out.add(new Metric("capacity_rights_kwh", cs.rightsBoughtKwh, "kWh"));
        out.add(new Metric("capacity_rights_traded_kwh", cs.rightsTradedKwh, "kWh"));
        out.add(new Metric("breach_kwh", cs.breachKwh, "kWh"));
        out.add(new Metric("premium_kwh", cs.premiumKwh, "kWh"));
        out.add(new Metric("network_price_mean_gbp_per_kwh", cs.meanNetworkPrice(), "GBP/kWh"));
        out.add(new Metric("network_price_oscillation_gbp_per_kwh", cs.networkPriceOscillation(), "GBP/kWh"));
        out.add(new Metric("p2p_volume_kwh", cs.p2pVolumeKwh, "kWh"));
        out.add(new Metric("p2p_price_mean_gbp_per_kwh", cs.meanP2pPrice(), "GBP/kWh"));

        // money
        Ledger l = m.ledger();
        out.add(new Metric("bills_energy_gbp", l.householdsPaid(Ledger.Flow.ENERGY), "GBP"));
        out.add(new Metric("bills_standing_gbp", l.householdsPaid(Ledger.Flow.STANDING), "GBP"));
        out.add(new Metric("bills_network_gbp", l.householdsPaid(Ledger.Flow.NETWORK), "GBP"));
        out.add(new Metric("export_paid_gbp", l.householdsReceived(Ledger.Flow.EXPORT), "GBP"));
        for (Ledger.Flow f : OTHER_FLOWS) {
            out.add(new Metric("payments_" + f.name().toLowerCase(java.util.Locale.ROOT) + "_gbp", l.total(f), "GBP"));
        }
        V2gRevenue rev = V2gRevenue.of(m, totals);
        out.add(new Metric("v2g_households", rev.households(), ""));
        out.add(new Metric("v2g_revenue_gbp_per_household_year", rev.perHouseholdYear(), "GBP/yr"));
        out.add(new Metric("v2g_revenue_gbp_per_plugged_hour", rev.perPluggedHour(), "GBP/h"));
        return out;
    }

    /** Public charging (DOMAIN.md section 6): curtailment by the sites' schemes, unmet energy, trips, CPO money. */
    private static void publicCharging(LvFlexModel m, List<Metric> out) {
        double curtailed = 0;
        double unmet = 0;
        double flex = 0;
        int trips = 0;
        int turnedAway = 0;
        for (Site s : m.cpo().sites()) {
            SiteTally t = s.tally();
            curtailed += t.curtailedKwh();
            unmet += t.unmetKwh();
            flex += t.flexKwh();
            trips += t.trips();
            turnedAway += t.turnedAway();
        }
        out.add(new Metric("public_curtailed_kwh", curtailed, "kWh"));
        out.add(new Metric("public_unmet_kwh", unmet, "kWh"));
        out.add(new Metric("public_flex_kwh", flex, "kWh"));
        out.add(new Metric("public_site_trips", trips, ""));
        out.add(new Metric("public_turned_away", turnedAway, ""));
        Ledger l = m.ledger();
        int cpo = m.cpo().party();
        out.add(new Metric("cpo_charging_revenue_gbp", l.received(cpo, Ledger.Flow.PUBLIC_CHARGING), "GBP"));
        out.add(new Metric("cpo_net_gbp", totalReceived(l, cpo) - totalPaid(l, cpo), "GBP"));
    }

    private static double totalReceived(Ledger l, int party) {
        double s = 0;
        for (Ledger.Flow f : Ledger.Flow.values()) {
            s += l.received(party, f);
        }
        return s;
    }

    private static double totalPaid(Ledger l, int party) {
        double s = 0;
        for (Ledger.Flow f : Ledger.Flow.values()) {
            s += l.paid(party, f);
        }
        return s;
    }
}
