package org.lvflex.agents.dno;

import java.util.ArrayList;
import java.util.List;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.grid.Grid;
import org.lvflex.core.SettlementPeriod;
import org.lvflex.core.SimClock;
import org.lvflex.scenario.DnoSpec;

/**
 * The distribution network operator: monitors the transformer per phase (a half-hourly historian),
 * forecasts the next day's inflexible demand, and reviews reinforcement: when the half-hourly peak
 * passes the trigger share of firm capacity (001:L3592) it adds capacity in steps (001:L3761) at a
 * cost per kVA. What the DNO may do to charging depends on the model (see the model classes).
 */
public final class Dno implements LvFlexModel.StepObserver {
    private final LvFlexModel m;
    private final DnoSpec spec;
    private final Historian historian;
    private final int stepsPerPeriod;
    private final List<Reinforcement> reinforcements = new ArrayList<>();
    private double plannedKva;
    private double peakSinceReviewKva;
    private double peakKva;
    private double peakPhaseKva;
    private final double[] kva = new double[3];
    private final double[] kw = new double[3];
    private final double[] ev = new double[3];

    public Dno(LvFlexModel m) {
        this.m = m;
        this.spec = m.scenario().dno();
        SimClock c = m.clock();
        this.stepsPerPeriod = c.stepsPerPeriod();
        this.historian = new Historian(c.steps() / stepsPerPeriod + 1, stepsPerPeriod);
        this.plannedKva = m.grid().transformerRatingKva();
        m.addObserver(this);
        m.onStart(this::scheduleReviews);
        m.onFinish(() -> review(m.clock().horizonMinutes()));
    }

    private void scheduleReviews() {
        double first = m.clock().timeOf(m.warmupSteps()) + spec.reviewIntervalDays() * (double) SimClock.MINUTES_PER_DAY;
        m.events().every(first, spec.reviewIntervalDays() * (double) SimClock.MINUTES_PER_DAY, LvFlexModel.ORDER_DNO,
                s -> review(m.now()));
    }

    @Override
    public void afterSolve(LvFlexModel model, int step, double now) {
        Grid g = model.grid();
        for (int ph = 0; ph < 3; ph++) {
            kva[ph] = g.transformerSKva(ph);
            kw[ph] = g.transformerPKw(ph);
            ev[ph] = model.chargingKwNow(ph);
        }
        double q = g.transformerQKvar(0) + g.transformerQKvar(1) + g.transformerQKvar(2);
        if (historian.add(kva, kw, ev, Math.hypot(kw[0] + kw[1] + kw[2], q)) && model.reporting()) {
            int last = historian.periods() - 1;
            double s = historian.totalKva(last);
            peakSinceReviewKva = Math.max(peakSinceReviewKva, s);
            peakKva = Math.max(peakKva, s);
            for (int ph = 0; ph < 3; ph++) {
                peakPhaseKva = Math.max(peakPhaseKva, historian.phaseKva(ph, last));
            }
        }
    }

    /** Reinforcement review: upgrade in steps until the peak is back under the trigger. */
    void review(double now) {
        if (!m.reporting()) {
            return;
        }
        double trigger = spec.reinforcementTriggerPct() / 100.0;
        double peak = peakSinceReviewKva;
        peakSinceReviewKva = 0;
        if (peak <= trigger * plannedKva) {
            return;
        }
        double from = plannedKva;
        double to = from;
        while (peak > trigger * to) {
            to += spec.reinforcementStepKva();
        }
        plannedKva = to;
        double inService = now + spec.reinforcementLeadDays() * (double) SimClock.MINUTES_PER_DAY;
        reinforcements.add(new Reinforcement(now, inService, from, to, peak, (to - from) * spec.reinforcementGbpPerKva()));
        double newKva = to;
        // when in service only after the run ends, the cost is committed but the capacity is not seen
        m.events().at(m.clock().ceilToStep(inService), LvFlexModel.ORDER_DNO, s -> m.grid().setTransformerRatingKva(newKva));
    }

    /**
     * Day-ahead forecast of inflexible demand (kW) on a transformer phase for a settlement period:
     * the mean of the same half-hour over the last {@code forecastHistoryDays} days of the same kind
     * (weekday or weekend) in the historian; the latest like-time day when history is short.
     */
    public double forecastBaseKw(int phase, int period) {
        return forecast(period, back -> historian.phaseBaseKw(phase, back));
    }

    /** Forecast of total demand (EV charging included) on a phase: what happened on like days. */
    public double forecastTotalKw(int phase, int period) {
        return forecast(period, back -> historian.phaseKw(phase, back));
    }

    private double forecast(int period, java.util.function.IntToDoubleFunction value) {
        double f = LikeDayForecast.of(SettlementPeriod.day(period), SettlementPeriod.ofDay(period),
                spec.forecastHistoryDays(), historian.periods(), m.clock()::isWeekendDay, value);
        return Double.isNaN(f) ? 0 : f;
    }

    /** Rating of one transformer phase in service now, kVA. */
    public double phaseRatingKva() {
        return firmKva() / 3;
    }

    public Historian historian() {
        return historian;
    }

    /** Firm capacity in service now (kVA). */
    public double firmKva() {
        return m.grid().transformerRatingKva();
    }

    public List<Reinforcement> reinforcements() {
        return reinforcements;
    }

    public double reinforcementCostGbp() {
        return reinforcements.stream().mapToDouble(Reinforcement::costGbp).sum();
    }

    /** Largest half-hourly transformer demand seen while reporting (kVA). */
    public double peakHalfHourKva() {
        return peakKva;
    }

    /** Largest half-hourly demand of any transformer phase while reporting (kVA). */
    public double peakPhaseHalfHourKva() {
        return peakPhaseKva;
    }

    public DnoSpec spec() {
        return spec;
    }
}
