package org.lvflex.experiments.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.experiments.metrics.BehaviourSummary;
import org.lvflex.experiments.metrics.Metric;

/**
 * summary.json of a run: what ran (scenario, model, seed, version, sizes), every metric with its
 * unit, and the behaviour summary beside the Electric Nation targets. Deterministic: no wall-clock
 * times, so the same scenario and seed give a byte-identical file.
 */
public final class RunSummary {
    private RunSummary() {}

    public static ObjectNode build(LvFlexModel m, List<Metric> metrics, BehaviourSummary b, String version) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("scenario", m.scenario().name());
        root.put("model", m.modelType().name());
        root.put("modelLabel", m.modelType().label());
        root.put("seed", m.scenario().run().seed());
        root.put("lvflexVersion", version);
        root.put("startDate", m.scenario().run().startDate());
        root.put("days", m.scenario().run().days());
        root.put("stepMinutes", m.scenario().run().stepMinutes());
        root.put("network", m.scenario().network().source());
        root.put("households", m.households().size());
        root.put("evs", m.evs().size());
        root.put("v2gHouseholds", m.households().stream().filter(h -> h.getHasV2g()).count());
        root.put("sessions", m.sessions().size());
        ObjectNode mets = root.putObject("metrics");
        ObjectNode units = root.putObject("units");
        for (Metric x : metrics) {
            put(mets, x.name(), x.value());
            units.put(x.name(), x.unit());
        }
        root.set("behaviour", behaviour(b));
        return root;
    }

    static ObjectNode behaviour(BehaviourSummary b) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("simulated", simulated(b));
        o.set("electricNationTarget", electricNationTargets("Electric Nation headline figures (DOMAIN.md section 4)"));
        return o;
    }

    /** The simulated drivers' behaviour figures. */
    public static ObjectNode simulated(BehaviourSummary b) {
        ObjectNode sim = JsonNodeFactory.instance.objectNode();
        put(sim, "sessions_per_ev_week", b.sessionsPerEvWeek());
        put(sim, "plugged_in_h_mean", b.pluggedHoursMean());
        put(sim, "plugged_in_h_median", b.pluggedHoursMedian());
        put(sim, "plugged_in_h_p90", b.pluggedHoursP90());
        put(sim, "start_soc_mean", b.startSocMean());
        put(sim, "start_soc_share_above_0_5", b.startSocShareAbove50());
        put(sim, "energy_per_session_kwh", b.energyPerSessionKwh());
        put(sim, "admd_kw_per_ev", b.admdKwPerEv());
        sim.put("home_sessions", b.homeSessions());
        sim.put("public_sessions", b.publicSessions());
        ArrayNode hours = sim.putArray("plug_in_share_by_hour");
        for (double h : b.plugInShareByHour()) {
            hours.add(round(h));
        }
        return sim;
    }

    /** The Electric Nation figures the behaviour is calibrated to, with a note on their source. */
    public static ObjectNode electricNationTargets(String source) {
        ObjectNode en = JsonNodeFactory.instance.objectNode();
        en.put("sessions_per_ev_week", "~" + (int) BehaviourSummary.TARGET_SESSIONS_PER_WEEK);
        en.put("plugged_in_h_mean", "> " + (int) BehaviourSummary.TARGET_MIN_PLUGGED_HOURS);
        en.put("start_soc_mean", "> " + BehaviourSummary.TARGET_START_SOC);
        en.put("source", source);
        return en;
    }

    /** Puts a number rounded to 6 decimals, or null for NaN and infinities. */
    public static void put(ObjectNode o, String name, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            o.putNull(name);
        } else {
            o.put(name, round(v));
        }
    }

    public static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
