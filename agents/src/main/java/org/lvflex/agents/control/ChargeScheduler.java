package org.lvflex.agents.control;

/**
 * Plans one EV's charging (and V2G export) at least cost before departure. The aggregator's and
 * self-optimising households' method (DOMAIN.md section 4), chosen for speed: a year of one-minute
 * steps re-plans tens of thousands of times.
 *
 * <ol>
 * <li>Valley filling: the grid-side energy needed for the target goes into the cheapest
 * (slot, price-tier) pieces first. With costs linear per piece and only a total-energy
 * constraint this is exactly optimal. Ties go to the earlier slot: price-following fleets herd
 * into the same cheap periods, which is how secondary peaks form (001:L1309-1311).</li>
 * <li>V2G arbitrage (V2G cars only): repeatedly pair the most valuable export slot with the
 * cheapest feasible charge slot while the pair earns more than its losses and degradation,
 * keeping the battery within [reserve, capacity] between the two. This is a greedy heuristic; a
 * test compares it with the exact linear programme ({@link LpChargeScheduler}).</li>
 * </ol>
 */
public final class ChargeScheduler {
    private static final double EPS = 1e-9;
    private final int[] order = new int[2 * ChargePlanProblem.MAX_SLOTS];
    private final double[] key = new double[2 * ChargePlanProblem.MAX_SLOTS];
    /** Battery energy at the start of each slot, from {@link ChargePlanProblem#boundaries}. */
    private final double[] boundary = new double[ChargePlanProblem.MAX_SLOTS + 1];

    /** Fills {@code p.chargeKw}, {@code p.exportKw} and {@code p.unmetKwh}. */
    public void solve(ChargePlanProblem p) {
        valleyFill(p);
        if (anyExport(p)) {
            arbitrage(p);
        }
    }

    private void valleyFill(ChargePlanProblem p) {
        double need = Math.max(0, p.targetKwh - p.energyKwh) / p.etaCharge;
        int pieces = 0;
        for (int s = 0; s < p.n; s++) {
            p.chargeKw[s] = 0;
            p.exportKw[s] = 0;
            if (p.maxChargeKw[s] <= 0 || p.hours[s] <= 0) {
                continue;
            }
            order[pieces] = s; // tier 0: up to tierKw at the base price
            key[pieces++] = p.importPrice[s];
            if (p.tierKw[s] < p.maxChargeKw[s]) {
                order[pieces] = s + ChargePlanProblem.MAX_SLOTS; // tier 1: above tierKw
                key[pieces++] = p.importPrice[s] + p.tierPremium[s];
            }
        }
        sortByKey(pieces);
        for (int i = 0; i < pieces && need > EPS; i++) {
            int s = order[i] % ChargePlanProblem.MAX_SLOTS;
            boolean upper = order[i] >= ChargePlanProblem.MAX_SLOTS;
            double lo = upper ? Math.max(0, p.tierKw[s]) : 0;
            double hi = upper ? p.maxChargeKw[s] : Math.min(p.maxChargeKw[s], Math.max(0, p.tierKw[s]));
            double roomKw = hi - lo;
            if (roomKw <= 0) {
                continue;
            }
            double kwh = Math.min(need, roomKw * p.hours[s]);
            p.chargeKw[s] += kwh / p.hours[s];
            need -= kwh;
        }
        p.unmetKwh = need > EPS ? need : 0;
    }

    /** Insertion sort of the first {@code m} pieces by (key, slot, tier): m is at most a few hundred. */
    private void sortByKey(int m) {
        for (int i = 1; i < m; i++) {
            int o = order[i];
            double k = key[i];
            int j = i - 1;
            while (j >= 0 && (key[j] > k || (key[j] == k && order[j] > o))) {
                order[j + 1] = order[j];
                key[j + 1] = key[j];
                j--;
            }
            order[j + 1] = o;
            key[j + 1] = k;
        }
    }

    private static boolean anyExport(ChargePlanProblem p) {
        for (int s = 0; s < p.n; s++) {
            if (p.maxExportKw[s] > 0) {
                return true;
            }
        }
        return false;
    }

    private void arbitrage(ChargePlanProblem p) {
        // global best (charge, export) pair first, until no pair pays for its losses and wear
        for (int guard = 0; guard < 4 * p.n; guard++) {
            p.boundaries(boundary);
            int bestC = -2;
            int bestD = -1;
            double bestProfit = EPS;
            double bestX = 0;
            for (int d = 0; d < p.n; d++) {
                if (p.maxExportKw[d] <= 0 || p.hours[d] <= 0 || p.chargeKw[d] > EPS) {
                    continue; // never charge and export in one slot
                }
                double exportRoom = (p.maxExportKw[d] - p.exportKw[d]) * p.hours[d] / p.etaDischarge; // battery kWh
                if (exportRoom <= EPS) {
                    continue;
                }
                double value = p.exportPrice[d] * p.etaDischarge - p.degradationPerKwh;
                if (value <= bestProfit) {
                    continue;
                }
                // energy above the departure target can be exported without recharging
                double surplus = surplusShift(p, d);
                if (surplus > EPS) {
                    bestProfit = value;
                    bestC = -1;
                    bestD = d;
                    bestX = Math.min(exportRoom, surplus);
                }
                for (int c = 0; c < p.n; c++) {
                    if (c == d || p.exportKw[c] > EPS || p.hours[c] <= 0) {
                        continue;
                    }
                    double chargeRoomKw = p.maxChargeKw[c] - p.chargeKw[c];
                    if (chargeRoomKw <= EPS) {
                        continue;
                    }
                    boolean upper = p.chargeKw[c] + EPS >= p.tierKw[c];
                    double marginal = upper ? p.importPrice[c] + p.tierPremium[c] : p.importPrice[c];
                    double profit = value - marginal / p.etaCharge;
                    if (profit <= bestProfit) {
                        continue;
                    }
                    double roomKw = upper ? chargeRoomKw : Math.min(chargeRoomKw, p.tierKw[c] - p.chargeKw[c]);
                    double x = Math.min(exportRoom, roomKw * p.hours[c] * p.etaCharge);
                    x = Math.min(x, feasibleShift(p, c, d));
                    if (x > EPS) {
                        bestProfit = profit;
                        bestC = c;
                        bestD = d;
                        bestX = x;
                    }
                }
            }
            if (bestD < 0) {
                return;
            }
            if (bestC >= 0) {
                p.chargeKw[bestC] += bestX / p.etaCharge / p.hours[bestC];
            }
            p.exportKw[bestD] += bestX * p.etaDischarge / p.hours[bestD];
        }
    }

    /** Battery kWh exportable in slot d from energy above the target, keeping the reserve after it. */
    private double surplusShift(ChargePlanProblem p, int d) {
        double x = boundary[p.n] - p.targetKwh;
        for (int k = d + 1; k < p.n; k++) {
            x = Math.min(x, boundary[k] - p.reserveKwh);
        }
        return Math.max(0, x);
    }

    /**
     * Largest battery kWh that can be charged in slot c and exported in slot d keeping the battery
     * within [reserve, capacity] in between (the end energy is unchanged).
     */
    private double feasibleShift(ChargePlanProblem p, int c, int d) {
        double x = Double.POSITIVE_INFINITY;
        if (c < d) {
            for (int k = c + 1; k <= d; k++) {
                x = Math.min(x, p.capacityKwh - boundary[k]);
            }
        } else {
            for (int k = d + 1; k <= c; k++) {
                x = Math.min(x, boundary[k] - p.reserveKwh);
            }
        }
        return Math.max(0, x);
    }
}
