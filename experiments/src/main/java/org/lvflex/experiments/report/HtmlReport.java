package org.lvflex.experiments.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.lvflex.agents.population.Gate;
import org.lvflex.experiments.compare.Comparison;
import org.lvflex.experiments.compare.Estimate;
import org.lvflex.experiments.compare.Headline;
import org.lvflex.experiments.compare.RunAnalysis;
import org.lvflex.experiments.compare.RunResult;
import org.lvflex.experiments.equity.EquityTable;
import org.lvflex.experiments.equity.GroupKind;
import org.lvflex.experiments.metrics.BehaviourSummary;
import org.lvflex.core.Fmt;
import org.lvflex.scenario.AllocationRule;
import org.lvflex.scenario.ModelType;
import org.lvflex.scenario.Scenario;

/**
 * The comparison report: one self-contained HTML file (styles inline, charts as embedded PNGs) for
 * policy teams and classrooms: what ran, the headline table, the charts, and tables of network,
 * curtailment, money, equity by group, network cost paid versus caused and driver behaviour beside
 * the Electric Nation figures. Deterministic: no dates or timings, so equal inputs give equal files.
 */
public final class HtmlReport {
    static final int CHART_W = 1100;
    static final int CHART_H = 520;

    private HtmlReport() {}

    public static String html(Comparison.Result r, String version) {
        StringBuilder h = new StringBuilder(1 << 20);
        Scenario s = r.scenario();
        RunResult first = r.runs()[0][0].run();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>lvflex comparison: ")
                .append(esc(s.name())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>lvflex comparison: ").append(esc(s.name())).append("</h1>\n");
        if (!s.description().isBlank()) {
            h.append("<p class=\"lead\">").append(esc(s.description())).append("</p>\n");
        }
        h.append("<table class=\"facts\">\n");
        fact(h, "Network", s.network().source() + ("generated".equals(s.network().source())
                ? " (" + Math.round(s.network().generator().transformerKva()) + " kVA, " + s.network().generator().lvWays() + " LV ways)" : ""));
        fact(h, "Households", first.households.size() + " (" + first.evs + " with an EV, " + first.v2gHouseholds() + " with V2G)");
        fact(h, "Period", s.run().days() + " days from " + s.run().startDate() + " at " + s.run().stepMinutes()
                + "-minute steps (after " + s.run().warmupDays() + " warm-up days)");
        StringBuilder seeds = new StringBuilder();
        for (long x : r.seeds()) {
            seeds.append(seeds.length() == 0 ? "" : ", ").append(x);
        }
        fact(h, "Replications", r.replications() + " (seeds " + seeds + "; every model of a replication has the same network, households, cars and trips)");
        fact(h, "Models", String.join(", ", r.models().stream().map(ModelType::label).toList()));
        fact(h, "lvflex", version);
        h.append("</table>\n");
        if (r.replications() > 1) {
            h.append("<p class=\"note\">Cells give the mean over replications &plusmn; the half-width of its 95% confidence interval (Student's t).</p>\n");
        }

        h.append("<h2>Headline</h2>\n");
        metricTable(h, r, Headline.COLUMNS);

        h.append("<h2>Transformer demand</h2>\n");
        chart(h, CompareCharts.dailyProfile(r, false), "Mean day of transformer demand (kVA) per model, replication 0; dashed: firm capacity.");
        chart(h, CompareCharts.dailyProfile(r, true), "Each model's peak day (the day holding its largest one-step demand), replication 0.");

        h.append("<h2>Secondary peaks</h2>\n");
        h.append("<p>Per day, the primary peak is the largest demand inside ").append(esc(CompareCharts.window(r)))
                .append(" and the secondary peak the largest outside it; the run's secondary peak is the largest of the days. "
                        + "Tariff timers and price-following aggregators move charging out of the evening and can create a new, "
                        + "sharper peak at the tariff boundary (DOMAIN.md section 8).</p>\n");
        chart(h, CompareCharts.peaks(r), "Peak and secondary peak (kW) per model; dashed: firm capacity (kVA).");
        metricTable(h, r, cols(
                "peak_demand_kw", "peak kW", "1", "peak_minute_of_day", "peak minute of day", "0",
                "secondary_peak_kw", "secondary kW", "1", "secondary_peak_minute_of_day", "secondary minute of day", "0",
                "secondary_to_primary_ratio", "secondary / primary", "2", "secondary_peak_to_unmanaged_peak_ratio", "secondary / UNM peak", "2",
                "max_ramp_kw_per_min", "largest ramp kW/min", "2", "max_charging_ramp_kw_per_min", "largest charging ramp kW/min", "2"));

        h.append("<h2>Network</h2>\n");
        metricTable(h, r, cols(
                "peak_demand_kva", "peak kVA", "1", "peak_utilisation_pct", "peak % firm", "0",
                "peak_phase_utilisation_pct", "phase peak % of rating/3", "0", "peak_half_hour_kva", "half-hour peak kVA", "1",
                "transformer_overload_minutes", "transformer overload min", "0", "phase_overload_minutes", "phase overload min", "0",
                "cable_overload_minutes", "cable overload min", "0", "undervoltage_minutes", "undervoltage min", "0",
                "overvoltage_minutes", "overvoltage min", "0", "min_voltage_v", "lowest V", "1", "losses_kwh", "losses kWh", "1",
                "reinforcement_kva", "reinforcement kVA", "0", "reinforcement_cost_gbp", "reinforcement GBP", "0",
                "dno_flexibility_payments_gbp", "DNO flexibility GBP", "2", "network_cost_gbp_per_year", "network cost GBP/yr", "0"));

        h.append("<h2>Curtailment and unmet energy</h2>\n");
        h.append("<p>Curtailment is energy a charger was prevented from drawing by an external limit (DNO, CPO scheme, protection), "
                + "not a customer's own price response; unmet energy is what cars lacked at departure against their target.</p>\n");
        chart(h, CompareCharts.curtailment(r), "Curtailed and unmet energy over the run (kWh).");
        metricTable(h, r, cols(
                "curtailed_kwh", "curtailed kWh", "1", "curtailment_events", "events", "0", "households_curtailed", "households", "0",
                "curtailment_duration_p50_min", "duration p50 min", "1", "curtailment_duration_p90_min", "duration p90 min", "1",
                "curtailment_duration_max_min", "duration max min", "1", "unmet_kwh", "unmet kWh", "1",
                "sessions_with_unmet", "sessions short", "0"));

        h.append("<h2>V2G revenue</h2>\n");
        chart(h, CompareCharts.v2gRevenue(r), "Net V2G revenue (export, flexibility and P2P income less degradation, GBP/yr) "
                + "against the share of the run each V2G household's car was plugged in at home; every replication.");
        metricTable(h, r, cols(
                "v2g_households", "V2G households", "0", "v2g_export_kwh", "exported kWh", "1",
                "v2g_revenue_gbp_per_household_year", "GBP per household per year", "1",
                "v2g_revenue_gbp_per_plugged_hour", "GBP per plugged-in hour", "3"));

        h.append("<h2>Money</h2>\n");
        metricTable(h, r, cols(
                "bills_energy_gbp", "energy bills GBP", "2", "bills_standing_gbp", "standing GBP", "2",
                "bills_network_gbp", "DUoS GBP", "2", "export_paid_gbp", "export paid GBP", "2",
                "payments_flex_availability_gbp", "flex availability GBP", "2", "payments_flex_utilisation_gbp", "flex utilisation GBP", "2",
                "payments_compensation_gbp", "compensation GBP", "2", "payments_incentive_gbp", "incentives GBP", "2",
                "payments_capacity_rights_gbp", "capacity rights GBP", "2", "payments_penalty_gbp", "penalties GBP", "2",
                "payments_premium_gbp", "premiums GBP", "2", "payments_p2p_gbp", "P2P GBP", "2"));

        equity(h, r);
        allocation(h, r);
        behaviour(h, r);
        definitions(h, r);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    // ---- sections -------------------------------------------------------------------------------

    private static void equity(StringBuilder h, Comparison.Result r) {
        Scenario s = r.scenario();
        h.append("<h2>Equity: who can take part, who gains</h2>\n");
        h.append("<p>Capability-based equity (DOMAIN.md section 7; 002 section 3). Net benefit per household per year = bill "
                + "savings against the same household in the UNMANAGED run + V2G revenue &minus; its share of the network cost (rule: ")
                .append(esc(s.analysis().netBenefitRule().label())).append(") &minus; annualised equipment (smart charger for home charging, "
                        + "V2G premium). Concentration index of net benefit over IMD rank: the generalised index (GBP/yr) is positive "
                        + "when net benefit rises with affluence; the index divides it by the mean net benefit, so with a negative "
                        + "mean (net losses) a positive index means the losses fall on the less deprived.</p>\n");
        chart(h, CompareCharts.equityByDecile(r), "Net benefit per household per year by IMD decile (1 = most deprived).");

        h.append("<h3>Access and the first excluding gate</h3>\n");
        h.append("<p>Share of each group able to take part, and the gate that most often excludes the rest (the same in every model).</p>\n");
        RunAnalysis ref = r.runs()[0][0];
        h.append("<table>\n<tr><th>group</th><th>households</th><th>EV share</th><th>smart-charging access</th>"
                + "<th>main smart gate</th><th>V2G access</th><th>main V2G gate</th></tr>\n");
        for (GroupKind kind : GroupKind.values()) {
            if (kind == GroupKind.IMD_DECILE) {
                continue;
            }
            for (String g : kind.groups()) {
                double n = CompareCharts.equity(ref, kind, g, "ev_share");
                if (Double.isNaN(n)) {
                    continue;
                }
                int count = households(ref, kind, g);
                h.append("<tr><td>").append(esc(groupLabel(kind, g))).append("</td><td>").append(count).append("</td><td>")
                        .append(pct(CompareCharts.equity(ref, kind, g, "ev_share"))).append("</td><td>")
                        .append(pct(CompareCharts.equity(ref, kind, g, "smart_access_rate"))).append("</td><td>")
                        .append(esc(mainGate(ref, kind, g, "smart_gate_share_", EquityTable.SMART_GATES))).append("</td><td>")
                        .append(pct(CompareCharts.equity(ref, kind, g, "v2g_access_rate"))).append("</td><td>")
                        .append(esc(mainGate(ref, kind, g, "v2g_gate_share_", Gate.values()))).append("</td></tr>\n");
            }
        }
        h.append("</table>\n");

        metricTable(h, r, cols("concentration_index_net_benefit", "concentration index", "3",
                "generalised_concentration_index_net_benefit", "generalised index GBP/yr", "2",
                "net_benefit_gbp_per_household_year", "mean net benefit GBP/hh/yr", "2",
                "bill_savings_gbp_per_household_year", "mean bill savings GBP/hh/yr", "2",
                "network_charge_gbp_per_household_year", "mean network charge GBP/hh/yr", "2"));
        groupTable(h, r, GroupKind.IMD_DECILE, "net_benefit_gbp_per_household_year", "Net benefit by IMD decile (GBP per household per year)", 1);
        groupTable(h, r, GroupKind.IMD_QUINTILE, "bill_savings_gbp_per_household_year", "Bill savings against UNMANAGED by IMD quintile (GBP per household per year)", 1);
        groupTable(h, r, GroupKind.IMD_QUINTILE, "curtailed_kwh_per_household_year", "Curtailment burden by IMD quintile (kWh per household per year)", 1);
        groupTable(h, r, GroupKind.IMD_QUINTILE, "unmet_kwh_per_household_year", "Unmet energy by IMD quintile (kWh per household per year)", 1);
        groupTable(h, r, GroupKind.IMD_QUINTILE, "network_charge_gbp_per_household_year", "Network charge by IMD quintile (GBP per household per year)", 2);
        for (GroupKind kind : new GroupKind[] {GroupKind.TENURE, GroupKind.EV, GroupKind.V2G}) {
            groupTable(h, r, kind, "net_benefit_gbp_per_household_year", "Net benefit by " + kindLabel(kind) + " (GBP per household per year)", 1);
        }
        groupTable(h, r, GroupKind.V2G, "v2g_revenue_gbp_per_v2g_household_year", "V2G revenue per V2G household (GBP per year)", 1);
    }

    private static void allocation(StringBuilder h, Comparison.Result r) {
        h.append("<h2>Who pays for the network</h2>\n");
        h.append("<p>The network cost of each run (reinforcement the DNO committed plus its flexibility, compensation and incentive "
                + "payments) shared by each rule (000: postage stamp versus cost-reflective by volume, capacity, location and time of "
                + "use; 002:L463 first mover). The share caused is each household's share of demand in the ")
                .append(r.scenario().analysis().causedPeakHalfHours()).append(" half-hours of highest transformer demand. "
                        + "Paid / caused above 1 for a deprived group means \"the poor contributing to network investment for the rich\" (000).</p>\n");
        ModelType chartModel = r.models().get(0);
        double most = -1;
        for (ModelType m : r.models()) {
            double c = Headline.estimate(r, m, "network_cost_gbp").mean();
            if (c > most) {
                most = c;
                chartModel = m;
            }
        }
        h.append("<h3>Network cost per model</h3>\n");
        metricTable(h, r, cols("reinforcement_triggered", "reinforcement triggered (share of replications)", "2",
                "reinforcement_cost_gbp", "reinforcement GBP", "0", "dno_flexibility_payments_gbp", "DNO payments GBP", "2",
                "network_cost_gbp", "network cost GBP", "0", "network_cost_gbp_per_year", "annualised GBP/yr", "0"));
        chart(h, CompareCharts.paidVsCaused(r, chartModel), "Share of the network cost paid over share caused, by IMD quintile and "
                + "rule, for " + chartModel.label() + " (the model with the largest network cost). The ratio describes a rule's "
                + "distribution and is defined even when the cost is zero.");
        h.append("<h3>Paid / caused, ").append(esc(chartModel.label())).append("</h3>\n<table>\n<tr><th>rule</th>");
        for (String q : GroupKind.IMD_QUINTILE.groups()) {
            h.append("<th>IMD Q").append(q).append("</th>");
        }
        h.append("<th>non-EV</th><th>EV</th><th>social rent</th><th>owner</th></tr>\n");
        for (AllocationRule rule : AllocationRule.values()) {
            h.append("<tr><td>").append(esc(rule.label())).append("</td>");
            for (String q : GroupKind.IMD_QUINTILE.groups()) {
                h.append("<td>").append(ratioCell(r, chartModel, rule, GroupKind.IMD_QUINTILE, q)).append("</td>");
            }
            h.append("<td>").append(ratioCell(r, chartModel, rule, GroupKind.EV, "non_ev")).append("</td>");
            h.append("<td>").append(ratioCell(r, chartModel, rule, GroupKind.EV, "ev")).append("</td>");
            h.append("<td>").append(ratioCell(r, chartModel, rule, GroupKind.TENURE, "social_rent")).append("</td>");
            h.append("<td>").append(ratioCell(r, chartModel, rule, GroupKind.TENURE, "owner")).append("</td></tr>\n");
        }
        h.append("</table>\n");
        h.append("<h3>Most deprived quintile (Q1): paid / caused per model</h3>\n<table>\n<tr><th>model</th>");
        for (AllocationRule rule : AllocationRule.values()) {
            h.append("<th>").append(esc(rule.label())).append("</th>");
        }
        h.append("</tr>\n");
        for (ModelType m : r.models()) {
            h.append("<tr><td>").append(esc(m.label())).append("</td>");
            for (AllocationRule rule : AllocationRule.values()) {
                h.append("<td>").append(ratioCell(r, m, rule, GroupKind.IMD_QUINTILE, "1")).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void behaviour(StringBuilder h, Comparison.Result r) {
        h.append("<h2>Driver behaviour beside Electric Nation</h2>\n");
        h.append("<p>Home sessions of replication 0, excluding sessions cut by the start or end of the run. Plug-in behaviour is the "
                + "same in every model (common random numbers); energy per session and diversified demand depend on the model.</p>\n");
        h.append("<table>\n<tr><th>model</th><th>sessions per EV-week</th><th>plugged-in h mean</th><th>median</th><th>p90</th>"
                + "<th>start SoC mean</th><th>start SoC &gt; 0.5</th><th>kWh per session</th><th>ADMD kW per EV</th></tr>\n");
        for (ModelType m : r.models()) {
            BehaviourSummary b = r.of(m).get(0).run().behaviour;
            h.append("<tr><td>").append(esc(m.label())).append("</td><td>").append(Fmt.fixed(b.sessionsPerEvWeek(), 2))
                    .append("</td><td>").append(Fmt.fixed(b.pluggedHoursMean(), 1)).append("</td><td>").append(Fmt.fixed(b.pluggedHoursMedian(), 1))
                    .append("</td><td>").append(Fmt.fixed(b.pluggedHoursP90(), 1)).append("</td><td>").append(Fmt.fixed(b.startSocMean(), 2))
                    .append("</td><td>").append(pct(b.startSocShareAbove50())).append("</td><td>").append(Fmt.fixed(b.energyPerSessionKwh(), 1))
                    .append("</td><td>").append(Fmt.fixed(b.admdKwPerEv(), 2)).append("</td></tr>\n");
        }
        h.append("<tr class=\"target\"><td>Electric Nation</td><td>~").append((int) BehaviourSummary.TARGET_SESSIONS_PER_WEEK)
                .append("</td><td>&gt; ").append((int) BehaviourSummary.TARGET_MIN_PLUGGED_HOURS)
                .append("</td><td></td><td></td><td>&gt; ").append(BehaviourSummary.TARGET_START_SOC)
                .append("</td><td>most</td><td></td><td></td></tr>\n</table>\n");
    }

    private static void definitions(StringBuilder h, Comparison.Result r) {
        h.append("<h2>Files and definitions</h2>\n<ul>\n");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("metrics.csv", "one row per model, replication and metric (tidy: model, replication, seed, metric, value, unit)");
        files.put("summary.json", "per model and metric, the mean over replications with its 95% confidence interval; behaviour summaries");
        files.put("equity.csv", "one row per model, replication, group and measure (access, gates, curtailment, money)");
        files.put("cost_allocation.csv", "one row per model, replication, allocation rule and group: shares paid and caused, their ratio, GBP");
        files.put("sessions.csv", "one row per plug-in session of every model and replication");
        files.put("households.csv", "one row per household of every model and replication, with its share of the network cost under each rule");
        files.put("scenario.resolved.json", "the scenario with every default filled in: ./lvflex compare on it reproduces this report");
        for (Map.Entry<String, String> e : files.entrySet()) {
            h.append("<li><code>").append(e.getKey()).append("</code>: ").append(esc(e.getValue())).append("</li>\n");
        }
        h.append("</ul>\n<p>Every column is defined in docs/data.md; every metric in DOMAIN.md section 8. Models: ");
        List<String> m = new ArrayList<>();
        for (ModelType t : r.models()) {
            m.add("<b>" + esc(t.label()) + "</b>: " + esc(t.mechanism()));
        }
        h.append(String.join("; ", m)).append(".</p>\n");
    }

    // ---- building blocks ------------------------------------------------------------------------

    /** A table of models (rows) by metrics (columns). */
    static void metricTable(StringBuilder h, Comparison.Result r, List<Headline.Column> columns) {
        String pm = " &plusmn; ";
        h.append("<table>\n<tr><th>model</th>");
        for (Headline.Column c : columns) {
            h.append("<th>").append(esc(c.heading())).append("</th>");
        }
        h.append("</tr>\n");
        for (ModelType m : r.models()) {
            h.append("<tr><td>").append(esc(m.label())).append("</td>");
            for (Headline.Column c : columns) {
                h.append("<td>").append(Headline.cell(Headline.estimate(r, m, c.metric()), c.decimals(), pm)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    /** A table of a group kind's groups (rows) by model (columns) for one equity measure. */
    static void groupTable(StringBuilder h, Comparison.Result r, GroupKind kind, String metric, String title, int decimals) {
        h.append("<h3>").append(esc(title)).append("</h3>\n<table>\n<tr><th>").append(esc(kindLabel(kind))).append("</th><th>households</th>");
        for (ModelType m : r.models()) {
            h.append("<th>").append(esc(m.name())).append("</th>");
        }
        h.append("</tr>\n");
        RunAnalysis ref = r.runs()[0][0];
        for (String g : kind.groups()) {
            int n = households(ref, kind, g);
            if (n == 0) {
                continue;
            }
            h.append("<tr><td>").append(esc(groupLabel(kind, g))).append("</td><td>").append(n).append("</td>");
            for (ModelType m : r.models()) {
                double[] v = r.of(m).stream().mapToDouble(a -> CompareCharts.equity(a, kind, g, metric)).toArray();
                h.append("<td>").append(Headline.cell(Estimate.of(v), decimals, " &plusmn; ")).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static String ratioCell(Comparison.Result r, ModelType m, AllocationRule rule, GroupKind kind, String group) {
        double[] v = r.of(m).stream().mapToDouble(a -> CompareCharts.ratio(a, rule, kind, group)).toArray();
        Estimate e = Estimate.of(v);
        String cell = Headline.cell(e, 2, " &plusmn; ");
        return !Double.isNaN(e.mean()) && e.mean() > 1.005 ? "<b>" + cell + "</b>" : cell;
    }

    private static int households(RunAnalysis a, GroupKind kind, String g) {
        for (EquityTable.Row row : a.equity()) {
            if (row.kind() == kind && row.group().equals(g)) {
                return row.households();
            }
        }
        return 0;
    }

    private static String mainGate(RunAnalysis a, GroupKind kind, String g, String prefix, Gate[] gates) {
        Gate best = null;
        double share = 0;
        for (Gate gate : gates) {
            if (gate == Gate.NONE) {
                continue;
            }
            double v = CompareCharts.equity(a, kind, g, prefix + gate.name().toLowerCase(java.util.Locale.ROOT));
            if (v > share) {
                share = v;
                best = gate;
            }
        }
        return best == null ? "-" : best.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (" + pct(share) + ")";
    }

    /** Table columns from (metric, heading, decimals) triples. */
    static List<Headline.Column> cols(String... triples) {
        List<Headline.Column> out = new ArrayList<>();
        for (int i = 0; i + 2 < triples.length; i += 3) {
            out.add(new Headline.Column(triples[i], triples[i + 1], Integer.parseInt(triples[i + 2])));
        }
        return out;
    }

    private static void chart(StringBuilder h, JFreeChart chart, String caption) {
        byte[] png = ChartFiles.pngBytes(chart, CHART_W, CHART_H);
        h.append("<figure><img alt=\"").append(esc(chart.getTitle().getText())).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\"><figcaption>").append(esc(caption))
                .append("</figcaption></figure>\n");
    }

    private static void fact(StringBuilder h, String k, String v) {
        h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>\n");
    }

    static String kindLabel(GroupKind k) {
        return switch (k) {
            case IMD_DECILE -> "IMD decile";
            case IMD_QUINTILE -> "IMD quintile";
            case TENURE -> "tenure";
            case EV -> "EV ownership";
            case V2G -> "V2G";
        };
    }

    static String groupLabel(GroupKind k, String g) {
        return switch (k) {
            case IMD_DECILE -> "decile " + g + (g.equals("1") ? " (most deprived)" : g.equals("10") ? " (least deprived)" : "");
            case IMD_QUINTILE -> "IMD Q" + g + (g.equals("1") ? " (most deprived)" : g.equals("5") ? " (least deprived)" : "");
            default -> g.replace('_', ' ');
        };
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : Fmt.fixed(100 * v, 0) + "%";
    }

    /** HTML-escapes text. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final String CSS = """
            body { font-family: -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 1180px; color: #222; padding: 0 1em; }
            h1 { font-size: 1.7em; margin-bottom: 0.2em; }
            h2 { font-size: 1.3em; border-bottom: 2px solid #ddd; padding-bottom: 0.2em; margin-top: 2em; }
            h3 { font-size: 1.05em; margin-top: 1.4em; }
            p.lead { font-size: 1.05em; color: #444; }
            p.note { color: #555; font-size: 0.9em; }
            table { border-collapse: collapse; margin: 0.6em 0 1em 0; font-size: 0.86em; }
            th, td { border: 1px solid #ccc; padding: 3px 7px; text-align: right; }
            th { background: #f3f3f3; }
            td:first-child, th:first-child { text-align: left; }
            table.facts th { text-align: left; background: #f7f7f7; }
            table.facts td { text-align: left; }
            tr.target td { background: #fff8e1; font-style: italic; }
            figure { margin: 1em 0; }
            figure img { max-width: 100%; border: 1px solid #eee; }
            figcaption { font-size: 0.85em; color: #555; }
            div.warn { background: #fff3cd; border: 1px solid #e0c36a; padding: 0.6em 0.9em; margin: 1em 0; }
            code { background: #f4f4f4; padding: 0 3px; }
            """;
}
