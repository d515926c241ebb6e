package org.lvflex.agents.grid;

/**
 * A network without impedance: every connection's demand is summed onto its transformer phase.
 * No voltages, cable currents or losses. For very large sweeps where only transformer loading
 * matters, or for tests that must be checkable by hand.
 */
public final class CopperPlateGrid implements Grid {
    private final int[] phase;
    private final int[] feeder;
    private final int feeders;
    private final String[] names;
    private final double[] p;
    private final double[] q;
    private final double[] phaseP = new double[3];
    private final double[] phaseQ = new double[3];
    private double ratingKva;

    public CopperPlateGrid(int[] phase, int[] feeder, double ratingKva) {
        this(phase, feeder, defaultNames(phase.length), ratingKva);
    }

    /** Connections named as in the network data (so public sites can be found by name). */
    public CopperPlateGrid(int[] phase, int[] feeder, String[] names, double ratingKva) {
        this.phase = phase.clone();
        this.feeder = feeder.clone();
        this.ratingKva = ratingKva;
        int f = 0;
        for (int x : feeder) {
            f = Math.max(f, x + 1);
        }
        this.feeders = Math.max(f, 1);
        this.names = names.clone();
        this.p = new double[phase.length];
        this.q = new double[phase.length];
    }

    private static String[] defaultNames(int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "C" + (i + 1);
        }
        return names;
    }

    @Override
    public int connectionCount() {
        return phase.length;
    }

    @Override
    public int phaseOf(int c) {
        return phase[c];
    }

    @Override
    public int feederOf(int c) {
        return feeder[c];
    }

    @Override
    public int feederCount() {
        return feeders;
    }

    @Override
    public String connectionName(int c) {
        return names[c];
    }

    @Override
    public String connectionBus(int c) {
        return "";
    }

    @Override
    public double transformerRatingKva() {
        return ratingKva;
    }

    @Override
    public void setTransformerRatingKva(double kva) {
        ratingKva = kva;
    }

    @Override
    public void setDemand(int c, double pKw, double qKvar) {
        p[c] = pKw;
        q[c] = qKvar;
    }

    @Override
    public void solve() {
        for (int k = 0; k < 3; k++) {
            phaseP[k] = 0;
            phaseQ[k] = 0;
        }
        for (int c = 0; c < p.length; c++) {
            if (phase[c] == THREE_PHASE) {
                for (int k = 0; k < 3; k++) {
                    phaseP[k] += p[c] / 3;
                    phaseQ[k] += q[c] / 3;
                }
            } else {
                phaseP[phase[c]] += p[c];
                phaseQ[phase[c]] += q[c];
            }
        }
    }

    @Override
    public double transformerPKw(int k) {
        return phaseP[k];
    }

    @Override
    public double transformerQKvar(int k) {
        return phaseQ[k];
    }

    @Override
    public double transformerSKva(int k) {
        return Math.hypot(phaseP[k], phaseQ[k]);
    }

    @Override
    public double lossesKw() {
        return 0;
    }

    @Override
    public double transformerLossesKw() {
        return 0;
    }

    @Override
    public double connectionVoltageV(int c) {
        return Double.NaN;
    }

    @Override
    public double minVoltageV() {
        return Double.NaN;
    }

    @Override
    public double maxVoltageV() {
        return Double.NaN;
    }

    @Override
    public double voltageUnbalancePct() {
        return Double.NaN;
    }

    @Override
    public double feederHeadCurrentA(int f, int k) {
        return Double.NaN;
    }

    @Override
    public double feederHeadRatingA(int f) {
        return Double.NaN;
    }

    @Override
    public double feederHeadLoadingPct(int f) {
        return Double.NaN;
    }

    @Override
    public double maxBranchLoadingPct() {
        return Double.NaN;
    }

    @Override
    public boolean hasVoltages() {
        return false;
    }
}
