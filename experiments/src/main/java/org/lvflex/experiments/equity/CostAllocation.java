package org.lvflex.experiments.equity;

import org.lvflex.scenario.AllocationRule;

/**
 * Shares of a run's network cost per household under each allocation rule (000: postage stamp versus
 * cost-reflective by volume, capacity, location and time of use; 002:L463 first mover), and the share
 * each household caused. Every share vector sums to 1, so allocated amounts sum to the total cost.
 * When a rule's driver is zero for everyone (no import in the band, no EV household) the rule falls
 * back to an equal share per customer, so the cost is still fully recovered.
 */
public final class CostAllocation {
    private CostAllocation() {}

    /** Each household's share of the cost under a rule. */
    public static double[] shares(AllocationRule rule, AllocationDrivers d) {
        int n = d.households();
        return switch (rule) {
            case POSTAGE_STAMP_CUSTOMER -> equal(n);
            case POSTAGE_STAMP_KWH -> proportional(d.importKwh());
            case CAPACITY -> proportional(d.capacityKw());
            case TIME_OF_USE -> proportional(d.touImportKwh());
            case LOCATION -> byFeeder(d);
            case FIRST_MOVER -> {
                double[] w = new double[n];
                for (int i = 0; i < n; i++) {
                    w[i] = d.firstMover()[i] ? 1 : 0;
                }
                yield proportional(w);
            }
        };
    }

    /** Each household's share of the cost caused (its share of demand in the peak half-hours). */
    public static double[] causedShares(AllocationDrivers d) {
        return proportional(d.causedKw());
    }

    /** Cost to each feeder by its contribution to the peak half-hours, then per customer on the feeder. */
    static double[] byFeeder(AllocationDrivers d) {
        int n = d.households();
        double[] feederShare = proportional(d.feederCausedKw());
        int[] customers = new int[feederShare.length];
        for (int f : d.feeder()) {
            customers[f]++;
        }
        // a feeder with no households cannot pay: spread its share over the feeders that have some
        double orphan = 0;
        double served = 0;
        for (int f = 0; f < feederShare.length; f++) {
            if (customers[f] == 0) {
                orphan += feederShare[f];
            } else {
                served += feederShare[f];
            }
        }
        if (served <= 0) {
            return equal(n);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int f = d.feeder()[i];
            out[i] = feederShare[f] * (1 + orphan / served) / customers[f];
        }
        return out;
    }

    /** Weights normalised to sum to 1 (negative weights count as zero); equal shares when all are zero. */
    static double[] proportional(double[] w) {
        double sum = 0;
        for (double x : w) {
            sum += Math.max(0, x);
        }
        if (!(sum > 0)) {
            return equal(w.length);
        }
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = Math.max(0, w[i]) / sum;
        }
        return out;
    }

    static double[] equal(int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, n == 0 ? 0 : 1.0 / n);
        return out;
    }
}
