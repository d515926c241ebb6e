package org.lvflex.experiments.metrics;

import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.tariff.Metering;
import org.lvflex.core.SettlementPeriod;
import org.lvflex.core.SimClock;
import org.lvflex.scenario.AnalysisSpec;

/**
 * Each household's metered net demand per settlement period (half-hour) while the run reports, and
 * its import inside the DUoS peak band: what network cost allocation needs beyond run totals (who
 * drew power in the transformer's peak half-hours, each household's largest half-hour). Read from
 * the half-hourly meters at the end of each period, before settlement clears them, so it is exactly
 * what the household was billed for. Attach before the run starts.
 */
public final class HalfHourlyDemand implements LvFlexModel.StepObserver {
    private final int households;
    private final int stepsPerPeriod;
    private final int touStart;
    private final int touLength;
    private final boolean touWeekdaysOnly;
    private final float[][] netKw;
    private final double[] touImportKwh;
    private int periods;

    private HalfHourlyDemand(LvFlexModel m) {
        SimClock c = m.clock();
        AnalysisSpec a = m.scenario().analysis();
        this.households = m.households().size();
        this.stepsPerPeriod = c.stepsPerPeriod();
        this.touStart = a.touStartMinute();
        this.touLength = a.touLengthMinutes();
        this.touWeekdaysOnly = a.touBandWeekdaysOnly();
        this.netKw = new float[m.recorder().clock().steps() / stepsPerPeriod][];
        this.touImportKwh = new double[households];
    }

    /** Creates the recorder and registers it with the model (call before the run). */
    public static HalfHourlyDemand attach(LvFlexModel m) {
        HalfHourlyDemand d = new HalfHourlyDemand(m);
        m.addObserver(d);
        return d;
    }

    @Override
    public void afterSolve(LvFlexModel m, int step, double now) {
        // the period's last step has been metered; settlement (which clears the meters) comes next
        if (!m.reporting() || (step + 1) % stepsPerPeriod != 0 || periods >= netKw.length) {
            return;
        }
        Metering meter = m.metering();
        double periodStart = m.clock().timeOf(step + 1 - stepsPerPeriod);
        boolean tou = SimClock.inDailyWindow(m.clock().minuteOfDay(periodStart), touStart, touLength)
                && (!touWeekdaysOnly || !m.clock().isWeekend(periodStart));
        float[] row = new float[households];
        double hours = SettlementPeriod.MINUTES / 60.0;
        for (int h = 0; h < households; h++) {
            double imp = meter.periodImportKwh(h);
            row[h] = (float) ((imp - meter.periodExportKwh(h)) / hours);
            if (tou) {
                touImportKwh[h] += imp;
            }
        }
        netKw[periods++] = row;
    }

    /** Complete settlement periods recorded. */
    public int periods() {
        return periods;
    }

    /** Mean net demand of a household in a reported period, kW (negative = net export). */
    public double netKw(int period, int household) {
        return netKw[period][household];
    }

    /** Import inside the DUoS peak band over the run, kWh. */
    public double touImportKwh(int household) {
        return touImportKwh[household];
    }
}
