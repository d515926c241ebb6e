package org.lvflex.agents.cpo;

/** One connector at a public site: its rating and the car on it, if any. */
final class Charger {
    final double kw;
    final boolean dc;
    SiteVehicle occupant;

    Charger(double kw, boolean dc) {
        this.kw = kw;
        this.dc = dc;
    }

    boolean free() {
        return occupant == null;
    }
}
