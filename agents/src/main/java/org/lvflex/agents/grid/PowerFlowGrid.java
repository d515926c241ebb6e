package org.lvflex.agents.grid;

import org.lvflex.network.Network;
import org.lvflex.network.constraints.ConstraintLimits;
import org.lvflex.network.constraints.ConstraintMonitor;
import org.lvflex.network.powerflow.PowerFlow;
import org.lvflex.network.powerflow.PowerFlowOptions;
import org.lvflex.network.powerflow.PowerFlowResult;

/**
 * The {@link Grid} agents use, backed by lvflex's unbalanced three-phase power flow: one connection
 * point per network load. Solved every step with a warm start from the previous one.
 */
public final class PowerFlowGrid implements Grid {
    private final Network network;
    private final PowerFlow pf;
    private final ConstraintMonitor monitor;
    private final double stepMinutes;
    private PowerFlowResult result;
    private double ratingKva;

    public PowerFlowGrid(Network network, PowerFlowOptions options, ConstraintLimits limits, double stepMinutes) {
        this.network = network;
        this.pf = new PowerFlow(network, options);
        this.monitor = new ConstraintMonitor(network, limits);
        this.stepMinutes = stepMinutes;
        this.ratingKva = network.transformer().ratingKva();
    }

    /** Violating minutes per bus, branch and transformer since reporting began (warm-up excluded). */
    public ConstraintMonitor constraints() {
        return monitor;
    }

    public Network network() {
        return network;
    }

    /** The last solve's full result, for views that need every bus and branch (the GUI). */
    public PowerFlowResult result() {
        return result;
    }

    @Override
    public int connectionCount() {
        return network.loadCount();
    }

    @Override
    public int phaseOf(int c) {
        return network.loadPhase(c);
    }

    @Override
    public int feederOf(int c) {
        return network.loadFeeder(c);
    }

    @Override
    public int feederCount() {
        return network.feederCount();
    }

    @Override
    public String connectionName(int c) {
        return network.loadName(c);
    }

    @Override
    public String connectionBus(int c) {
        return network.busName(network.loadBus(c));
    }

    @Override
    public double transformerRatingKva() {
        return ratingKva;
    }

    @Override
    public void setTransformerRatingKva(double kva) {
        ratingKva = kva;
        pf.setTransformerRatingKva(kva);
    }

    @Override
    public void setDemand(int c, double pKw, double qKvar) {
        pf.setLoad(c, pKw, qKvar);
    }

    @Override
    public void solve() {
        result = pf.solve();
        monitor.record(result, stepMinutes);
    }

    @Override
    public void beginReporting() {
        monitor.reset();
    }

    @Override
    public double transformerPKw(int phase) {
        return result.transformerPKw(phase);
    }

    @Override
    public double transformerQKvar(int phase) {
        return result.transformerQKvar(phase);
    }

    @Override
    public double transformerSKva(int phase) {
        return result.transformerSKva(phase);
    }

    @Override
    public double lossesKw() {
        return result.lineLossesKw();
    }

    @Override
    public double transformerLossesKw() {
        return result.transformerLossesKw();
    }

    @Override
    public double connectionVoltageV(int c) {
        return result.loadVoltageV(c);
    }

    /** Lowest phase-to-neutral voltage at a connection point (supply terminal), V. */
    @Override
    public double minVoltageV() {
        return monitor.stepMinVoltageV();
    }

    /** Highest phase-to-neutral voltage at a connection point (supply terminal), V. */
    @Override
    public double maxVoltageV() {
        return monitor.stepMaxVoltageV();
    }

    @Override
    public double voltageUnbalancePct() {
        return result.voltageUnbalancePct();
    }

    @Override
    public double feederHeadCurrentA(int feeder, int phase) {
        return result.feederHeadCurrentA(feeder, phase);
    }

    @Override
    public double feederHeadRatingA(int feeder) {
        return network.branchRatingA(network.feederHeadBranch(feeder));
    }

    @Override
    public double feederHeadLoadingPct(int feeder) {
        return result.feederHeadLoadingPct(feeder);
    }

    @Override
    public double maxBranchLoadingPct() {
        return result.maxBranchLoadingPct();
    }

    @Override
    public boolean hasVoltages() {
        return true;
    }
}
