package org.lvflex.experiments.gui;

import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.grid.PowerFlowGrid;
import org.lvflex.network.Network;
import org.lvflex.network.powerflow.PowerFlowResult;

/**
 * A cable (network branch) as the feeder view colours it and MASON's inspector shows it: its rating
 * and the last power-flow solve's currents and loading. Read-only bean over the live model; without
 * a power flow (copper plate) the currents are NaN.
 */
public final class CableView {
    private final LvFlexModel m;
    private final Network net;
    private final int branch;

    public CableView(LvFlexModel m, Network net, int branch) {
        this.m = m;
        this.net = net;
        this.branch = branch;
    }

    int branch() {
        return branch;
    }

    private PowerFlowResult result() {
        return m.grid() instanceof PowerFlowGrid g && m.physicalSteps() > 0 ? g.result() : null;
    }

    public String getName() {
        return net.branchName(branch);
    }

    public String getFromBus() {
        return net.busName(net.branchFrom(branch));
    }

    public String getToBus() {
        return net.busName(net.branchTo(branch));
    }

    /** LV way the cable belongs to, numbered from 1. */
    public int getFeeder() {
        return net.busFeeder(net.branchTo(branch)) + 1;
    }

    public String getCable() {
        return net.branchCode(branch).name();
    }

    public double getLengthM() {
        return net.branchLengthM(branch);
    }

    public double getRatingA() {
        return net.branchRatingA(branch);
    }

    /** The most loaded phase's current as % of the rating. */
    public double getLoadingPct() {
        PowerFlowResult r = result();
        return r == null ? Double.NaN : r.branchLoadingPct(branch);
    }

    public double getCurrentPhaseAA() {
        return current(0);
    }

    public double getCurrentPhaseBA() {
        return current(1);
    }

    public double getCurrentPhaseCA() {
        return current(2);
    }

    private double current(int phase) {
        PowerFlowResult r = result();
        return r == null ? Double.NaN : r.branchCurrentA(branch, phase);
    }

    @Override
    public String toString() {
        return "cable " + getName();
    }
}
