package org.lvflex.agents;

import org.lvflex.agents.grid.Grid;
import org.lvflex.core.AgentCounters;
import org.lvflex.core.TimeSeriesRecorder;

/** The time series every run records (timeseries.csv) and the per-household counters. */
public final class Columns {
    public final int pA;
    public final int pB;
    public final int pC;
    public final int p;
    public final int q;
    public final int s;
    public final int loadingPct;
    public final int maxPhaseLoadingPct;
    public final int base;
    public final int ev;
    public final int v2g;
    public final int publicCharging;
    public final int unserved;
    public final int curtailed;
    public final int losses;
    public final int txLosses;
    public final int vMin;
    public final int vMax;
    public final int vuf;
    public final int cableLoading;
    public final int plugged;
    public final int charging;
    public final int ratingKva;
    // per-household counters (AgentCounters indices), set by register()
    public int baseKwh;
    public int curtailedKwh;
    public int curtailmentEvents;
    public int unservedKwh;
    private final TimeSeriesRecorder r;

    Columns(TimeSeriesRecorder r) {
        this.r = r;
        pA = r.column("transformer_pa_kw", 3);
        pB = r.column("transformer_pb_kw", 3);
        pC = r.column("transformer_pc_kw", 3);
        p = r.column("transformer_p_kw", 3);
        q = r.column("transformer_q_kvar", 3);
        s = r.column("transformer_s_kva", 3);
        loadingPct = r.column("transformer_loading_pct", 2);
        maxPhaseLoadingPct = r.column("transformer_max_phase_loading_pct", 2);
        ratingKva = r.column("transformer_rating_kva", 0);
        base = r.column("household_base_kw", 3);
        ev = r.column("home_charging_kw", 3);
        v2g = r.column("v2g_export_kw", 3);
        publicCharging = r.column("public_charging_kw", 3);
        unserved = r.column("unserved_kw", 3);
        curtailed = r.column("curtailed_kw", 3);
        losses = r.column("losses_kw", 4);
        txLosses = r.column("transformer_losses_kw", 4);
        vMin = r.column("min_voltage_v", 2);
        vMax = r.column("max_voltage_v", 2);
        vuf = r.column("voltage_unbalance_pct", 3);
        cableLoading = r.column("max_cable_loading_pct", 2);
        plugged = r.column("evs_plugged_in", 0);
        charging = r.column("evs_charging", 0);
    }

    void register(AgentCounters c) {
        baseKwh = c.counter("demand_kwh");
        curtailedKwh = c.counter("curtailed_kwh");
        curtailmentEvents = c.counter("curtailment_events");
        unservedKwh = c.counter("unserved_kwh");
    }

    void record(int step, Grid g, double baseKw, double evKw, double v2gKw, double curtailedKw, int nPlugged, int nCharging) {
        double pt = 0;
        double qt = 0;
        for (int k = 0; k < 3; k++) {
            pt += g.transformerPKw(k);
            qt += g.transformerQKvar(k);
        }
        double rating = g.transformerRatingKva();
        r.set(pA, step, g.transformerPKw(0));
        r.set(pB, step, g.transformerPKw(1));
        r.set(pC, step, g.transformerPKw(2));
        r.set(p, step, pt);
        r.set(q, step, qt);
        double st = Math.hypot(pt, qt);
        r.set(s, step, st);
        r.set(loadingPct, step, 100 * st / rating);
        r.set(maxPhaseLoadingPct, step, g.maxPhaseLoadingPct());
        r.set(ratingKva, step, rating);
        r.set(base, step, baseKw);
        r.set(ev, step, evKw);
        r.set(v2g, step, v2gKw);
        r.set(curtailed, step, curtailedKw);
        r.set(losses, step, g.lossesKw());
        r.set(txLosses, step, g.transformerLossesKw());
        r.set(vMin, step, g.minVoltageV());
        r.set(vMax, step, g.maxVoltageV());
        r.set(vuf, step, g.voltageUnbalancePct());
        r.set(cableLoading, step, g.maxBranchLoadingPct());
        r.set(plugged, step, nPlugged);
        r.set(charging, step, nCharging);
    }
}
