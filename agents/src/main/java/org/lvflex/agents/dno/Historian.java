package org.lvflex.agents.dno;

/**
 * The DNO's half-hourly historian of the transformer (001 Table 6 flow 1.4: half-hourly averages
 * per phase) and of chargepoint telemetry (flow 2.3): mean kVA and kW per phase and the EV charging
 * per phase in every settlement period since the run began, warm-up included.
 */
public final class Historian {
    private final int stepsPerPeriod;
    private final double[][] phaseKva;
    private final double[][] phaseKw;
    private final double[][] phaseEvKw;
    private final double[] totalKva;
    private final double[] accKva = new double[3];
    private final double[] accKw = new double[3];
    private final double[] accEv = new double[3];
    private double accS;
    private int accSteps;
    private int periods;

    public Historian(int totalPeriods, int stepsPerPeriod) {
        this.stepsPerPeriod = stepsPerPeriod;
        this.phaseKva = new double[3][totalPeriods];
        this.phaseKw = new double[3][totalPeriods];
        this.phaseEvKw = new double[3][totalPeriods];
        this.totalKva = new double[totalPeriods];
    }

    /** Adds one step's phase readings; returns true when it closed a settlement period. */
    public boolean add(double[] kva, double[] kw, double[] evKw, double totalS) {
        for (int ph = 0; ph < 3; ph++) {
            accKva[ph] += kva[ph];
            accKw[ph] += kw[ph];
            accEv[ph] += evKw[ph];
        }
        accS += totalS;
        if (++accSteps < stepsPerPeriod) {
            return false;
        }
        int k = periods++;
        for (int ph = 0; ph < 3; ph++) {
            phaseKva[ph][k] = accKva[ph] / accSteps;
            phaseKw[ph][k] = accKw[ph] / accSteps;
            phaseEvKw[ph][k] = accEv[ph] / accSteps;
            accKva[ph] = 0;
            accKw[ph] = 0;
            accEv[ph] = 0;
        }
        totalKva[k] = accS / accSteps;
        accS = 0;
        accSteps = 0;
        return true;
    }

    /** Settlement periods recorded so far. */
    public int periods() {
        return periods;
    }

    public double totalKva(int period) {
        return totalKva[period];
    }

    public double phaseKva(int phase, int period) {
        return phaseKva[phase][period];
    }

    public double phaseKw(int phase, int period) {
        return phaseKw[phase][period];
    }

    /** Demand other than EV charging on a phase (what the DNO treats as inflexible), kW. */
    public double phaseBaseKw(int phase, int period) {
        return phaseKw[phase][period] - phaseEvKw[phase][period];
    }
}
