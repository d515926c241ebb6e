package org.lvflex.scenario;

import org.lvflex.core.Param;

/**
 * A2 Capacity Allocation: each day the DNO auctions firm capacity rights per transformer phase and
 * half-hour for the next day; holders optimise within their rights; unused rights trade on a
 * secondary market; breaches are metered and penalised (001:L1562-1567).
 */
public record A2Spec(
        @Param(value = "Capacity kept out of the auction as a forecast margin", unit = "%", min = 0, max = 90,
                assumption = "forecast error margin")
        double marginPct,
        @Param(value = "Reserve price of a right (the clearing price when capacity is not scarce)", unit = "GBP/kWh", min = 0, max = 5,
                assumption = "a nominal charge for firm capacity")
        double reservePriceGbpPerKwh,
        @Param(value = "Penalty per kWh drawn above the rights held", unit = "GBP/kWh", min = 0, max = 10,
                assumption = "well above retail energy prices so breaching never pays")
        double penaltyGbpPerKwh,
        @Param("Let holders sell rights they will not use to bidders who were short (secondary market)") boolean secondaryMarket,
        @Param(value = "Firm capacity for EV charging every connection keeps without bidding (not auctioned)", unit = "kW", min = 0, max = 22,
                assumption = "existing connections keep an after-diversity share of firm capacity, about a home's ADMD")
        double baselineKw) {

    public static A2Spec defaults() {
        return new A2Spec(10, 0.005, 0.5, true, 1.5);
    }
}
