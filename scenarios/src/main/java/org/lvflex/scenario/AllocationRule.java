package org.lvflex.scenario;

/**
 * How a run's network cost (reinforcement and the DNO's flexibility payments) is shared among
 * households: postage stamp versus cost-reflective pricing by volume, capacity, location and time of
 * use (000, "How to allocate network costs?"), and the first-mover rule of connections (002:L463).
 */
public enum AllocationRule {
    POSTAGE_STAMP_CUSTOMER("postage stamp per customer", "an equal share for every household"),
    POSTAGE_STAMP_KWH("postage stamp per kWh", "in proportion to metered import (today's DUoS recovery, 002:L314)"),
    CAPACITY("capacity", "in proportion to each household's largest half-hourly demand"),
    LOCATION("location (feeder)", "to each LV way in proportion to its demand in the transformer's peak half-hours, then per customer on the way"),
    TIME_OF_USE("time of use", "in proportion to import in the DUoS peak band"),
    FIRST_MOVER("first mover", "equally among EV households, whose new load triggers reinforcement (002:L463)");

    private final String label;
    private final String definition;

    AllocationRule(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    /** Column-friendly name, e.g. {@code postage_stamp_kwh}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
