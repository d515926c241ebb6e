package org.lvflex.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lvflex.core.InputException;

/**
 * An LV feeder as compact, immutable tables (columns of arrays, like pandapower), not an object graph.
 *
 * <ul>
 *   <li>buses: name, x, y</li>
 *   <li>branches (lines): from bus, to bus, name, length, line code, 3x3 phase impedance (ohm, flat
 *       row-major arrays), thermal rating (A)</li>
 *   <li>the transformer (at {@link #transformerBus()}) and the upstream {@link Source}</li>
 *   <li>loads (connection points): name, bus, phase, nominal kW, power factor, load shape</li>
 *   <li>the radial structure seen from the transformer: parent of each bus, a breadth-first order,
 *       and the feeder (LV way: transformer outgoing branch) each bus and load sits on</li>
 * </ul>
 *
 * Built by {@link NetworkBuilder}, which checks the input; the topology is checked here: the network
 * must be a single tree rooted at the transformer bus (radial, no loops, no disconnected buses).
 */
public final class Network {
    private final String name;
    // buses
    private final String[] busNames;
    private final double[] busX;
    private final double[] busY;
    private final Map<String, Integer> busIndex;
    // branches
    private final List<LineCode> lineCodes;
    private final String[] branchNames;
    private final int[] branchFrom;
    private final int[] branchTo;
    private final double[] branchLengthM;
    private final int[] branchCode;
    private final double[] branchZRe;
    private final double[] branchZIm;
    // transformer and source
    private final Transformer transformer;
    private final int transformerBus;
    private final Source source;
    // loads
    private final String[] loadNames;
    private final int[] loadBus;
    private final int[] loadPhase;
    private final double[] loadKw;
    private final double[] loadPf;
    private final String[] loadShape;
    private final int[] loadFeeder;
    // radial structure
    private final int[] busParent;
    private final int[] busParentBranch;
    private final int[] busOrder;
    private final int[] busFeeder;
    private final int[] feederHeadBranch;

    Network(String name, String[] busNames, double[] busX, double[] busY, List<LineCode> lineCodes,
            String[] branchNames, int[] branchFrom, int[] branchTo, double[] branchLengthM, int[] branchCode,
            Transformer transformer, int transformerBus, Source source, List<Load> loads) {
        this.name = name;
        this.busNames = busNames;
        this.busX = busX;
        this.busY = busY;
        this.busIndex = new HashMap<>();
        for (int i = 0; i < busNames.length; i++) {
            busIndex.put(busNames[i], i);
        }
        this.lineCodes = List.copyOf(lineCodes);
        this.branchNames = branchNames;
        this.branchFrom = branchFrom;
        this.branchTo = branchTo;
        this.branchLengthM = branchLengthM;
        this.branchCode = branchCode;
        int nb = branchNames.length;
        this.branchZRe = new double[9 * nb];
        this.branchZIm = new double[9 * nb];
        // lengths are finite and > 0: NetworkBuilder.build checked them, withLoads/withTransformer copy them
        for (int b = 0; b < nb; b++) {
            this.lineCodes.get(branchCode[b]).phaseImpedance(branchLengthM[b], branchZRe, branchZIm, 9 * b);
        }
        this.transformer = transformer;
        this.transformerBus = transformerBus;
        this.source = source;

        int n = busNames.length;
        this.busParent = new int[n];
        this.busParentBranch = new int[n];
        this.busOrder = new int[n];
        this.busFeeder = new int[n];
        this.feederHeadBranch = orient();

        int nl = loads.size();
        this.loadNames = new String[nl];
        this.loadBus = new int[nl];
        this.loadPhase = new int[nl];
        this.loadKw = new double[nl];
        this.loadPf = new double[nl];
        this.loadShape = new String[nl];
        this.loadFeeder = new int[nl];
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < nl; i++) {
            Load l = loads.get(i);
            String ln = l.name() == null || l.name().isBlank() ? "#" + i : l.name();
            if (!seen.add(ln)) {
                problems.add("load " + ln + ": the name is used twice; load names must be unique");
            }
            if (l.bus() < 0 || l.bus() >= n) {
                problems.add("load " + ln + ": bus index " + l.bus() + " does not exist; allowed 0.." + (n - 1));
                continue;
            }
            if (l.phase() < 0 || l.phase() > 3) {
                problems.add("load " + ln + ": phase " + l.phase()
                        + " is not allowed; use 0, 1, 2 (A, B, C) or 3 (balanced three-phase)");
            }
            if (!Double.isFinite(l.kw())) {
                problems.add("load " + ln + ": nominal power " + l.kw() + " kW is not a finite number");
            }
            if (!(l.pf() > 0 && l.pf() <= 1)) {
                problems.add("load " + ln + ": power factor " + l.pf() + " is not allowed; it must lie in (0, 1]");
            }
            loadNames[i] = ln;
            loadBus[i] = l.bus();
            loadPhase[i] = l.phase();
            loadKw[i] = l.kw();
            loadPf[i] = l.pf();
            loadShape[i] = l.shape();
            loadFeeder[i] = busFeeder[l.bus()];
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /**
     * Orients the branches away from the transformer bus (breadth first), rejecting loops and
     * disconnected buses, and labels every bus with its feeder. Returns the feeder head branches.
     */
    private int[] orient() {
        int n = busNames.length;
        int nb = branchNames.length;
        List<String> problems = new ArrayList<>();
        // union-find finds the first branch that closes a loop, whatever the order of the input
        int[] uf = new int[n];
        for (int i = 0; i < n; i++) {
            uf[i] = i;
        }
        for (int b = 0; b < nb; b++) {
            if (branchFrom[b] == branchTo[b]) {
                problems.add("line " + branchNames[b] + ": connects bus " + busNames[branchFrom[b]]
                        + " to itself; a line must join two different buses");
                continue;
            }
            int ra = find(uf, branchFrom[b]);
            int rb = find(uf, branchTo[b]);
            if (ra == rb) {
                problems.add("line " + branchNames[b] + " (" + busNames[branchFrom[b]] + " - " + busNames[branchTo[b]]
                        + ") closes a loop: the network is meshed, but lvflex solves radial feeders only");
            } else {
                uf[ra] = rb;
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        int[] adjStart = new int[n + 1];
        for (int b = 0; b < nb; b++) {
            adjStart[branchFrom[b] + 1]++;
            adjStart[branchTo[b] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            adjStart[i + 1] += adjStart[i];
        }
        int[] adj = new int[2 * nb];
        int[] fill = Arrays.copyOf(adjStart, n);
        for (int b = 0; b < nb; b++) {
            adj[fill[branchFrom[b]]++] = b;
            adj[fill[branchTo[b]]++] = b;
        }
        Arrays.fill(busParent, -2);
        Arrays.fill(busFeeder, -1);
        busParent[transformerBus] = -1;
        busParentBranch[transformerBus] = -1;
        int head = 0;
        int tail = 0;
        busOrder[tail++] = transformerBus;
        List<Integer> heads = new ArrayList<>();
        while (head < tail) {
            int u = busOrder[head++];
            for (int k = adjStart[u]; k < adjStart[u + 1]; k++) {
                int b = adj[k];
                int v = branchFrom[b] == u ? branchTo[b] : branchFrom[b];
                if (busParent[v] != -2) {
                    continue;
                }
                busParent[v] = u;
                busParentBranch[v] = b;
                if (u == transformerBus) {
                    busFeeder[v] = heads.size();
                    heads.add(b);
                } else {
                    busFeeder[v] = busFeeder[u];
                }
                busOrder[tail++] = v;
            }
        }
        if (tail < n) {
            for (int i = 0; i < n; i++) {
                if (busParent[i] == -2) {
                    problems.add("bus " + busNames[i] + " is not connected to the transformer bus "
                            + busNames[transformerBus] + "; every bus must be reachable through lines");
                    if (problems.size() >= 20) {
                        problems.add("... and " + (n - tail - 20) + " more disconnected buses");
                        break;
                    }
                }
            }
            throw new InputException(problems);
        }
        return heads.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int find(int[] uf, int i) {
        while (uf[i] != i) {
            uf[i] = uf[uf[i]];
            i = uf[i];
        }
        return i;
    }

    /** A copy of this network with {@code newLoads} as its connection points (replacing the old ones). */
    public Network withLoads(List<Load> newLoads) {
        return new Network(name, busNames, busX, busY, lineCodes, branchNames, branchFrom, branchTo, branchLengthM,
                branchCode, transformer, transformerBus, source, newLoads);
    }

    /** A copy of this network with {@code extra} connection points added after the existing ones. */
    public Network withExtraLoads(List<Load> extra) {
        List<Load> all = new ArrayList<>(loads());
        all.addAll(extra);
        return withLoads(all);
    }

    /** A copy of this network with another transformer (e.g. after reinforcement). */
    public Network withTransformer(Transformer t) {
        return new Network(name, busNames, busX, busY, lineCodes, branchNames, branchFrom, branchTo, branchLengthM,
                branchCode, t, transformerBus, source, loads());
    }

    public String name() {
        return name;
    }

    // ---- buses

    public int busCount() {
        return busNames.length;
    }

    public String busName(int bus) {
        return busNames[bus];
    }

    public double busX(int bus) {
        return busX[bus];
    }

    public double busY(int bus) {
        return busY[bus];
    }

    /** Index of the bus called {@code name}, or -1. */
    public int busIndex(String name) {
        Integer i = busIndex.get(name);
        return i == null ? -1 : i;
    }

    /** Index of the bus called {@code name}; an {@link InputException} naming it if there is none. */
    public int requireBus(String name) {
        int i = busIndex(name);
        if (i < 0) {
            throw new InputException("bus '" + name + "' does not exist in network " + this.name);
        }
        return i;
    }

    // ---- branches

    public int branchCount() {
        return branchNames.length;
    }

    public String branchName(int branch) {
        return branchNames[branch];
    }

    public int branchFrom(int branch) {
        return branchFrom[branch];
    }

    public int branchTo(int branch) {
        return branchTo[branch];
    }

    public double branchLengthM(int branch) {
        return branchLengthM[branch];
    }

    public LineCode branchCode(int branch) {
        return lineCodes.get(branchCode[branch]);
    }

    /** Thermal rating of the branch, A per phase (from its line code). */
    public double branchRatingA(int branch) {
        return lineCodes.get(branchCode[branch]).ampacityA();
    }

    /** Real part of element (row, col) of the branch's 3x3 phase impedance, ohm. */
    public double branchR(int branch, int row, int col) {
        return branchZRe[9 * branch + 3 * row + col];
    }

    /** Imaginary part of element (row, col) of the branch's 3x3 phase impedance, ohm. */
    public double branchX(int branch, int row, int col) {
        return branchZIm[9 * branch + 3 * row + col];
    }

    /** The line codes the branches refer to. */
    public List<LineCode> lineCodes() {
        return lineCodes;
    }

    // ---- transformer and source

    public Transformer transformer() {
        return transformer;
    }

    /** The LV bus the transformer secondary feeds: the root of the radial tree. */
    public int transformerBus() {
        return transformerBus;
    }

    public Source source() {
        return source;
    }

    // ---- loads

    public int loadCount() {
        return loadNames.length;
    }

    public Load load(int i) {
        return new Load(loadNames[i], loadBus[i], loadPhase[i], loadKw[i], loadPf[i], loadShape[i]);
    }

    public List<Load> loads() {
        List<Load> out = new ArrayList<>(loadNames.length);
        for (int i = 0; i < loadNames.length; i++) {
            out.add(load(i));
        }
        return out;
    }

    public String loadName(int i) {
        return loadNames[i];
    }

    public int loadBus(int i) {
        return loadBus[i];
    }

    /** 0, 1, 2 for phase A, B, C; 3 for a balanced three-phase connection. */
    public int loadPhase(int i) {
        return loadPhase[i];
    }

    public double loadKw(int i) {
        return loadKw[i];
    }

    public double loadPf(int i) {
        return loadPf[i];
    }

    public String loadShape(int i) {
        return loadShape[i];
    }

    /** Index of the feeder (LV way) the load sits on; -1 if it is at the transformer bus itself. */
    public int loadFeeder(int i) {
        return loadFeeder[i];
    }

    // ---- radial structure

    /** Number of feeders (LV ways): branches leaving the transformer bus. */
    public int feederCount() {
        return feederHeadBranch.length;
    }

    /** The branch leaving the transformer bus that heads feeder {@code feeder}. */
    public int feederHeadBranch(int feeder) {
        return feederHeadBranch[feeder];
    }

    /** Feeder of a bus; -1 for the transformer bus. */
    public int busFeeder(int bus) {
        return busFeeder[bus];
    }

    /** The bus one step closer to the transformer; -1 for the transformer bus. */
    public int busParent(int bus) {
        return busParent[bus];
    }

    /** The branch joining a bus to its parent; -1 for the transformer bus. */
    public int busParentBranch(int bus) {
        return busParentBranch[bus];
    }

    /** The k-th bus in breadth-first order from the transformer bus (parents before children). */
    public int busInOrder(int k) {
        return busOrder[k];
    }

    @Override
    public String toString() {
        return "Network[" + name + ": " + busCount() + " buses, " + branchCount() + " lines, " + loadCount()
                + " loads, " + feederCount() + " feeders, " + transformer.ratingKva() + " kVA]";
    }
}
