package org.lvflex.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lvflex.core.InputException;

/**
 * Assembles a {@link Network} from named elements, as a loader reads them, and reports every bad
 * reference at once: a line to a missing bus, an unknown line code, a load on a missing bus or phase.
 */
public final class NetworkBuilder {
    private final String name;
    private final Map<String, LineCode> codes = new HashMap<>();
    private final List<LineCode> codeList = new ArrayList<>();
    private final List<String> busNames = new ArrayList<>();
    private final List<double[]> busXy = new ArrayList<>();
    private final Map<String, Integer> busIndex = new HashMap<>();
    private final List<String[]> lines = new ArrayList<>();
    private final List<Double> lineLengths = new ArrayList<>();
    private final List<String[]> loads = new ArrayList<>();
    private final List<double[]> loadValues = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private Source source;
    private Transformer transformer;
    private String transformerBus;

    public NetworkBuilder(String name) {
        this.name = name;
    }

    public NetworkBuilder lineCode(LineCode code) {
        if (codes.putIfAbsent(code.name(), code) != null) {
            problems.add("line code " + code.name() + ": defined twice; line code names must be unique");
        } else {
            codeList.add(code);
        }
        return this;
    }

    public NetworkBuilder bus(String busName, double x, double y) {
        if (busName == null || busName.isBlank()) {
            problems.add("bus #" + busNames.size() + ": name is empty");
            return this;
        }
        if (busIndex.putIfAbsent(busName, busNames.size()) != null) {
            problems.add("bus " + busName + ": defined twice; bus names must be unique");
            return this;
        }
        busNames.add(busName);
        busXy.add(new double[] {x, y});
        return this;
    }

    public NetworkBuilder line(String lineName, String from, String to, double lengthM, String code) {
        lines.add(new String[] {lineName, from, to, code});
        lineLengths.add(lengthM);
        return this;
    }

    /** Adds a load; {@code phase} is A, B, C or ABC. */
    public NetworkBuilder load(String loadName, String bus, String phase, double kw, double pf, String shape) {
        loads.add(new String[] {loadName, bus, phase, shape});
        loadValues.add(new double[] {kw, pf});
        return this;
    }

    public NetworkBuilder source(Source s) {
        this.source = s;
        return this;
    }

    public NetworkBuilder transformer(Transformer t, String lvBus) {
        this.transformer = t;
        this.transformerBus = lvBus;
        return this;
    }

    /** Checks every reference and builds the network; throws {@link InputException} listing all problems. */
    public Network build() {
        List<String> errs = new ArrayList<>(problems);
        if (source == null) {
            errs.add("network " + name + ": no source (upstream grid) is defined");
        }
        if (transformer == null) {
            errs.add("network " + name + ": no transformer is defined");
        } else if (!busIndex.containsKey(transformerBus)) {
            errs.add("transformer " + transformer.name() + ": LV bus '" + transformerBus + "' does not exist");
        }
        int nl = lines.size();
        String[] names = new String[nl];
        int[] from = new int[nl];
        int[] to = new int[nl];
        double[] len = new double[nl];
        int[] code = new int[nl];
        Map<String, Integer> codeIndex = new HashMap<>();
        for (int i = 0; i < codeList.size(); i++) {
            codeIndex.put(codeList.get(i).name(), i);
        }
        for (int i = 0; i < nl; i++) {
            String[] l = lines.get(i);
            names[i] = l[0];
            from[i] = bus(l[0], "from", l[1], errs);
            to[i] = bus(l[0], "to", l[2], errs);
            len[i] = lineLengths.get(i);
            if (!(len[i] > 0) || !Double.isFinite(len[i])) {
                errs.add("line " + l[0] + ": length " + len[i] + " m is not allowed; it must be a finite number > 0");
            }
            Integer c = codeIndex.get(l[3]);
            if (c == null) {
                errs.add("line " + l[0] + ": unknown line code '" + l[3] + "'; known codes: "
                        + codeList.stream().map(LineCode::name).sorted().collect(Collectors.joining(", ")));
                code[i] = 0;
            } else {
                code[i] = c;
            }
        }
        List<Load> loadList = new ArrayList<>();
        for (int i = 0; i < loads.size(); i++) {
            String[] l = loads.get(i);
            Integer b = busIndex.get(l[1]);
            int ph = Load.parsePhase(l[2]);
            if (b == null) {
                errs.add("load " + l[0] + ": bus '" + l[1] + "' does not exist");
            }
            if (ph < 0) {
                errs.add("load " + l[0] + ": phase '" + l[2] + "' is not allowed; use A, B, C or ABC");
            }
            if (b != null && ph >= 0) {
                loadList.add(new Load(l[0], b, ph, loadValues.get(i)[0], loadValues.get(i)[1], l[3]));
            }
        }
        if (!errs.isEmpty()) {
            throw new InputException(errs);
        }
        int nb = busNames.size();
        double[] x = new double[nb];
        double[] y = new double[nb];
        for (int i = 0; i < nb; i++) {
            x[i] = busXy.get(i)[0];
            y[i] = busXy.get(i)[1];
        }
        return new Network(name, busNames.toArray(new String[0]), x, y, codeList, names, from, to, len, code,
                transformer, busIndex.get(transformerBus), source, loadList);
    }

    private int bus(String line, String end, String busName, List<String> errs) {
        Integer b = busIndex.get(busName);
        if (b == null) {
            errs.add("line " + line + ": " + end + " bus '" + busName + "' does not exist");
            return 0;
        }
        return b;
    }
}
