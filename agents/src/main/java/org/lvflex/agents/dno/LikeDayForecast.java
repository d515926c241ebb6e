package org.lvflex.agents.dno;

import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import org.lvflex.core.SettlementPeriod;

/**
 * The DNO's day-ahead forecast rule, for the transformer and for the points it monitors for Smart
 * Charging Connections (003:L340): a half-hour's value is the mean of the same half-hour over the
 * last {@code historyDays} recorded days of the same kind (weekday or weekend); without a like day
 * yet, the latest recorded day of either kind; NaN without any history.
 */
public final class LikeDayForecast {
    private LikeDayForecast() {}

    /**
     * @param day             day (from the run's start) forecast
     * @param k               half-hour of that day (0..47)
     * @param recordedPeriods settlement periods recorded so far (later ones are unknown)
     * @param weekendDay      whether a day of the run is a weekend day
     * @param valueAt         the recorded value of a settlement period
     */
    public static double of(int day, int k, int historyDays, int recordedPeriods, IntPredicate weekendDay,
            IntToDoubleFunction valueAt) {
        boolean weekend = weekendDay.test(day);
        double sum = 0;
        int n = 0;
        int latest = -1;
        for (int d = day - 1; d >= 0 && n < historyDays; d--) {
            int p = d * SettlementPeriod.PER_DAY + k;
            if (p >= recordedPeriods) {
                continue;
            }
            if (latest < 0) {
                latest = p;
            }
            if (weekendDay.test(d) == weekend) {
                sum += valueAt.applyAsDouble(p);
                n++;
            }
        }
        if (n > 0) {
            return sum / n;
        }
        return latest >= 0 ? valueAt.applyAsDouble(latest) : Double.NaN;
    }
}
