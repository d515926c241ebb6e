package org.lvflex.agents.ev;

import org.lvflex.agents.population.Household;

/**
 * An electric vehicle and its driver's charging state. Energy in the battery is tracked in kWh;
 * the charger's setpoint for the current step is grid-side kW (positive charging, negative V2G
 * export). Getters are MASON inspector properties.
 */
public final class Ev {
    private final int id;
    private final Household household;
    private final double batteryKwh;
    private final double homeChargerKw;
    private final boolean v2g;
    private final double exportKw;
    private final double socThreshold;
    private final double carScale;
    private final boolean alwaysPlugIn;

    private double energyKwh;
    private boolean home = true;
    private Session session;
    /** Schedule time of the next departure (minutes), or +inf when none is known. */
    private double nextDeparture = Double.POSITIVE_INFINITY;
    private double setpointKw;
    private double referenceKw;
    private boolean curtailed;
    private boolean underSignal;
    private long odometerKm;

    public Ev(int id, Household household, double batteryKwh, double homeChargerKw, boolean v2g, double exportKw,
            double socThreshold, double carScale, boolean alwaysPlugIn, double initialSoc) {
        this.id = id;
        this.household = household;
        this.batteryKwh = batteryKwh;
        this.homeChargerKw = homeChargerKw;
        this.v2g = v2g;
        this.exportKw = v2g ? exportKw : 0;
        this.socThreshold = socThreshold;
        this.carScale = carScale;
        this.alwaysPlugIn = alwaysPlugIn;
        this.energyKwh = initialSoc * batteryKwh;
    }

    public int getId() {
        return id;
    }

    public Household household() {
        return household;
    }

    public double getBatteryKwh() {
        return batteryKwh;
    }

    public double getHomeChargerKw() {
        return homeChargerKw;
    }

    public boolean v2g() {
        return v2g;
    }

    public boolean getV2g() {
        return v2g;
    }

    public double getExportKw() {
        return exportKw;
    }

    public double socThreshold() {
        return socThreshold;
    }

    public double carScale() {
        return carScale;
    }

    public boolean alwaysPlugIn() {
        return alwaysPlugIn;
    }

    /** State of charge, 0..1. */
    public double getSoc() {
        return energyKwh / batteryKwh;
    }

    public double energyKwh() {
        return energyKwh;
    }

    /** Moves battery energy by {@code kwh} (negative to discharge); callers keep it within [0, capacity]. */
    public void addEnergy(double kwh) {
        energyKwh += kwh;
        if (energyKwh < 0) {
            energyKwh = 0;
        } else if (energyKwh > batteryKwh) {
            energyKwh = batteryKwh;
        }
    }

    public boolean getHome() {
        return home;
    }

    public void setHome(boolean h) {
        this.home = h;
    }

    public boolean getPlugged() {
        return session != null;
    }

    /** Plugged in at its home charger (not at a public site). */
    public boolean pluggedAtHome() {
        return session != null && session.home;
    }

    public Session session() {
        return session;
    }

    public void plugIn(Session s) {
        this.session = s;
    }

    /** Replaces the open session (when reporting starts, the warm-up part is cut off). */
    public void replaceSession(Session s) {
        this.session = s;
    }

    /** Ends the session (returns it) and unplugs. */
    public Session unplug() {
        Session s = session;
        session = null;
        setpointKw = 0;
        referenceKw = 0;
        curtailed = false;
        underSignal = false;
        return s;
    }

    public double nextDeparture() {
        return nextDeparture;
    }

    public void setNextDeparture(double t) {
        this.nextDeparture = t;
    }

    public double getSetpointKw() {
        return setpointKw;
    }

    /**
     * This step's power: {@code reference} is what the charger would have drawn without outside
     * limits, {@code actual} what it drew; {@code curtailedNow} when an outside limit took some away.
     */
    public void setSetpoint(double reference, double actual, boolean curtailedNow) {
        this.referenceKw = reference;
        this.setpointKw = actual;
        this.curtailed = curtailedNow;
    }

    /** What the charger would have drawn this step without outside limits, kW. */
    public double getReferenceKw() {
        return referenceKw;
    }

    public boolean getCurtailed() {
        return curtailed;
    }

    /** True while an external limit (DNO signal or device, CPO scheme) is below the charger's rating. */
    public boolean getUnderSignal() {
        return underSignal;
    }

    public void setUnderSignal(boolean b) {
        this.underSignal = b;
    }

    public void addKm(double km) {
        odometerKm += Math.round(km);
    }

    public long getOdometerKm() {
        return odometerKm;
    }
}
