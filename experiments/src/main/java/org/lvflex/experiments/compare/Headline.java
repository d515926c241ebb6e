package org.lvflex.experiments.compare;

import java.util.List;
import org.lvflex.core.Fmt;
import org.lvflex.scenario.ModelType;

/**
 * The headline table: models by key metrics, printed by {@code lvflex compare} and at the top of the
 * report. With several replications each cell is the mean +/- the 95% confidence half-width.
 */
public final class Headline {
    /** A column: the metric, its heading and the decimals shown. */
    public record Column(String metric, String heading, int decimals) {}

    public static final List<Column> COLUMNS = List.of(
            new Column("peak_demand_kva", "peak kVA", 1),
            new Column("peak_utilisation_pct", "peak % firm", 0),
            new Column("peak_to_unmanaged_peak_ratio", "peak / UNM", 2),
            new Column("secondary_peak_kw", "2nd peak kW", 1),
            new Column("secondary_peak_to_unmanaged_peak_ratio", "2nd / UNM", 2),
            new Column("max_charging_ramp_kw_per_min", "charging ramp kW/min", 1),
            new Column("curtailed_kwh", "curtailed kWh", 1),
            new Column("unmet_kwh", "unmet kWh", 1),
            new Column("v2g_revenue_gbp_per_household_year", "V2G GBP/hh/yr", 0),
            new Column("transformer_overload_minutes", "overload min", 0),
            new Column("undervoltage_minutes", "undervolt min", 0),
            new Column("losses_kwh", "losses kWh", 0),
            new Column("reinforcement_cost_gbp", "reinforce GBP", 0),
            new Column("net_benefit_gbp_per_household_year", "net GBP/hh/yr", 1),
            new Column("concentration_index_net_benefit", "conc. index", 3));

    private Headline() {}

    /** The estimate of a metric for a model over the replications. */
    public static Estimate estimate(Comparison.Result r, ModelType m, String metric) {
        return Estimate.of(r.of(m).stream().mapToDouble(a -> a.metric(metric)).toArray());
    }

    /** One cell: "12.3" or "12.3 +/- 0.4" (with replications); "-" when undefined. */
    public static String cell(Estimate e, int decimals, String plusMinus) {
        if (Double.isNaN(e.mean())) {
            return "-";
        }
        String s = Fmt.fixed(e.mean(), decimals);
        return Double.isNaN(e.halfWidth()) ? s : s + plusMinus + Fmt.fixed(e.halfWidth(), decimals);
    }

    /** The table as fixed-width text. */
    public static String text(Comparison.Result r) {
        int cols = COLUMNS.size() + 1;
        String[][] cells = new String[r.models().size() + 1][cols];
        cells[0][0] = "model";
        for (int c = 0; c < COLUMNS.size(); c++) {
            cells[0][c + 1] = COLUMNS.get(c).heading();
        }
        for (int i = 0; i < r.models().size(); i++) {
            ModelType m = r.models().get(i);
            cells[i + 1][0] = m.name();
            for (int c = 0; c < COLUMNS.size(); c++) {
                Column col = COLUMNS.get(c);
                cells[i + 1][c + 1] = cell(estimate(r, m, col.metric()), col.decimals(), "+-");
            }
        }
        int[] width = new int[cols];
        for (String[] row : cells) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : cells) {
            for (int c = 0; c < cols; c++) {
                String v = row[c];
                if (c == 0) {
                    sb.append(v).append(" ".repeat(width[c] - v.length()));
                } else {
                    sb.append("  ").append(" ".repeat(width[c] - v.length())).append(v);
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
