package org.lvflex.agents.cpo;

import org.lvflex.core.SettlementPeriod;

/**
 * The DNO's half-hourly history of a monitored point's demand other than the Smart Charging
 * Connections it manages, for the day-ahead profile forecast (003:L340). Periods are counted from
 * the start of the run (warm-up included), like the DNO's own historian.
 */
final class PointHistorian {
    private final int stepsPerPeriod;
    private final double[] meanKw;
    private double acc;
    private int accSteps;
    private int periods;

    PointHistorian(int totalPeriods, int stepsPerPeriod) {
        this.meanKw = new double[totalPeriods];
        this.stepsPerPeriod = stepsPerPeriod;
    }

    void add(double kw) {
        acc += kw;
        if (++accSteps == stepsPerPeriod) {
            meanKw[periods++] = acc / accSteps;
            acc = 0;
            accSteps = 0;
        }
    }

    /**
     * Forecast of period {@code k} (0..47) of day {@code day}: the mean of the same half hour over the
     * last {@code historyDays} recorded days of the same kind (weekday or weekend), else the latest
     * recorded day; NaN without any history.
     */
    double forecast(int day, int k, int historyDays, java.util.function.IntPredicate weekend) {
        boolean we = weekend.test(day);
        double sum = 0;
        int n = 0;
        for (int d = day - 1; d >= 0 && n < historyDays; d--) {
            int p = d * SettlementPeriod.PER_DAY + k;
            if (p < periods && weekend.test(d) == we) {
                sum += meanKw[p];
                n++;
            }
        }
        if (n == 0) {
            // no like day yet: the latest day recorded, of either kind
            for (int d = day - 1; d >= 0; d--) {
                int p = d * SettlementPeriod.PER_DAY + k;
                if (p < periods) {
                    return meanKw[p];
                }
            }
            return Double.NaN;
        }
        return sum / n;
    }
}
