package org.lvflex.agents.population;

/**
 * The capability gates of DOMAIN.md section 7 (002 section 3), in the order they are checked. The
 * first gate a household fails is what excludes it from smart charging or from V2G.
 */
public enum Gate {
    /** Passed every gate. */
    NONE,
    NO_EV,
    NO_OFF_STREET_PARKING,
    NO_CAPITAL,
    NO_V2G_VEHICLE,
    NO_SMART_METER,
    NO_DIGITAL_ACCESS,
    NO_CONNECTIVITY,
    SUPPLY_CAPACITY,
    /** Eligible but did not take it up (V2G share below 1). */
    NOT_CHOSEN
}
