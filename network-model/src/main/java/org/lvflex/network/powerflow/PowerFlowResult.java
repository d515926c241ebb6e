package org.lvflex.network.powerflow;

import org.lvflex.network.Network;

/**
 * The outcome of one {@link PowerFlow#solve()}: a view over the solver's arrays, reused by every
 * solve (no allocation). Voltages are phase-to-neutral magnitudes (V) and angles (degrees); phases are
 * 0, 1, 2 = A, B, C; buses and branches are indices into the original (unreduced) {@link Network}.
 *
 * <p>Values at buses and branches merged away by the reduction are rebuilt exactly on request:
 * voltages along a merged chain from the chain current, branch currents equal the chain current, and
 * buses on load-free dead ends sit at the voltage of the point they hang from. Whole-feeder extremes
 * (min/max voltage over every bus, voltage unbalance) are computed on first request after a solve.
 *
 * <p>Always check {@link #converged()}: after a failed solve the numbers are those of the last sweep
 * and are not a power-flow solution.
 */
public final class PowerFlowResult {
    private static final double COS120 = -0.5;
    private static final double SIN120 = Math.sqrt(3) / 2;

    private final PowerFlow pf;
    private final Network net;
    private final ReducedFeeder f;

    private boolean converged;
    private int iterations;
    private double mismatchV;
    private final double[] txP = new double[3];
    private final double[] txQ = new double[3];
    /** Apparent power per phase, kVA: read many times per step by the agents, so computed once. */
    private final double[] txSKva = new double[3];
    private final double[] txI = new double[3];
    private double lineLossW;
    private double txLossW;
    private double maxBranchLoading;
    /** Largest phase current magnitude of each node's chain, A (what a branch's loading needs). */
    private final double[] nodeMaxIA;
    /** Scratch: real and imaginary bus voltage (V) of the last {@link #busVoltage} call; no allocation. */
    private double busVRe;
    private double busVIm;

    // lazily computed extremes
    private boolean extremesDone;
    private double minV;
    private int minBus;
    private int minPhase;
    private double maxV;
    private int maxBus;
    private int maxPhase;
    private boolean vufDone;
    private double maxVuf;

    PowerFlowResult(PowerFlow pf, Network net) {
        this.pf = pf;
        this.net = net;
        this.f = pf.feeder;
        this.nodeMaxIA = new double[f.nodeCount];
    }

    void update(boolean conv, int iters, double mismatch) {
        this.converged = conv;
        this.iterations = iters;
        this.mismatchV = mismatch;
        this.extremesDone = false;
        this.vufDone = false;
        double[] vr = pf.vRe;
        double[] vi = pf.vIm;
        double[] jr = pf.jRe;
        double[] ji = pf.jIm;
        double rTx = pf.transformer().rOhmSecondary();
        txLossW = 0;
        for (int p = 0; p < 3; p++) {
            // S = V * conj(I) at the transformer LV terminals
            txP[p] = vr[p] * jr[p] + vi[p] * ji[p];
            txQ[p] = vi[p] * jr[p] - vr[p] * ji[p];
            txSKva[p] = Math.hypot(txP[p], txQ[p]) / 1000.0;
            double i2 = jr[p] * jr[p] + ji[p] * ji[p];
            txI[p] = Math.sqrt(i2);
            txLossW += rTx * i2;
        }
        double loss = 0;
        double maxLoading = 0;
        double[] zr = f.zRe;
        double[] zi = f.zIm;
        for (int n = 1; n < f.nodeCount; n++) {
            int c = 3 * n;
            // largest squared phase current: sqrt is monotone and correctly rounded, so one sqrt of
            // the largest square is bit for bit the largest of the three magnitudes
            double worst2 = 0;
            for (int r = 0; r < 3; r++) {
                worst2 = Math.max(worst2, jr[c + r] * jr[c + r] + ji[c + r] * ji[c + r]);
                // Re(conj(J_r) * sum_c Z_rc J_c)
                double sr = 0;
                double si = 0;
                for (int k = 0; k < 3; k++) {
                    int m = 9 * n + 3 * r + k;
                    sr += zr[m] * jr[c + k] - zi[m] * ji[c + k];
                    si += zr[m] * ji[c + k] + zi[m] * jr[c + k];
                }
                loss += jr[c + r] * sr + ji[c + r] * si;
            }
            nodeMaxIA[n] = Math.sqrt(worst2);
            maxLoading = Math.max(maxLoading, nodeMaxIA[n] / f.chainMinRatingA[n]);
        }
        lineLossW = loss;
        maxBranchLoading = 100 * maxLoading;
    }

    // ---- solve status

    /** True if the sweep met the voltage tolerance within the iteration limit without collapse. */
    public boolean converged() {
        return converged;
    }

    /** Sweeps used. */
    public int iterations() {
        return iterations;
    }

    /** Largest node-voltage change in the final sweep, V (NaN if it blew up). */
    public double mismatch() {
        return mismatchV;
    }

    /** The network's nominal phase-to-neutral voltage (transformer secondary base), V. */
    public double basePhaseVoltageV() {
        return pf.transformer().secondaryPhaseVoltageV();
    }

    // ---- transformer

    /** Active power out of the transformer secondary on {@code phase}, kW. */
    public double transformerPKw(int phase) {
        return txP[phase] / 1000.0;
    }

    /** Reactive power out of the transformer secondary on {@code phase}, kvar. */
    public double transformerQKvar(int phase) {
        return txQ[phase] / 1000.0;
    }

    /** Apparent power out of the transformer secondary on {@code phase}, kVA. */
    public double transformerSKva(int phase) {
        return txSKva[phase];
    }

    /** Total active power out of the transformer secondary, kW. */
    public double transformerPKw() {
        return (txP[0] + txP[1] + txP[2]) / 1000.0;
    }

    /** Total reactive power out of the transformer secondary, kvar. */
    public double transformerQKvar() {
        return (txQ[0] + txQ[1] + txQ[2]) / 1000.0;
    }

    /** Secondary current on {@code phase}, A. */
    public double transformerCurrentA(int phase) {
        return txI[phase];
    }

    /**
     * Thermal loading of the transformer on {@code phase}: secondary current as % of rated current
     * ({@code kVA / (sqrt3 kV)}).
     */
    public double transformerLoadingPct(int phase) {
        return 100 * txI[phase] / pf.transformer().ratedCurrentA();
    }

    /** Thermal loading of the transformer: the most loaded phase, % of rated current. */
    public double transformerLoadingPct() {
        return Math.max(transformerLoadingPct(0), Math.max(transformerLoadingPct(1), transformerLoadingPct(2)));
    }

    // ---- losses

    /** Losses in the LV lines, kW. */
    public double lineLossesKw() {
        return lineLossW / 1000.0;
    }

    /** Copper losses in the transformer, kW. */
    public double transformerLossesKw() {
        return txLossW / 1000.0;
    }

    /** Losses in the LV network: lines plus transformer, kW. */
    public double lossesKw() {
        return (lineLossW + txLossW) / 1000.0;
    }

    // ---- voltages

    /** Voltage magnitude at an original bus on {@code phase}, V (phase-to-neutral). */
    public double busVoltageV(int bus, int phase) {
        busVoltage(bus, phase);
        return Math.sqrt(busVRe * busVRe + busVIm * busVIm);
    }

    /** Voltage angle at an original bus on {@code phase}, degrees. */
    public double busVoltageDeg(int bus, int phase) {
        busVoltage(bus, phase);
        return Math.toDegrees(Math.atan2(busVIm, busVRe));
    }

    /** Voltage magnitude at an original bus in per unit of {@link #basePhaseVoltageV()}. */
    public double busVoltagePu(int bus, int phase) {
        return busVoltageV(bus, phase) / basePhaseVoltageV();
    }

    /**
     * Voltage at a connection point, V: its phase's voltage, or for a three-phase connection the
     * lowest of the three.
     */
    public double loadVoltageV(int load) {
        int node = f.loadNode[load];
        int ph = net.loadPhase(load);
        if (ph < 3) {
            return nodeV(node, ph);
        }
        return Math.min(nodeV(node, 0), Math.min(nodeV(node, 1), nodeV(node, 2)));
    }

    /** Lowest voltage over every bus and phase, V. */
    public double minVoltageV() {
        extremes();
        return minV;
    }

    /** Bus (original index) of {@link #minVoltageV()}. */
    public int minVoltageBus() {
        extremes();
        return minBus;
    }

    /** Phase (0..2) of {@link #minVoltageV()}. */
    public int minVoltagePhase() {
        extremes();
        return minPhase;
    }

    /** Highest voltage over every bus and phase, V. */
    public double maxVoltageV() {
        extremes();
        return maxV;
    }

    /** Bus (original index) of {@link #maxVoltageV()}. */
    public int maxVoltageBus() {
        extremes();
        return maxBus;
    }

    /** Phase (0..2) of {@link #maxVoltageV()}. */
    public int maxVoltagePhase() {
        extremes();
        return maxPhase;
    }

    /**
     * Voltage unbalance factor at a bus: negative- over positive-sequence voltage magnitude, %.
     */
    public double voltageUnbalancePct(int bus) {
        busVoltage(bus, 0);
        double ar = busVRe;
        double ai = busVIm;
        busVoltage(bus, 1);
        double br = busVRe;
        double bi = busVIm;
        busVoltage(bus, 2);
        double cr = busVRe;
        double ci = busVIm;
        // a = 1 at 120 degrees; V1 = (Va + a Vb + a^2 Vc) / 3, V2 = (Va + a^2 Vb + a Vc) / 3
        double abR = COS120 * br - SIN120 * bi;
        double abI = COS120 * bi + SIN120 * br;
        double a2bR = COS120 * br + SIN120 * bi;
        double a2bI = COS120 * bi - SIN120 * br;
        double acR = COS120 * cr - SIN120 * ci;
        double acI = COS120 * ci + SIN120 * cr;
        double a2cR = COS120 * cr + SIN120 * ci;
        double a2cI = COS120 * ci - SIN120 * cr;
        double v1 = Math.hypot(ar + abR + a2cR, ai + abI + a2cI);
        double v2 = Math.hypot(ar + a2bR + acR, ai + a2bI + acI);
        return 100 * v2 / v1;
    }

    /** Largest voltage unbalance factor over the buses with connection points, %. */
    public double voltageUnbalancePct() {
        unbalance();
        return maxVuf;
    }

    // ---- currents

    /** Current magnitude in an original branch on {@code phase}, A (0 on load-free dead ends). */
    public double branchCurrentA(int branch, int phase) {
        int node = f.branchNode[branch];
        return node < 0 ? 0.0 : chainCurrentA(3 * node + phase);
    }

    /** Loading of an original branch: its largest phase current as % of its rating. */
    public double branchLoadingPct(int branch) {
        int node = f.branchNode[branch];
        if (node < 0) {
            return 0.0;
        }
        return 100 * nodeMaxIA[node] / net.branchRatingA(branch);
    }

    /** Largest branch loading over the whole feeder, % of rating. */
    public double maxBranchLoadingPct() {
        return maxBranchLoading;
    }

    /** Current in the head branch of feeder (LV way) {@code feeder} on {@code phase}, A. */
    public double feederHeadCurrentA(int feeder, int phase) {
        return branchCurrentA(net.feederHeadBranch(feeder), phase);
    }

    /** Loading of the head branch of feeder {@code feeder}, % of its rating. */
    public double feederHeadLoadingPct(int feeder) {
        return branchLoadingPct(net.feederHeadBranch(feeder));
    }

    // ---- internals

    /** Current magnitude of chain entry {@code i} (3 * node + phase) of the last solve, A. */
    private double chainCurrentA(int i) {
        return Math.sqrt(pf.jRe[i] * pf.jRe[i] + pf.jIm[i] * pf.jIm[i]);
    }

    private double nodeV(int node, int ph) {
        int i = 3 * node + ph;
        return Math.sqrt(pf.vRe[i] * pf.vRe[i] + pf.vIm[i] * pf.vIm[i]);
    }

    /** Sets {@link #busVRe} and {@link #busVIm} to the voltage of an original bus on {@code ph}, V. */
    private void busVoltage(int bus, int ph) {
        int i = 3 * f.busNode[bus] + ph;
        int chain = f.busChainNode[bus];
        double re = pf.vRe[i];
        double im = pf.vIm[i];
        if (chain >= 0) {
            // minus the drop along the merged chain from the node to the bus
            int z = 9 * bus + 3 * ph;
            int j = 3 * chain;
            double[] zr = f.busZRe;
            double[] zi = f.busZIm;
            double[] jr = pf.jRe;
            double[] ji = pf.jIm;
            re -= zr[z] * jr[j] - zi[z] * ji[j] + zr[z + 1] * jr[j + 1] - zi[z + 1] * ji[j + 1]
                    + zr[z + 2] * jr[j + 2] - zi[z + 2] * ji[j + 2];
            im -= zr[z] * ji[j] + zi[z] * jr[j] + zr[z + 1] * ji[j + 1] + zi[z + 1] * jr[j + 1]
                    + zr[z + 2] * ji[j + 2] + zi[z + 2] * jr[j + 2];
        }
        busVRe = re;
        busVIm = im;
    }

    private void extremes() {
        if (extremesDone) {
            return;
        }
        minV = Double.POSITIVE_INFINITY;
        maxV = Double.NEGATIVE_INFINITY;
        minBus = -1;
        maxBus = -1;
        for (int b = 0; b < net.busCount(); b++) {
            for (int p = 0; p < 3; p++) {
                double v = busVoltageV(b, p);
                if (v < minV) {
                    minV = v;
                    minBus = b;
                    minPhase = p;
                }
                if (v > maxV) {
                    maxV = v;
                    maxBus = b;
                    maxPhase = p;
                }
            }
        }
        extremesDone = true;
    }

    private void unbalance() {
        if (vufDone) {
            return;
        }
        maxVuf = 0;
        boolean first = true;
        for (int n = 0; n < f.nodeCount; n++) {
            if (!f.nodeHasLoad[n]) {
                continue;
            }
            double u = voltageUnbalancePct(f.nodeBus[n]);
            if (first || u > maxVuf) {
                maxVuf = u;
                first = false;
            }
        }
        vufDone = true;
    }
}
