package org.lvflex.scenario;

import org.lvflex.core.Param;

/**
 * Who owns the EVs: households are ranked by an adoption propensity and the top {@code ev.share}
 * adopt. Propensity = imdWeight*(decile-5.5)/4.5 + parkingWeight*parking + ownerWeight*owner +
 * peerWeight*(mean propensity of the household's feeder) + Gumbel noise, so adoption follows
 * affluence and clusters by feeder (000; 001:L3629-3639).
 */
public record AdoptionSpec(
        @Param(value = "Weight of affluence (IMD decile) in EV adoption", min = -10, max = 10,
                source = "000 (EV ownership vs IMD, Bath); 001:L3633 (affluence drives uptake)")
        double imdWeight,
        @Param(value = "Weight of off-street parking in EV adoption", min = -10, max = 10,
                assumption = "home charging access is the strongest practical enabler (002:L207)")
        double parkingWeight,
        @Param(value = "Weight of owner occupation in EV adoption", min = -10, max = 10,
                assumption = "owners can install a chargepoint without a landlord's consent")
        double ownerWeight,
        @Param(value = "Weight of the feeder's mean propensity (peer effect, clustering)", min = -10, max = 10,
                source = "001:L3634 (initial uptake promotes further local uptake)")
        double peerWeight) {

    public static AdoptionSpec defaults() {
        return new AdoptionSpec(1.0, 1.5, 0.5, 1.0);
    }
}
