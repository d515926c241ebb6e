package org.lvflex.scenario;

import org.lvflex.core.Param;

/**
 * C1 Rising Block: a core capacity allowance per household at the base network rate and a premium on
 * energy drawn above it; the premium may vary with the feeder's loading (001:L1573-1579).
 */
public record C1Spec(
        @Param(value = "Core capacity allowance of every household", unit = "kW", min = 0, max = 100,
                assumption = "enough for ordinary household peaks; an EV at full power exceeds it")
        double coreAllowanceKw,
        @Param(value = "Network premium per kWh drawn above the allowance", unit = "GBP/kWh", min = 0, max = 5,
                assumption = "strong enough to make shifting worthwhile")
        double premiumGbpPerKwh,
        @Param(value = "Premium multiplier per 10 points of the feeder's peak loading above 70% (locational premium; 0 = uniform)",
                min = 0, max = 10, source = "001:L1576-1577 (premium rates may vary by location, with network loading); slope is an assumption")
        double locationalSlope) {

    public static C1Spec defaults() {
        return new C1Spec(3.5, 0.30, 0.25);
    }
}
