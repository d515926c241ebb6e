package org.lvflex.agents.cpo;

import org.lvflex.agents.dno.LikeDayForecast;

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

    /** Forecast of half-hour {@code k} of day {@code day}: the DNO's like-day rule over this point's history. */
    double forecast(int day, int k, int historyDays, java.util.function.IntPredicate weekend) {
        return LikeDayForecast.of(day, k, historyDays, periods, weekend, p -> meanKw[p]);
    }
}
