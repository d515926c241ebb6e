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
        if (!hasEv) {
            return Gate.NO_EV;
        }
        if (!offStreetParking) {
            return Gate.NO_OFF_STREET_PARKING;
        }
        if (!smartMeter) {
            return Gate.NO_SMART_METER;
        }
        if (!digitalAccess) {
            return Gate.NO_DIGITAL_ACCESS;
        }
        if (!connectivity) {
            return Gate.NO_CONNECTIVITY;
        }
        return Gate.NONE;
    }

    /** First gate failed for V2G (given an EV and whether the vehicle can discharge). */
    public Gate v2gGate(boolean hasEv, boolean v2gCapableVehicle) {
        if (!hasEv) {
            return Gate.NO_EV;
        }
        if (!offStreetParking) {
            return Gate.NO_OFF_STREET_PARKING;
        }
        if (!capital) {
            return Gate.NO_CAPITAL;
        }
        if (!v2gCapableVehicle) {
            return Gate.NO_V2G_VEHICLE;
        }
        if (!smartMeter) {
            return Gate.NO_SMART_METER;
        }
        if (!digitalAccess) {
            return Gate.NO_DIGITAL_ACCESS;
        }
        if (!connectivity) {
            return Gate.NO_CONNECTIVITY;
        }
        if (supply60A) {
            return Gate.SUPPLY_CAPACITY;
        }
        return Gate.NONE;
    }
}
