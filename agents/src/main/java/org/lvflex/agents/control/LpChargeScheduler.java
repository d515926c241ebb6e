package org.lvflex.agents.control;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The exact linear programme of {@link ChargePlanProblem} solved with Commons Math's simplex:
 * variables per slot are charging below the tier, charging above it and export; constraints keep
 * the battery within [min(reserve, now), capacity] after every slot and at the target at the end.
 * Slower than {@link ChargeScheduler} (milliseconds per plan, not microseconds); used to check it
 * and selectable as {@code aggregator.method = LP} for studies that want the exact optimum.
 */
public final class LpChargeScheduler {

    /** Solves {@code p}; if the target cannot be reached, charges as much as possible and sets unmet. */
    public void solve(ChargePlanProblem p) {
        int n = p.n;
        int vars = 3 * n;
        double[] obj = new double[vars];
        List<LinearConstraint> cons = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            double h = p.hours[s];
            obj[s] = h * p.importPrice[s];
            obj[n + s] = h * (p.importPrice[s] + p.tierPremium[s]);
            obj[2 * n + s] = h * (-p.exportPrice[s] + p.degradationPerKwh / p.etaDischarge);
            double lowCap = Math.min(p.maxChargeKw[s], Math.max(0, p.tierKw[s]));
            double highCap = Math.max(0, p.maxChargeKw[s] - lowCap);
            cons.add(bound(vars, s, lowCap));
            cons.add(bound(vars, n + s, highCap));
            cons.add(bound(vars, 2 * n + s, Math.max(0, p.maxExportKw[s])));
        }
        double lower = Math.min(p.reserveKwh, p.energyKwh);
        double target = p.targetKwh;
        double reachable = reachableEnergy(p);
        p.unmetKwh = 0;
        if (reachable < target - 1e-9) {
            p.unmetKwh = (target - reachable) / p.etaCharge;
            target = reachable;
        }
        for (int k = 0; k < n; k++) {
            double[] row = new double[vars];
            for (int s = 0; s <= k; s++) {
                row[s] = p.hours[s] * p.etaCharge;
                row[n + s] = p.hours[s] * p.etaCharge;
                row[2 * n + s] = -p.hours[s] / p.etaDischarge;
            }
            cons.add(new LinearConstraint(row, Relationship.LEQ, p.capacityKwh - p.energyKwh));
            cons.add(new LinearConstraint(row, Relationship.GEQ, (k == n - 1 ? Math.max(lower, target) : lower) - p.energyKwh));
        }
        try {
            PointValuePair sol = new SimplexSolver().optimize(new MaxIter(10_000), new LinearObjectiveFunction(obj, 0),
                    new LinearConstraintSet(cons), GoalType.MINIMIZE, new NonNegativeConstraint(true));
            double[] x = sol.getPoint();
            for (int s = 0; s < n; s++) {
                p.chargeKw[s] = x[s] + x[n + s];
                p.exportKw[s] = x[2 * n + s];
            }
        } catch (NoFeasibleSolutionException e) {
            new ChargeScheduler().solve(p); // cannot happen when target <= reachable; keep a plan anyway
        }
    }

    private static LinearConstraint bound(int vars, int index, double max) {
        double[] row = new double[vars];
        row[index] = 1;
        return new LinearConstraint(row, Relationship.LEQ, max);
    }

    private static double reachableEnergy(ChargePlanProblem p) {
        double e = p.energyKwh;
        for (int s = 0; s < p.n; s++) {
            e += p.hours[s] * p.maxChargeKw[s] * p.etaCharge;
        }
        return Math.min(e, p.capacityKwh);
    }
}
