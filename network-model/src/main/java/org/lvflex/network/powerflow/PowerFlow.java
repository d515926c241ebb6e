package org.lvflex.network.powerflow;

import org.lvflex.core.InputException;
import org.lvflex.network.Network;
import org.lvflex.network.Source;
import org.lvflex.network.Transformer;

/**
 * Unbalanced three-phase power flow of a radial LV feeder by backward/forward sweep.
 *
 * <p>Model: the upstream grid and the Dyn transformer are one Thevenin equivalent on the LV side
 * (balanced EMF shifted by the vector group; {@code Z1 = Z2 = Zsource + Ztx}, {@code Z0 = Ztx}
 * because the delta primary blocks zero sequence); lines are 3x3 phase impedances (Kron-reduced,
 * grounded neutral, no shunts); loads are wye-connected with constant power, current or impedance
 * ({@link LoadModel}); negative power is an injection (e.g. V2G export). Voltages are phase-to-neutral.
 *
 * <p>Speed: the solver sweeps the {@link ReducedFeeder} (load-free series chains merged), keeps all
 * state in flat preallocated arrays, allocates nothing per solve and warm-starts from the previous
 * solution. {@link #solve()} returns the same {@link PowerFlowResult} object every time; read what
 * you need before the next solve. Not thread-safe: use one instance per thread.
 *
 * <pre>{@code
 * PowerFlow pf = new PowerFlow(network, PowerFlowOptions.defaults());
 * pf.setLoad(3, 7.0, 0.0);            // kW, kvar; negative kW = export
 * PowerFlowResult r = pf.solve();
 * if (r.converged()) { double v = r.minVoltageV(); }
 * }</pre>
 */
public final class PowerFlow {
    private final Network network;
    private final PowerFlowOptions options;
    final ReducedFeeder feeder;
    private final PowerFlowResult result;

    // Thevenin equivalent seen from the LV bus (phase frame)
    final double[] eRe = new double[3];
    final double[] eIm = new double[3];
    final double[] thRe = new double[9];
    final double[] thIm = new double[9];
    private Transformer transformer;

    // load set points, W and var (per connection point)
    private final double[] pW;
    private final double[] qVar;
    private final int[] loadNode; // the feeder's node of each load (its array: read only)
    private final int[] loadPhase;

    // solver state: node voltages (V) and currents into each node's chain (A), 3 per node
    final double[] vRe;
    final double[] vIm;
    final double[] jRe;
    final double[] jIm;
    private boolean haveSolution;

    public PowerFlow(Network network, PowerFlowOptions options) {
        this.network = network;
        this.options = options;
        this.feeder = new ReducedFeeder(network, options.reduceNetwork());
        int n = feeder.nodeCount;
        vRe = new double[3 * n];
        vIm = new double[3 * n];
        jRe = new double[3 * n];
        jIm = new double[3 * n];
        int nl = network.loadCount();
        pW = new double[nl];
        qVar = new double[nl];
        loadNode = feeder.loadNode;
        loadPhase = new int[nl];
        for (int l = 0; l < nl; l++) {
            loadPhase[l] = network.loadPhase(l);
        }
        setTransformer(network.transformer());
        result = new PowerFlowResult(this, network);
    }

    public PowerFlowOptions options() {
        return options;
    }

    /** The transformer currently modelled (after any {@link #setTransformerRatingKva}). */
    public Transformer transformer() {
        return transformer;
    }

    /**
     * Sets the demand of connection point {@code load}: {@code pKw} (negative = export) and
     * {@code qKvar} (positive = lagging/absorbing). All loads start at zero.
     */
    public void setLoad(int load, double pKw, double qKvar) {
        if (!Double.isFinite(pKw) || !Double.isFinite(qKvar)) {
            throw new InputException("load " + network.loadName(load) + ": power " + pKw + " kW, " + qKvar
                    + " kvar is not allowed; both must be finite numbers");
        }
        pW[load] = pKw * 1000.0;
        qVar[load] = qKvar * 1000.0;
    }

    /** Number of nodes the solver sweeps (after reduction). */
    public int solvedNodeCount() {
        return feeder.nodeCount;
    }

    /** Set active power of a connection point, kW. */
    public double loadPKw(int load) {
        return pW[load] / 1000.0;
    }

    /** Set reactive power of a connection point, kvar. */
    public double loadQKvar(int load) {
        return qVar[load] / 1000.0;
    }

    /** Reinforcement: replaces the transformer by one of {@code kva} with the same %R and %X on the new base. */
    public void setTransformerRatingKva(double kva) {
        setTransformer(transformer.withRatingKva(kva));
    }

    private void setTransformer(Transformer t) {
        this.transformer = t;
        Source s = network.source();
        double ratio = t.kvSecondary() / t.kvPrimary();
        double zsR = s.r1Ohm() * ratio * ratio;
        double zsX = s.x1Ohm() * ratio * ratio;
        double z1R = zsR + t.rOhmSecondary();
        double z1X = zsX + t.xOhmSecondary();
        double z0R = t.rOhmSecondary();
        double z0X = t.xOhmSecondary();
        double selfR = (2 * z1R + z0R) / 3;
        double selfX = (2 * z1X + z0X) / 3;
        double mutR = (z0R - z1R) / 3;
        double mutX = (z0X - z1X) / 3;
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                thRe[3 * r + c] = r == c ? selfR : mutR;
                thIm[3 * r + c] = r == c ? selfX : mutX;
            }
        }
        double vmag = s.pu() * t.secondaryPhaseVoltageV();
        for (int p = 0; p < 3; p++) {
            double a = Math.toRadians(s.angleDeg() + t.phaseShiftDeg() - 120.0 * p);
            eRe[p] = vmag * Math.cos(a);
            eIm[p] = vmag * Math.sin(a);
        }
        haveSolution = false;
    }

    /** Solves the power flow for the current set points; returns the (reused) result. */
    public PowerFlowResult solve() {
        if (!options.warmStart() || !haveSolution) {
            flatStart();
        }
        int n = feeder.nodeCount;
        int[] parent = feeder.nodeParent;
        double[] zR = feeder.zRe;
        double[] zI = feeder.zIm;
        double tol2 = options.toleranceV() * options.toleranceV();
        double collapse = options.collapseVoltagePu() * transformer.secondaryPhaseVoltageV();
        double collapse2 = collapse * collapse;
        int k = options.loadModel().exponent();
        double vNom = options.nominalVoltageV();
        boolean converged = false;
        int it = 0;
        double maxDelta2 = Double.NaN;
        while (it < options.maxIterations()) {
            it++;
            // 1. load currents at the present voltages
            java.util.Arrays.fill(jRe, 0.0);
            java.util.Arrays.fill(jIm, 0.0);
            for (int l = 0; l < pW.length; l++) {
                int ph = loadPhase[l];
                if (ph == 3) {
                    for (int q = 0; q < 3; q++) {
                        injectLoad(3 * loadNode[l] + q, pW[l] / 3, qVar[l] / 3, k, vNom);
                    }
                } else {
                    injectLoad(3 * loadNode[l] + ph, pW[l], qVar[l], k, vNom);
                }
            }
            // 2. backward sweep: chain currents accumulate towards the transformer
            for (int i = n - 1; i > 0; i--) {
                int pi = 3 * parent[i];
                int ci = 3 * i;
                jRe[pi] += jRe[ci];
                jIm[pi] += jIm[ci];
                jRe[pi + 1] += jRe[ci + 1];
                jIm[pi + 1] += jIm[ci + 1];
                jRe[pi + 2] += jRe[ci + 2];
                jIm[pi + 2] += jIm[ci + 2];
            }
            // 3. forward sweep: voltage drops from the source outwards
            maxDelta2 = 0.0;
            boolean bad = false;
            for (int i = 0; i < n; i++) {
                double[] mR = i == 0 ? thRe : zR;
                double[] mI = i == 0 ? thIm : zI;
                int mo = i == 0 ? 0 : 9 * i;
                int ci = 3 * i;
                int pi = 3 * (i == 0 ? 0 : parent[i]);
                double j0r = jRe[ci];
                double j0i = jIm[ci];
                double j1r = jRe[ci + 1];
                double j1i = jIm[ci + 1];
                double j2r = jRe[ci + 2];
                double j2i = jIm[ci + 2];
                for (int r = 0; r < 3; r++) {
                    int m = mo + 3 * r;
                    double dr = mR[m] * j0r - mI[m] * j0i + mR[m + 1] * j1r - mI[m + 1] * j1i + mR[m + 2] * j2r
                            - mI[m + 2] * j2i;
                    double di = mR[m] * j0i + mI[m] * j0r + mR[m + 1] * j1i + mI[m + 1] * j1r + mR[m + 2] * j2i
                            + mI[m + 2] * j2r;
                    double nr = (i == 0 ? eRe[r] : vRe[pi + r]) - dr;
                    double ni = (i == 0 ? eIm[r] : vIm[pi + r]) - di;
                    double er = nr - vRe[ci + r];
                    double ei = ni - vIm[ci + r];
                    double d2 = er * er + ei * ei;
                    if (d2 > maxDelta2) {
                        maxDelta2 = d2;
                    }
                    double m2 = nr * nr + ni * ni;
                    if (!(m2 >= collapse2)) {
                        bad = true; // collapse, NaN or infinity
                    }
                    vRe[ci + r] = nr;
                    vIm[ci + r] = ni;
                }
            }
            if (bad) {
                break;
            }
            if (maxDelta2 <= tol2) {
                converged = true;
                break;
            }
        }
        haveSolution = converged;
        result.update(converged, it, Math.sqrt(maxDelta2));
        return result;
    }

    private void injectLoad(int idx, double p, double q, int k, double vNom) {
        double vr = vRe[idx];
        double vi = vIm[idx];
        double m2 = vr * vr + vi * vi;
        // I = conj(S(V) / V) with S(V) = S * (|V|/Vnom)^k, i.e. I = conj(S) * V / (|V|^(2-k) * Vnom^k)
        double den = k == 0 ? m2 : k == 1 ? Math.sqrt(m2) * vNom : vNom * vNom;
        jRe[idx] += (p * vr + q * vi) / den;
        jIm[idx] += (p * vi - q * vr) / den;
    }

    private void flatStart() {
        for (int i = 0; i < feeder.nodeCount; i++) {
            for (int p = 0; p < 3; p++) {
                vRe[3 * i + p] = eRe[p];
                vIm[3 * i + p] = eIm[p];
            }
        }
    }
}
