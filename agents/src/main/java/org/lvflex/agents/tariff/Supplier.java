package org.lvflex.agents.tariff;

import org.lvflex.core.SimClock;
import org.lvflex.scenario.TariffSpec;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * The energy supplier: the price of energy under each tariff and of export, per settlement period
 * (half-hour). Network charges are a separate bill line priced by the network-charge rule of the
 * model (see {@code NetworkCharges}).
 */
public final class Supplier {
    private final TariffSpec spec;
    private final DynamicPrices dynamic;
    private final int offPeakStart;
    private final int offPeakMinutes;

    public Supplier(TariffSpec spec, DynamicPrices dynamic) {
        this.spec = spec;
        this.dynamic = dynamic;
        this.offPeakStart = TimeOfDay.minutes(spec.touOffPeakStart());
        this.offPeakMinutes = (int) Math.round(spec.touOffPeakHours() * 60);
    }

    /** Energy price (GBP/kWh) in settlement period {@code period}, which starts at {@code minuteOfDay}. */
    public double importPrice(TariffKind tariff, int period, int minuteOfDay) {
        switch (tariff) {
            case STATIC_TOU:
                return inOffPeak(minuteOfDay) ? spec.touOffPeakGbpPerKwh() : spec.touPeakGbpPerKwh();
            case DYNAMIC:
                return dynamic.importPrice(period);
            default:
                return spec.flatGbpPerKwh();
        }
    }

    /** What the supplier pays per kWh exported in a period. */
    public double exportPrice(int period) {
        return spec.exportTariff() == TariffSpec.ExportTariff.DYNAMIC ? dynamic.exportPrice(period) : spec.exportGbpPerKwh();
    }

    /** True inside the static ToU off-peak window. */
    public boolean inOffPeak(int minuteOfDay) {
        return SimClock.inDailyWindow(minuteOfDay, offPeakStart, offPeakMinutes);
    }

    /** Minute of the day the off-peak window opens. */
    public int offPeakStartMinute() {
        return offPeakStart;
    }

    public int offPeakMinutes() {
        return offPeakMinutes;
    }

    public double standingGbpPerDay() {
        return spec.standingGbpPerDay();
    }

    public DynamicPrices dynamicPrices() {
        return dynamic;
    }
}
