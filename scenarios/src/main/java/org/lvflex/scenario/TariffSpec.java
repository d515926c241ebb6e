package org.lvflex.scenario;

import org.lvflex.core.Param;
import org.lvflex.scenario.schema.Checked;
import org.lvflex.scenario.schema.Problems;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * The supplier's tariffs (energy only) and the pass-through network charge, kept on separate bill
 * lines. Households without an EV, and EV households that fail a tariff's gate (a static or dynamic
 * ToU tariff needs a smart meter), pay the flat tariff.
 */
public record TariffSpec(
        @Param("Tariff of EV households: AUTO takes the model's own (FLAT for UNMANAGED and D1, STATIC_TOU for STATIC_TOU, DYNAMIC for the market and aggregator models)")
        EvTariff evTariff,
        @Param(value = "Flat energy rate (excluding network charge)", unit = "GBP/kWh", min = 0, max = 2,
                assumption = "GB price cap 2024/25 unit rate ~24.5p less the network share")
        double flatGbpPerKwh,
        @Param(value = "Standing charge", unit = "GBP/day", min = 0, max = 5, assumption = "GB price cap 2024/25 ~GBP 0.60/day")
        double standingGbpPerDay,
        @Param(value = "Network (DUoS) charge passed through per kWh in every model without its own network price", unit = "GBP/kWh",
                min = 0, max = 1, assumption = "distribution charges are roughly a fifth of a domestic unit rate")
        double networkGbpPerKwh,
        @Param(value = "Start of the static ToU off-peak window", source = "004:L400 (Octopus Go: a cheap night window)")
        String touOffPeakStart,
        @Param(value = "Length of the off-peak window", unit = "h", min = 0.5, max = 23, source = "DOMAIN.md section 4: a 4-hour night window (004:L400)")
        double touOffPeakHours,
        @Param(value = "Static ToU off-peak energy rate", unit = "GBP/kWh", min = 0, max = 2, assumption = "EV night tariffs ~7-9p/kWh")
        double touOffPeakGbpPerKwh,
        @Param(value = "Static ToU peak (all other hours) energy rate", unit = "GBP/kWh", min = 0, max = 2, assumption = "EV tariffs' day rate ~25p/kWh")
        double touPeakGbpPerKwh,
        @Param("Half-hourly day-ahead import and export prices: \"default\" (stylised Agile-like winter shapes shipped with lvflex) or a CSV path with columns time,import_gbp_per_kwh,export_gbp_per_kwh (repeats if shorter than the run)")
        String dynamicPrices,
        @Param(value = "Day-to-day and half-hour noise on the default dynamic prices (lognormal sigma)", min = 0, max = 1,
                assumption = "wholesale prices vary from day to day; drawn once per run from the tariff stream, same in every model")
        double dynamicNoise,
        @Param("Export payment: FLAT (fixed rate below) or DYNAMIC (the export column of the dynamic prices)")
        ExportTariff exportTariff,
        @Param(value = "Flat export rate", unit = "GBP/kWh", min = 0, max = 2, assumption = "fixed export tariffs ~15p/kWh")
        double exportGbpPerKwh) implements Checked {

    /** The tariff EV households are put on. */
    public enum EvTariff { AUTO, FLAT, STATIC_TOU, DYNAMIC }

    /** How exported energy is paid. */
    public enum ExportTariff { FLAT, DYNAMIC }

    public static TariffSpec defaults() {
        return new TariffSpec(EvTariff.AUTO, 0.20, 0.60, 0.045, "00:30", 4, 0.085, 0.25, "default", 0.15,
                ExportTariff.DYNAMIC, 0.15);
    }

    @Override
    public void check(String path, Problems problems) {
        TimeOfDay.check(path + ".touOffPeakStart", touOffPeakStart, problems);
    }
}
