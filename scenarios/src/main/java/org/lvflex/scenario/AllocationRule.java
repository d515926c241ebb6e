package org.lvflex.scenario;

/**
 * How a run's network cost (reinforcement and the DNO's flexibility payments) is shared among
 * households: postage stamp versus cost-reflective pricing by volume, capacity, location and time of
 * use (000, "How to allocate network costs?"), and the first-mover rule of connections (002:L463).
 */
public enum AllocationRule {
    /** An equal share for every household. */
    POSTAGE_STAMP_CUSTOMER("postage stamp per customer"),
    /** In proportion to metered import (today's DUoS recovery, 002:L314). */
    POSTAGE_STAMP_KWH("postage stamp per kWh"),
    /** In proportion to each household's largest half-hourly demand. */
    CAPACITY("capacity"),
    /** To each LV way in proportion to its demand in the transformer's peak half-hours, then per customer on the way. */
    LOCATION("location (feeder)"),
    /** In proportion to import in the DUoS peak band. */
    TIME_OF_USE("time of use"),
    /** Equally among EV households, whose new load triggers reinforcement (002:L463). */
    FIRST_MOVER("first mover");

    private final String label;

    AllocationRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Column-friendly name, e.g. {@code postage_stamp_kwh}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
