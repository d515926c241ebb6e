package org.lvflex.experiments.sweep;

import org.lvflex.experiments.metrics.Stats;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lvflex.core.Fmt;
import org.lvflex.core.InputException;

/**
 * Statistics of a sweep's results.csv across replications: per parameter point and model (the
 * spread of the replications), and per value of each parameter and model (the parameter's main
 * effect, averaged over the other parameters' values).
 */
public final class SweepSummary {
    /** The sweep's coordinates columns before the parameters, and after them. */
    static final List<String> LEADING = List.of("run_id", "point", "replication", "model", "seed");
    static final List<String> TRAILING = List.of("metric", "value", "unit");

    private final List<String> parameters;
    private final List<Row> rows;

    /** One line of results.csv. */
    record Row(int point, String model, List<String> params, String metric, double value, String unit) {}

    private SweepSummary(List<String> parameters, List<Row> rows) {
        this.parameters = parameters;
        this.rows = rows;
    }

    public List<String> parameters() {
        return parameters;
    }

    /** Metric names in the order of the file. */
    public List<String> metrics() {
        Set<String> s = new LinkedHashSet<>();
        rows.forEach(r -> s.add(r.metric()));
        return new ArrayList<>(s);
    }

    /** Models in the order of the file. */
    public List<String> models() {
        Set<String> s = new LinkedHashSet<>();
        rows.forEach(r -> s.add(r.model()));
        return new ArrayList<>(s);
    }

    public int rowCount() {
        return rows.size();
    }

    /** The unit of a metric: that of its first row ("" when the file has no such metric). */
    public String unit(String metric) {
        for (Row r : rows) {
            if (r.metric().equals(metric)) {
                return r.unit();
            }
        }
        return "";
    }

    /** Reads a results.csv written by a sweep. */
    public static SweepSummary read(Path resultsCsv) {
        List<Row> rows = new ArrayList<>();
        List<String> header;
        try (BufferedReader r = Files.newBufferedReader(resultsCsv, StandardCharsets.UTF_8)) {
            Csv csv = new Csv(r);
            header = csv.next();
            if (header == null || header.size() < LEADING.size() + TRAILING.size()
                    || !header.subList(0, LEADING.size()).equals(LEADING)
                    || !header.subList(header.size() - TRAILING.size(), header.size()).equals(TRAILING)) {
                throw new InputException(resultsCsv + ": not a sweep's results.csv (expected columns " + LEADING
                        + ", the parameters, then " + TRAILING + "; got " + header + ")");
            }
            int np = header.size() - LEADING.size() - TRAILING.size();
            int line = 1;
            for (List<String> f = csv.next(); f != null; f = csv.next()) {
                line++;
                if (f.size() == 1 && f.get(0).isEmpty()) {
                    continue;
                }
                if (f.size() != header.size()) {
                    throw new InputException(resultsCsv + ": line " + line + ": got " + f.size() + " fields, expected " + header.size());
                }
                int m = LEADING.size() + np;
                try {
                    rows.add(new Row(Integer.parseInt(f.get(1)), f.get(3), List.copyOf(f.subList(LEADING.size(), m)), f.get(m),
                            parse(f.get(m + 1)), f.get(m + 2)));
                } catch (NumberFormatException e) {
                    throw new InputException(resultsCsv + ": line " + line + ": not a number: " + e.getMessage());
                }
            }
            return new SweepSummary(List.copyOf(header.subList(LEADING.size(), header.size() - TRAILING.size())), rows);
        } catch (NoSuchFileException e) {
            throw new InputException(resultsCsv + ": no such file (run ./lvflex sweep first; it writes results.csv)");
        } catch (IOException e) {
            throw new InputException(resultsCsv + ": cannot read: " + e.getMessage());
        }
    }

    static double parse(String s) {
        return switch (s) {
            case "" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    /** Statistics of one group of runs. */
    public record Group(int point, String model, List<String> params, String metric, String unit, Stats stats) {}

    /** One group per point, model and metric, in the file's order; NaN values are left out. */
    public List<Group> byPoint(double level) {
        Map<List<Object>, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            groups.computeIfAbsent(List.of(r.point(), r.model(), r.metric()), k -> new ArrayList<>()).add(r);
        }
        List<Group> out = new ArrayList<>();
        for (List<Row> g : groups.values()) {
            Row first = g.get(0);
            out.add(new Group(first.point(), first.model(), first.params(), first.metric(), first.unit(), stats(g, level)));
        }
        return out;
    }

    /** One value of one parameter, for one model and metric: its main effect. */
    public record Effect(String parameter, String value, String model, String metric, String unit, Stats stats) {}

    /** Per parameter, value, model and metric: the runs at that value, whatever the other parameters. */
    public List<Effect> effects(double level) {
        List<Effect> out = new ArrayList<>();
        for (int k = 0; k < parameters.size(); k++) {
            Map<List<String>, List<Row>> groups = new LinkedHashMap<>();
            for (Row r : rows) {
                groups.computeIfAbsent(List.of(r.params().get(k), r.model(), r.metric()), x -> new ArrayList<>()).add(r);
            }
            for (Map.Entry<List<String>, List<Row>> e : groups.entrySet()) {
                List<String> key = e.getKey();
                out.add(new Effect(parameters.get(k), key.get(0), key.get(1), key.get(2), e.getValue().get(0).unit(),
                        stats(e.getValue(), level)));
            }
        }
        return out;
    }

    /** The per-run values of one metric, for scatter plots: {parameter value, metric value} per model. */
    public Map<String, List<double[]>> scatter(String parameter, String metric) {
        int k = parameters.indexOf(parameter);
        Map<String, List<double[]>> out = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.metric().equals(metric) && !Double.isNaN(r.value())) {
                double x = number(r.params().get(k));
                out.computeIfAbsent(r.model(), m -> new ArrayList<>()).add(new double[] {x, r.value()});
            }
        }
        return out;
    }

    /** True when every value of the parameter is a number (it can go on a plot's x axis). */
    public boolean numeric(String parameter) {
        int k = parameters.indexOf(parameter);
        return rows.stream().allMatch(r -> !Double.isNaN(number(r.params().get(k))));
    }

    /** Distinct values of a parameter. */
    public int distinctValues(String parameter) {
        int k = parameters.indexOf(parameter);
        return (int) rows.stream().map(r -> r.params().get(k)).distinct().count();
    }

    static double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Stats stats(List<Row> g, double level) {
        double[] x = new double[g.size()];
        int n = 0;
        for (Row r : g) {
            if (!Double.isNaN(r.value())) {
                x[n++] = r.value();
            }
        }
        return Stats.of(x, n, level);
    }

    /** Writes summary.csv: one row per point, model and metric. */
    public void writeByPoint(Writer w, double level) throws IOException {
        w.append("point,model");
        for (String p : parameters) {
            w.append(',').append(Fmt.csvField(p));
        }
        w.append(",metric,unit,n,mean,sd,ci_low,ci_high,confidence\n");
        String conf = ResultStore.number(level);
        for (Group g : byPoint(level)) {
            w.append(String.valueOf(g.point())).append(',').append(g.model());
            for (String v : g.params()) {
                w.append(',').append(Fmt.csvField(v));
            }
            w.append(',').append(g.metric()).append(',').append(Fmt.csvField(g.unit()));
            stats(w, g.stats());
            w.append(',').append(conf).append('\n');
        }
    }

    /** Writes effects.csv: one row per parameter, value, model and metric, from {@link #effects} at {@code level}. */
    public static void writeEffects(Writer w, List<Effect> effects, double level) throws IOException {
        w.append("parameter,value,model,metric,unit,n,mean,sd,ci_low,ci_high,confidence\n");
        String conf = ResultStore.number(level);
        for (Effect e : effects) {
            w.append(Fmt.csvField(e.parameter())).append(',').append(Fmt.csvField(e.value())).append(',').append(e.model()).append(',')
                    .append(e.metric()).append(',').append(Fmt.csvField(e.unit()));
            stats(w, e.stats());
            w.append(',').append(conf).append('\n');
        }
    }

    private static void stats(Writer w, Stats s) throws IOException {
        w.append(',').append(String.valueOf(s.n()));
        w.append(',').append(ResultStore.number(s.mean())).append(',').append(ResultStore.number(s.sd()));
        w.append(',').append(ResultStore.number(s.ciLow())).append(',').append(ResultStore.number(s.ciHigh()));
    }
}
