package org.lvflex.scenario;

import org.lvflex.core.Param;

/**
 * Last-resort protection in the models where the DNO has no direct control (A2, C1, C2, C3): if
 * breaches risk an outage the DNO "might consider additional measures" (001:L1564-1584). Here: a
 * feeder whose head (or the transformer) stays above the trip loading is tripped, restored after a
 * while, and its chargers restart stochastically. Every trip is counted.
 */
public record ProtectionSpec(
        @Param("Enable last-resort protection in A2, C1, C2 and C3") boolean enabled,
        @Param(value = "Trip when loading stays above this share of the rating", unit = "%", min = 100, max = 500,
                assumption = "LV fuses and transformer protection tolerate moderate overloads for a while")
        double tripLoadingPct,
        @Param(value = "...for this long", unit = "min", min = 1, max = 240, assumption = "thermal time constant of fuses and cables")
        int tripAfterMinutes,
        @Param(value = "Time to restore a tripped feeder", unit = "min", min = 1, max = 1440, assumption = "an LV fuse replacement visit")
        int restoreMinutes) {

    public static ProtectionSpec defaults() {
        return new ProtectionSpec(true, 130, 10, 60);
    }
}
