package org.lvflex.scenario;

import org.lvflex.core.Param;

/** The STATIC_TOU baseline's charge timer. */
public record TouControlSpec(
        @Param(value = "Each session's start is delayed by a uniform random offset up to this after the off-peak start",
                unit = "s", min = 0, max = 1800,
                source = "Electric Vehicles (Smart Charge Points) Regulations 2021: default randomised delay up to 600 s, configurable to 1800 s (004:L559, L686)")
        int randomisedDelayMaxSeconds,
        @Param("Charge outside the off-peak window when the window alone cannot reach the departure target")
        boolean topUpOutsideWindow) {

    public static TouControlSpec defaults() {
        return new TouControlSpec(600, true);
    }
}
