package org.lvflex.experiments.equity;

import org.lvflex.agents.LvFlexModel;
import org.lvflex.experiments.metrics.HalfHourlyDemand;
import org.lvflex.experiments.metrics.NetworkCost;
import org.lvflex.scenario.AllocationRule;

/** A run's network cost and its allocation to households under every rule, with the shares caused. */
public record RunAllocation(NetworkCost cost, double[][] shares, double[] caused) {

    public static RunAllocation of(LvFlexModel m, HalfHourlyDemand demand) {
        return of(AllocationDrivers.of(m, demand), NetworkCost.of(m));
    }

    public static RunAllocation of(AllocationDrivers d, NetworkCost cost) {
        double[][] shares = new double[AllocationRule.values().length][];
        for (AllocationRule r : AllocationRule.values()) {
            shares[r.ordinal()] = CostAllocation.shares(r, d);
        }
        return new RunAllocation(cost, shares, CostAllocation.causedShares(d));
    }

    /** {@code [rule][household]}: each household's share of the run's network cost, GBP. */
    public double[][] allocatedGbp() {
        double[][] out = new double[shares.length][];
        for (int r = 0; r < shares.length; r++) {
            out[r] = new double[shares[r].length];
            for (int i = 0; i < out[r].length; i++) {
                out[r][i] = shares[r][i] * cost.totalGbp();
            }
        }
        return out;
    }

    public double[] shares(AllocationRule rule) {
        return shares[rule.ordinal()];
    }
}
