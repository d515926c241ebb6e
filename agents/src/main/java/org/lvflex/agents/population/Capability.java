package org.lvflex.agents.population;

/**
 * A household's capability vector (DOMAIN.md section 7; 002:L239): what it can do to take part in,
 * and benefit from, smart charging and V2G.
 */
public record Capability(
        Tenure tenure,
        int imdDecile,
        boolean offStreetParking,
        boolean capital,
        boolean smartMeter,
        boolean digitalAccess,
        boolean connectivity,
        boolean homeBased,
        boolean supply60A,
        boolean vulnerable) {

    /** First gate failed for app-controlled smart charging at home (given an EV). */
    public Gate smartChargingGate(boolean hasEv) {
        return firstFailed(new boolean[] {hasEv, offStreetParking, smartMeter, digitalAccess, connectivity},
                Gate.NO_EV, Gate.NO_OFF_STREET_PARKING, Gate.NO_SMART_METER, Gate.NO_DIGITAL_ACCESS, Gate.NO_CONNECTIVITY);
    }

    /** First gate failed for V2G (given an EV and whether the vehicle can discharge). */
    public Gate v2gGate(boolean hasEv, boolean v2gCapableVehicle) {
        return firstFailed(new boolean[] {hasEv, offStreetParking, capital, v2gCapableVehicle, smartMeter, digitalAccess, connectivity,
            !supply60A}, Gate.NO_EV, Gate.NO_OFF_STREET_PARKING, Gate.NO_CAPITAL, Gate.NO_V2G_VEHICLE, Gate.NO_SMART_METER,
                Gate.NO_DIGITAL_ACCESS, Gate.NO_CONNECTIVITY, Gate.SUPPLY_CAPACITY);
    }

    /** The gate of the first condition that does not hold, in order, or NONE. */
    private static Gate firstFailed(boolean[] holds, Gate... gates) {
        for (int i = 0; i < holds.length; i++) {
            if (!holds[i]) {
                return gates[i];
            }
        }
        return Gate.NONE;
    }
}
