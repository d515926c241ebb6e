package org.lvflex.scenario;

import org.lvflex.core.Param;

/**
 * C3 Peer-to-peer: a local market per feeder matches local sellers (V2G export) with buyers each
 * settlement period against the wholesale-based prices; network capacity is managed by C1 or C2
 * charges (001:L1586-1591).
 */
public record C3Spec(
        @Param("Network charging under P2P: C1 (rising block) or C2 (dynamic DUoS)") NetworkCharging networkCharging,
        @Param(value = "Where the local price sits between the export price (0) and the import price (1)", min = 0, max = 1,
                assumption = "split the retail spread evenly between buyer and seller")
        double localPricePosition) {

    /** Which capacity charge runs under the P2P market. */
    public enum NetworkCharging { C1, C2 }

    public static C3Spec defaults() {
        return new C3Spec(NetworkCharging.C2, 0.5);
    }
}
