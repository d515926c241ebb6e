package org.lvflex.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvflex.scenario.schema.Problems;

/** Expands a sweep's parameters into its points: a full GRID or a LATIN_HYPERCUBE sample. */
public final class Design {
    /** More values than this in one range is almost surely a typo in from/to/step. */
    static final int MAX_VALUES = 100_000;
    /** Continuous Latin hypercube values are kept to this many significant digits, for readable tables. */
    static final MathContext DIGITS = new MathContext(6);

    private Design() {}

    /**
     * The points of a valid spec; {@code fields} holds the looked-up field of each parameter, in
     * order. Problems (a range too long, a GRID parameter without values) are added to {@code problems}.
     */
    public static List<Point> points(SweepSpec spec, List<ScenarioFields.Field> fields, Problems problems) {
        List<SweepParameter> params = spec.parameters();
        List<List<JsonNode>> levels = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            SweepParameter p = params.get(i);
            if (p.continuous()) {
                if (spec.design().type() == DesignSpec.Type.GRID) {
                    problems.add("parameters[" + i + "].step: missing; a GRID design needs 'values' or from/to with a 'step' "
                            + "(or set design.type to LATIN_HYPERCUBE to sample " + p.path() + " continuously)");
                }
                levels.add(null);
            } else {
                levels.add(levels(p, fields.get(i), "parameters[" + i + "]", problems));
            }
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        return spec.design().type() == DesignSpec.Type.GRID ? grid(params, levels) : latin(spec, fields, levels);
    }

    /** The discrete values of a parameter: its list, or its range from/to by step. */
    static List<JsonNode> levels(SweepParameter p, ScenarioFields.Field f, String at, Problems problems) {
        List<JsonNode> out = new ArrayList<>();
        if (!p.values().isEmpty()) {
            for (JsonNode v : p.values()) {
                out.add(normalise(v, f));
            }
            return out;
        }
        BigDecimal from = BigDecimal.valueOf(p.from());
        BigDecimal step = BigDecimal.valueOf(p.step());
        long count = (long) Math.floor((p.to() - p.from()) / p.step() + 1e-9) + 1;
        if (count > MAX_VALUES) {
            problems.add(at + ".step", String.valueOf(p.step()), "a step giving at most " + MAX_VALUES + " values from "
                    + p.from() + " to " + p.to() + " (it gives " + count + ")");
            return out;
        }
        for (long i = 0; i < count; i++) {
            out.add(normalise(DoubleNode.valueOf(from.add(step.multiply(BigDecimal.valueOf(i))).doubleValue()), f));
        }
        return out;
    }

    /** Numbers take the field's kind: whole numbers for integer fields, decimals for the rest. */
    static JsonNode normalise(JsonNode v, ScenarioFields.Field f) {
        if (!v.isNumber() || !f.numeric()) {
            return v;
        }
        double x = v.doubleValue();
        if (f.whole() && x == Math.rint(x)) {
            return LongNode.valueOf((long) x);
        }
        return f.whole() ? v : DoubleNode.valueOf(x);
    }

    private static List<Point> grid(List<SweepParameter> params, List<List<JsonNode>> levels) {
        List<Point> out = new ArrayList<>();
        int d = params.size();
        int[] idx = new int[d];
        while (true) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            for (int k = 0; k < d; k++) {
                values.put(params.get(k).path(), levels.get(k).get(idx[k]));
            }
            out.add(new Point(out.size(), values));
            int k = d - 1; // odometer: the last parameter varies fastest
            while (k >= 0 && ++idx[k] == levels.get(k).size()) {
                idx[k] = 0;
                k--;
            }
            if (k < 0) {
                return out;
            }
        }
    }

    private static List<Point> latin(SweepSpec spec, List<ScenarioFields.Field> fields, List<List<JsonNode>> levels) {
        List<SweepParameter> params = spec.parameters();
        int n = spec.design().samples();
        double[][] u = LatinHypercube.sample(n, params.size(), spec.design().seed());
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            for (int k = 0; k < params.size(); k++) {
                SweepParameter p = params.get(k);
                JsonNode v;
                if (levels.get(k) == null) {
                    double x = p.from() + u[i][k] * (p.to() - p.from());
                    x = fields.get(k).whole() ? Math.round(x) : new BigDecimal(x).round(DIGITS).doubleValue();
                    v = normalise(DoubleNode.valueOf(Math.min(p.to(), Math.max(p.from(), x))), fields.get(k));
                } else {
                    List<JsonNode> l = levels.get(k);
                    v = l.get(Math.min(l.size() - 1, (int) (u[i][k] * l.size())));
                }
                values.put(p.path(), v);
            }
            out.add(new Point(i, values));
        }
        return out;
    }
}
