package org.lvflex.experiments.metrics;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.cpo.Site;
import org.lvflex.agents.cpo.SiteTally;
import org.lvflex.core.Fmt;

/**
 * The curtailment analysis of each public site of a finished run (003:L534-543): the DNO's view
 * (maximum curtailment of the requested capacity, % of time at full capacity, frequency and duration
 * of restrictions, probability of each curtailment level) and the customer's (energy the scheme
 * withheld from the cars that wanted it, energy drivers did not get, trips).
 */
public final class CurtailmentAnalysis {
    private CurtailmentAnalysis() {}

    /** One site of one run. {@code run} names the run (a scheme forced on every site, or "as-given"). */
    public record Row(String run, String siteId, String siteType, String scheme, int connectionOrder, double capacityKw,
            double dscKva, double maxCurtailmentKw, double maxCurtailmentPct, double fullCapacityPct, int constraintEvents,
            double constraintEventsPerDay, double constraintMeanMin, double constraintP90Min, double constraintMaxMin,
            double requestedKwh, double chargedKwh, double curtailedKwh, double curtailedPct, double curtailedMinutes,
            double unmetKwh, int sessions, int sessionsWithUnmet, int turnedAway, int trips, double trippedMinutes,
            double dscExceededMinutes, double breachMinutes, double maxBreachPct, double flexKwh, double peakImportKva,
            double[] levelProbability, Map<YearMonth, SiteTally.Month> months) {}

    public static final String HEADER = "run,site_id,site_type,scheme,connection_order,capacity_kw,dsc_kva,max_curtailment_kw,"
            + "max_curtailment_pct,full_capacity_time_pct,constraint_events,constraint_events_per_day,constraint_duration_mean_min,"
            + "constraint_duration_p90_min,constraint_duration_max_min,requested_kwh,charged_kwh,curtailed_kwh,curtailed_pct,"
            + "curtailed_minutes,unmet_kwh,sessions,sessions_with_unmet,turned_away,trips,tripped_minutes,dsc_exceeded_minutes,"
            + "constraint_breach_minutes,constraint_breach_max_pct,flex_kwh,peak_import_kva";

    public static final String MONTHLY_HEADER = "run,site_id,scheme,month,minutes,full_capacity_time_pct,requested_kwh,curtailed_kwh,"
            + "unmet_kwh,constraint_breach_minutes,constraint_breach_max_pct";

    public static final String LEVELS_HEADER = "run,site_id,scheme,curtailment_level,probability";

    /** One row per site of {@code m} (none when it has no public sites). */
    public static List<Row> of(LvFlexModel m, String run) {
        List<Row> rows = new ArrayList<>();
        if (m.cpo() == null) {
            return rows;
        }
        for (Site s : m.cpo().sites()) {
            SiteTally t = s.tally();
            double[] d = t.constraintDurations().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double days = t.minutes() / 1440.0;
            double[] levels = new double[SiteTally.LEVELS.size()];
            for (int k = 0; k < levels.length; k++) {
                levels[k] = t.levelProbability(k);
            }
            double cap = t.capacityKw();
            rows.add(new Row(run, s.getId(), s.getType(), s.getScheme(), s.getConnectionOrder(), cap, s.getDeclaredSupplyKva(),
                    t.maxCurtailmentKw(), cap > 0 ? 100 * t.maxCurtailmentKw() / cap : 0, t.fullCapacityPct(), d.length,
                    days > 0 ? d.length / days : Double.NaN, mean(d), d.length == 0 ? 0 : Stats.nearestRank(d, 0.9),
                    d.length == 0 ? 0 : d[d.length - 1],
                    t.requestKwh(), t.chargedKwh(), t.curtailedKwh(), t.requestKwh() > 0 ? 100 * t.curtailedKwh() / t.requestKwh() : 0,
                    t.curtailedMinutes(), t.unmetKwh(), t.sessions(), t.sessionsWithUnmet(), t.turnedAway(), t.trips(),
                    t.trippedMinutes(), t.dscExceededMinutes(), t.breachMinutes(), t.maxBreachPct(), t.flexKwh(), t.peakImportKva(), levels,
                    t.months()));
        }
        return rows;
    }

    static double mean(double[] x) {
        return x.length == 0 ? 0 : Arrays.stream(x).sum() / x.length;
    }

    /** Writes curtailment.csv (also a run's public-sites.csv): {@link #HEADER}, then one line per row. */
    public static void write(Writer w, List<Row> rows) throws IOException {
        w.append(HEADER).append('\n');
        StringBuilder sb = new StringBuilder(512);
        for (Row r : rows) {
            sb.setLength(0);
            sb.append(r.run()).append(',').append(Fmt.csvField(r.siteId())).append(',').append(r.siteType().toLowerCase())
                    .append(',').append(r.scheme()).append(',').append(r.connectionOrder());
            num(sb, r.capacityKw(), 1);
            num(sb, r.dscKva(), 1);
            num(sb, r.maxCurtailmentKw(), 3);
            num(sb, r.maxCurtailmentPct(), 2);
            num(sb, r.fullCapacityPct(), 3);
            sb.append(',').append(r.constraintEvents());
            num(sb, r.constraintEventsPerDay(), 3);
            num(sb, r.constraintMeanMin(), 1);
            num(sb, r.constraintP90Min(), 1);
            num(sb, r.constraintMaxMin(), 1);
            num(sb, r.requestedKwh(), 3);
            num(sb, r.chargedKwh(), 3);
            num(sb, r.curtailedKwh(), 3);
            num(sb, r.curtailedPct(), 3);
            num(sb, r.curtailedMinutes(), 0);
            num(sb, r.unmetKwh(), 3);
            sb.append(',').append(r.sessions()).append(',').append(r.sessionsWithUnmet()).append(',').append(r.turnedAway())
                    .append(',').append(r.trips());
            num(sb, r.trippedMinutes(), 0);
            num(sb, r.dscExceededMinutes(), 0);
            num(sb, r.breachMinutes(), 0);
            num(sb, r.maxBreachPct(), 2);
            num(sb, r.flexKwh(), 3);
            num(sb, r.peakImportKva(), 3);
            w.append(sb).append('\n');
        }
    }

    private static void num(StringBuilder sb, double v, int decimals) {
        Fmt.fixed(sb.append(','), v, decimals);
    }

    /** Appends one row per site and curtailment level (003:L539) to curtailment-levels.csv. */
    public static void writeLevels(Writer w, List<Row> rows) throws IOException {
        StringBuilder sb = new StringBuilder(128);
        for (Row r : rows) {
            for (int k = 0; k < SiteTally.LEVELS.size(); k++) {
                sb.setLength(0);
                sb.append(r.run()).append(',').append(Fmt.csvField(r.siteId())).append(',').append(r.scheme()).append(',')
                        .append(SiteTally.LEVELS.get(k)).append(',');
                Fmt.fixed(sb, r.levelProbability()[k], 5).append('\n');
                w.append(sb);
            }
        }
    }

    /** Appends one row per site and calendar month (the periodic review, 003:L373, L690) to curtailment-monthly.csv. */
    public static void writeMonthly(Writer w, List<Row> rows) throws IOException {
        StringBuilder sb = new StringBuilder(160);
        for (Row r : rows) {
            for (Map.Entry<YearMonth, SiteTally.Month> e : r.months().entrySet()) {
                SiteTally.Month mo = e.getValue();
                sb.setLength(0);
                sb.append(r.run()).append(',').append(Fmt.csvField(r.siteId())).append(',').append(r.scheme()).append(',')
                        .append(e.getKey());
                num(sb, mo.minutes(), 0);
                num(sb, mo.fullCapacityPct(), 3);
                num(sb, mo.requestKwh(), 3);
                num(sb, mo.curtailedKwh(), 3);
                num(sb, mo.unmetKwh(), 3);
                num(sb, mo.breachMinutes(), 0);
                num(sb, mo.maxBreachPct(), 2);
                w.append(sb).append('\n');
            }
        }
    }

    /** The headline columns as a Markdown table (also what the command prints). */
    public static String markdown(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| run | site | scheme | capacity kW | max curtailment kW (%) | full capacity % of time | restrictions per day "
                + "| mean / p90 duration min | P(level 0 / 0-25 / 25-50 / 50-75 / 75-100 / 100%) | curtailed kWh (% of wanted) "
                + "| unmet kWh | trips | breach min |\n");
        sb.append("|---|---|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            StringBuilder lv = new StringBuilder();
            for (int k = 0; k < r.levelProbability().length; k++) {
                lv.append(k == 0 ? "" : " / ").append(Fmt.fixed(r.levelProbability()[k], 2));
            }
            sb.append("| ").append(r.run()).append(" | ").append(r.siteId()).append(" | ").append(r.scheme()).append(" | ")
                    .append(Fmt.fixed(r.capacityKw(), 0)).append(" | ")
                    .append(Fmt.fixed(r.maxCurtailmentKw(), 1)).append(" (").append(Fmt.fixed(r.maxCurtailmentPct(), 0)).append("%) | ")
                    .append(Fmt.fixed(r.fullCapacityPct(), 1)).append(" | ")
                    .append(Fmt.fixed(r.constraintEventsPerDay(), 2)).append(" | ")
                    .append(Fmt.fixed(r.constraintMeanMin(), 0)).append(" / ").append(Fmt.fixed(r.constraintP90Min(), 0)).append(" | ")
                    .append(lv).append(" | ")
                    .append(Fmt.fixed(r.curtailedKwh(), 1)).append(" (").append(Fmt.fixed(r.curtailedPct(), 1)).append("%) | ")
                    .append(Fmt.fixed(r.unmetKwh(), 1)).append(" | ")
                    .append(r.trips()).append(" | ")
                    .append(Fmt.fixed(r.breachMinutes(), 0)).append(" |\n");
        }
        return sb.toString();
    }
}
