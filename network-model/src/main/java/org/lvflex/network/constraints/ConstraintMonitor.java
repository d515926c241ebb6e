package org.lvflex.network.constraints;

import org.lvflex.network.Network;
import org.lvflex.network.powerflow.PowerFlowResult;

/**
 * Counts how long each part of a network spends outside its limits. Feed it every step's
 * {@link PowerFlowResult} and the step length; it accumulates violating minutes:
 * <ul>
 *   <li>per bus with a connection point (the supply terminals the statutory limits apply to):
 *       minutes with any connected phase under or over the voltage band (a single-phase customer's
 *       bus is judged on its own phase only)</li>
 *   <li>per original branch: minutes above its thermal limit</li>
 *   <li>the transformer: minutes above its limit</li>
 *   <li>totals: minutes with any violation of each kind</li>
 * </ul>
 * Steps whose power flow did not converge are not judged; they are counted in
 * {@link #nonConvergedMinutes()} instead.
 */
public final class ConstraintMonitor {
    private final Network net;
    private final ConstraintLimits limits;
    private final int[] monitoredBuses;
    /** Per monitored bus: bit p set if a connection point there uses phase p. */
    private final int[] phaseMask;
    private final double[] underMinutes;
    private final double[] overMinutes;
    private final double[] branchMinutes;
    private double transformerMinutes;
    private double anyUnderMinutes;
    private double anyOverMinutes;
    private double anyBranchMinutes;
    private double monitoredMinutes;
    private double nonConvergedMinutes;
    private double worstMinV = Double.POSITIVE_INFINITY;
    private double worstMaxV = Double.NEGATIVE_INFINITY;
    private double stepMinV = Double.NaN;
    private double stepMaxV = Double.NaN;

    public ConstraintMonitor(Network net, ConstraintLimits limits) {
        this.net = net;
        this.limits = limits;
        int[] mask = new int[net.busCount()];
        int count = 0;
        for (int l = 0; l < net.loadCount(); l++) {
            int b = net.loadBus(l);
            count += mask[b] == 0 ? 1 : 0;
            mask[b] |= net.loadPhase(l) == 3 ? 7 : 1 << net.loadPhase(l);
        }
        monitoredBuses = new int[count];
        phaseMask = new int[count];
        for (int b = 0, k = 0; b < net.busCount(); b++) {
            if (mask[b] != 0) {
                phaseMask[k] = mask[b];
                monitoredBuses[k++] = b;
            }
        }
        underMinutes = new double[net.busCount()];
        overMinutes = new double[net.busCount()];
        branchMinutes = new double[net.branchCount()];
    }

    /**
     * Accounts one step of {@code minutes} length whose network state is {@code r}, and keeps the
     * step's lowest and highest voltage at the supply terminals (read even when not converged).
     */
    public void record(PowerFlowResult r, double minutes) {
        boolean judged = r.converged();
        boolean anyUnder = false;
        boolean anyOver = false;
        double stepLo = Double.POSITIVE_INFINITY;
        double stepHi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < monitoredBuses.length; k++) {
            int b = monitoredBuses[k];
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int p = 0; p < 3; p++) {
                if ((phaseMask[k] & (1 << p)) == 0) {
                    continue;
                }
                double v = r.busVoltageV(b, p);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            stepLo = Math.min(stepLo, lo);
            stepHi = Math.max(stepHi, hi);
            if (judged && lo < limits.minVoltageV()) {
                underMinutes[b] += minutes;
                anyUnder = true;
            }
            if (judged && hi > limits.maxVoltageV()) {
                overMinutes[b] += minutes;
                anyOver = true;
            }
        }
        stepMinV = stepLo;
        stepMaxV = stepHi;
        if (!judged) {
            nonConvergedMinutes += minutes;
            return;
        }
        monitoredMinutes += minutes;
        worstMinV = Math.min(worstMinV, stepLo);
        worstMaxV = Math.max(worstMaxV, stepHi);
        boolean anyBranch = false;
        if (r.maxBranchLoadingPct() > limits.maxBranchLoadingPct()) {
            for (int br = 0; br < branchMinutes.length; br++) {
                if (r.branchLoadingPct(br) > limits.maxBranchLoadingPct()) {
                    branchMinutes[br] += minutes;
                    anyBranch = true;
                }
            }
        }
        if (r.transformerLoadingPct() > limits.maxTransformerLoadingPct()) {
            transformerMinutes += minutes;
        }
        anyUnderMinutes += anyUnder ? minutes : 0;
        anyOverMinutes += anyOver ? minutes : 0;
        anyBranchMinutes += anyBranch ? minutes : 0;
    }

    /** Forgets every count (the warm-up is over); the last step's voltages stay. */
    public void reset() {
        java.util.Arrays.fill(underMinutes, 0);
        java.util.Arrays.fill(overMinutes, 0);
        java.util.Arrays.fill(branchMinutes, 0);
        transformerMinutes = 0;
        anyUnderMinutes = 0;
        anyOverMinutes = 0;
        anyBranchMinutes = 0;
        monitoredMinutes = 0;
        nonConvergedMinutes = 0;
        worstMinV = Double.POSITIVE_INFINITY;
        worstMaxV = Double.NEGATIVE_INFINITY;
    }

    /**
     * Lowest voltage at a supply terminal in the last step recorded, V: each connection point on
     * its own phase (a three-phase connection on its lowest).
     */
    public double stepMinVoltageV() {
        return stepMinV;
    }

    /** Highest voltage at a supply terminal in the last step recorded, V (a three-phase connection on its highest). */
    public double stepMaxVoltageV() {
        return stepMaxV;
    }

    public ConstraintLimits limits() {
        return limits;
    }

    /** Minutes bus {@code bus} had a phase below the lower voltage limit (0 for unmonitored buses). */
    public double undervoltageMinutes(int bus) {
        return underMinutes[bus];
    }

    /** Minutes bus {@code bus} had a phase above the upper voltage limit (0 for unmonitored buses). */
    public double overvoltageMinutes(int bus) {
        return overMinutes[bus];
    }

    /** Minutes branch {@code branch} was above its thermal limit. */
    public double branchOverloadMinutes(int branch) {
        return branchMinutes[branch];
    }

    /** Minutes the transformer was above its limit. */
    public double transformerOverloadMinutes() {
        return transformerMinutes;
    }

    /** Minutes with at least one monitored bus under the voltage limit. */
    public double anyUndervoltageMinutes() {
        return anyUnderMinutes;
    }

    /** Minutes with at least one monitored bus over the voltage limit. */
    public double anyOvervoltageMinutes() {
        return anyOverMinutes;
    }

    /** Minutes with at least one branch overloaded. */
    public double anyBranchOverloadMinutes() {
        return anyBranchMinutes;
    }

    /** Sum over monitored buses of their undervoltage minutes (customer-minutes of undervoltage). */
    public double busUndervoltageMinutesTotal() {
        double s = 0;
        for (int b : monitoredBuses) {
            s += underMinutes[b];
        }
        return s;
    }

    /** Sum over monitored buses of their overvoltage minutes. */
    public double busOvervoltageMinutesTotal() {
        double s = 0;
        for (int b : monitoredBuses) {
            s += overMinutes[b];
        }
        return s;
    }

    /** Minutes judged (converged steps). */
    public double monitoredMinutes() {
        return monitoredMinutes;
    }

    /** Minutes whose power flow did not converge (not judged). */
    public double nonConvergedMinutes() {
        return nonConvergedMinutes;
    }

    /** Lowest voltage seen on a connected phase of a monitored bus, V. */
    public double lowestVoltageV() {
        return worstMinV;
    }

    /** Highest voltage seen on a connected phase of a monitored bus, V. */
    public double highestVoltageV() {
        return worstMaxV;
    }

    /** Buses monitored for voltage (those with a connection point), as original bus indices. */
    public int[] monitoredBuses() {
        return monitoredBuses.clone();
    }

    public Network network() {
        return net;
    }
}
