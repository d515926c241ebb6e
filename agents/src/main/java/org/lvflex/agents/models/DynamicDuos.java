package org.lvflex.agents.models;

import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.dno.Dno;
import org.lvflex.agents.population.Household;
import org.lvflex.agents.tariff.NetworkTariff;
import org.lvflex.core.SettlementPeriod;
import org.lvflex.core.SimClock;
import org.lvflex.scenario.C2Spec;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * C2 Dynamic DUoS (001:L1580-1585): each day the DNO publishes the next day's network price per
 * half-hour from its forecast of transformer loading (the busiest phase): base below the threshold,
 * rising linearly above it, capped. The forecast is what happened in the same half-hour on recent
 * like days, EV charging included, so a crowd that moves into a cheap half-hour makes it dear the
 * day after: the oscillation this causes is measured (mean day-to-day price change of a half-hour).
 * With intraday updates the next two hours are re-priced every half-hour from live loading.
 */
final class DynamicDuos implements NetworkTariff {

    private final LvFlexModel m;
    private final C2Spec spec;
    private final double[] price;
    private final boolean[] published;

    DynamicDuos(LvFlexModel m) {
        this.m = m;
        this.spec = m.scenario().model().c2();
        int periods = m.clock().horizonMinutes() / SettlementPeriod.MINUTES + 2 * SettlementPeriod.PER_DAY;
        this.price = new double[periods];
        this.published = new boolean[periods];
        m.metering().setNetworkTariff(this);
        m.onStart(() -> {
            publish(0);
            int at = TimeOfDay.minutes(spec.publishAt());
            m.events().every(at, SimClock.MINUTES_PER_DAY, LvFlexModel.ORDER_DNO, s -> publish(m.clock().dayIndex(m.now()) + 1));
            if (spec.intraday()) {
                m.events().every(SettlementPeriod.MINUTES, SettlementPeriod.MINUTES, LvFlexModel.ORDER_DNO, s -> intraday(m.now()));
            }
        });
    }

    /** Price of a loading (% of a phase's rating). */
    double priceAt(double loadingPct) {
        double p = spec.baseGbpPerKwh() + spec.slopeGbpPerKwhPerPct() * Math.max(0, loadingPct - spec.thresholdPct());
        return Math.min(spec.capGbpPerKwh(), p);
    }

    private void publish(int day) {
        Dno dno = m.dno();
        double rating = dno.phaseRatingKva();
        double change = 0;
        boolean hadPrevious = true;
        for (int k = 0; k < SettlementPeriod.PER_DAY; k++) {
            int p = day * SettlementPeriod.PER_DAY + k;
            if (p >= price.length) {
                return;
            }
            double loading = 0;
            for (int ph = 0; ph < 3; ph++) {
                loading = Math.max(loading, 100 * dno.forecastTotalKw(ph, p) / rating);
            }
            price[p] = priceAt(loading);
            published[p] = true;
            if (p >= SettlementPeriod.PER_DAY && published[p - SettlementPeriod.PER_DAY]) {
                change += Math.abs(price[p] - price[p - SettlementPeriod.PER_DAY]);
            } else {
                hadPrevious = false;
            }
            if (m.reporting()) {
                m.stats().networkPriceSum += price[p];
                m.stats().networkPriceCount++;
            }
        }
        if (hadPrevious && m.reporting()) {
            m.stats().networkPriceOscillationSum += change / SettlementPeriod.PER_DAY;
            m.stats().networkPriceOscillationCount++;
        }
        m.bumpPlanVersion();
    }

    /** Re-prices the next four half-hours from the loading now (never below the day-ahead price). */
    private void intraday(double now) {
        double live = m.grid().maxPhaseLoadingPct();
        int p0 = SettlementPeriod.at(now);
        for (int p = p0; p < Math.min(price.length, p0 + 4); p++) {
            price[p] = Math.max(price[p], priceAt(live));
            published[p] = true;
        }
        m.bumpPlanVersion();
    }

    @Override
    public double gbpPerKwh(Household h, int period) {
        for (int p = period; p >= 0; p -= SettlementPeriod.PER_DAY) {
            if (p < price.length && published[p]) {
                return price[p];
            }
        }
        return spec.baseGbpPerKwh();
    }
}
