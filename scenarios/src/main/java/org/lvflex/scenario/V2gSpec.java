package org.lvflex.scenario;

import org.lvflex.core.Param;

/** Vehicle-to-grid: who has it, what the charger can do and what it costs. */
public record V2gSpec(
        @Param(value = "Share of EV households that install V2G, among those passing every V2G gate", min = 0, max = 1,
                assumption = "early-adopter share of those able to (capability gates: parking, capital, vehicle, meter, app)")
        double share,
        @Param(value = "Share of EVs that are V2G-capable vehicles", min = 0, max = 1,
                source = "002:L282-298: few models discharge today (CHAdeMO); share is an assumption")
        double capableVehicleShare,
        @Param(value = "Bidirectional charger export limit", unit = "kW", min = 1, max = 22, source = "002:L170 (10 kW converter); DOMAIN.md 7-10 kW")
        double exportKw,
        @Param(value = "Battery-to-grid discharge efficiency", min = 0.5, max = 1, assumption = "inverter and battery losses ~10%")
        double dischargeEfficiency,
        @Param(value = "Minimum SoC the aggregator may discharge to", min = 0, max = 1,
                assumption = "drivers keep a reserve for unplanned trips")
        double minSocReserve,
        @Param(value = "Battery degradation cost per kWh discharged to the grid", unit = "GBP/kWh", min = 0, max = 1,
                assumption = "battery wear of a few pence per kWh cycled")
        double degradationGbpPerKwh,
        @Param(value = "Share of V2G drivers who plug in at every arrival home (V2G contracts reward plug-in hours)", min = 0, max = 1,
                assumption = "002:L203, L375: value needs ~70-75% plug-in time; some owners adapt their habits")
        double alwaysPlugInShare,
        @Param(value = "Extra capital cost of a V2G charger over a smart charger", unit = "GBP", min = 0, max = 20000, source = "002:L172")
        double extraCostGbp,
        @Param(value = "Capital cost of a smart charger", unit = "GBP", min = 0, max = 5000, source = "002:L182 (footnote 15: ~GBP 300)")
        double smartChargerCostGbp,
        @Param(value = "Lifetime over which equipment is annualised", unit = "years", min = 1, max = 30,
                assumption = "typical chargepoint warranty/lifetime")
        double lifetimeYears,
        @Param(value = "Discount rate for annualising equipment", unit = "%/yr", min = 0, max = 20,
                source = "HM Treasury Green Book social discount rate 3.5%")
        double discountRatePct) {

    public static V2gSpec defaults() {
        return new V2gSpec(0.4, 0.35, 7.0, 0.9, 0.3, 0.03, 0.5, 3700, 300, 10, 3.5);
    }

    /** Equivalent annual cost of a capital outlay (annuity factor). */
    public double annualised(double capitalGbp) {
        return Annuity.annualised(capitalGbp, discountRatePct, lifetimeYears);
    }
}
