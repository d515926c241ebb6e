package org.lvflex.scenario;

/** Households: their base demand and their capability vector. */
public record HouseholdSpec(BaseLoadSpec baseLoad, CapabilitySpec capability) {
    public static HouseholdSpec defaults() {
        return new HouseholdSpec(BaseLoadSpec.defaults(), CapabilitySpec.defaults());
    }
}
