package org.lvflex.agents.dno;

/**
 * The DNO's half-hourly historian of the transformer (001:L2868-3256, flow 1.4: half-hourly
 * averages per phase): mean kVA per phase, mean kW in total, and the telemetered chargepoint kW
 * (flow 2.3) of every settlement period since the run began, warm-up included.
 */
public final class Historian {
    private final int stepsPerPeriod;
    private final double[][] phaseKva;
    private final double[] totalKw;
    private final double[] totalKva;
    private final double[] evKw;
    private final double[] accPhase = new double[3];
    private double accP;
    private double accS;
    private double accEv;
    private int accSteps;
    private int periods;

    public Historian(int totalPeriods, int stepsPerPeriod) {
        this.stepsPerPeriod = stepsPerPeriod;
        this.phaseKva = new double[3][totalPeriods];
        this.totalKw = new double[totalPeriods];
        this.totalKva = new double[totalPeriods];
        this.evKw = new double[totalPeriods];
    }

    /** Adds one step; closes the period when it is complete. Returns true when a period closed. */
    public boolean add(double kvaA, double kvaB, double kvaC, double pKw, double sKva, double chargingKw) {
        accPhase[0] += kvaA;
        accPhase[1] += kvaB;
        accPhase[2] += kvaC;
        accP += pKw;
        accS += sKva;
        accEv += chargingKw;
        if (++accSteps < stepsPerPeriod) {
            return false;
        }
        int k = periods++;
        for (int ph = 0; ph < 3; ph++) {
            phaseKva[ph][k] = accPhase[ph] / accSteps;
            accPhase[ph] = 0;
        }
        totalKw[k] = accP / accSteps;
        totalKva[k] = accS / accSteps;
        evKw[k] = accEv / accSteps;
        accP = 0;
        accS = 0;
        accEv = 0;
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

    public double totalKw(int period) {
        return totalKw[period];
    }

    public double phaseKva(int phase, int period) {
        return phaseKva[phase][period];
    }

    /** Demand other than EV charging in a period (what the DNO forecasts as inflexible), kW. */
    public double baseKw(int period) {
        return totalKw[period] - evKw[period];
    }

    public double evKw(int period) {
        return evKw[period];
    }
}
