package org.lvflex.scenario;

/** The smart-charging arrangements lvflex compares (001:L1402-1591; DOMAIN.md section 5). */
public enum ModelType {
    UNMANAGED("Unmanaged", "charge at full power on plug-in"),
    STATIC_TOU("Static ToU", "timer at the off-peak start, optional randomised delay"),
    D1("D1 DNO Limiter", "DNO switches chargers off in rotation on breach"),
    D2("D2 DNO Gateway", "DNO device caps each connection; aggregators optimise within it"),
    A1("A1 3rd-Party Gateway", "aggregators optimise; DNO load-management signals via them"),
    A2("A2 Capacity Allocation", "day-ahead auction of firm capacity rights; breaches penalised"),
    A3("A3 Flexibility Procurement", "DNO buys turn-down in availability windows"),
    C1("C1 Rising Block", "core capacity allowance, premium above it"),
    C2("C2 Dynamic DUoS", "network price per period from feeder loading"),
    C3("C3 Peer-to-peer", "local market for V2G energy; capacity via C1 or C2 charges");

    private final String label;
    private final String mechanism;

    ModelType(String label, String mechanism) {
        this.label = label;
        this.mechanism = mechanism;
    }

    public String label() {
        return label;
    }

    public String mechanism() {
        return mechanism;
    }
}
