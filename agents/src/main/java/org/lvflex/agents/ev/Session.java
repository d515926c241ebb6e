package org.lvflex.agents.ev;

/**
 * One plug-in session, home or public: what the driver wanted and what the car got. Energy figures
 * are grid-side kWh (what the meter sees); SoC figures are fractions of the battery.
 */
public final class Session {
    public final int evId;
    public final int householdId;
    public final boolean home;
    public final double chargerKw;
    public final double plugIn;
    public final double startSoc;
    public final double targetSoc;
    public final boolean truncatedStart;
    public double plugOut = Double.NaN;
    public double endSoc = Double.NaN;
    public double chargedKwh;
    public double dischargedKwh;
    public double chargingMinutes;
    public double curtailedKwh;
    public double unmetKwh;
    public boolean override;
    public boolean truncatedEnd;
    /** A public session served off this feeder (no CPO site modelled for it). */
    public boolean offFeeder;

    public Session(int evId, int householdId, boolean home, double chargerKw, double plugIn, double startSoc,
            double targetSoc, boolean truncatedStart) {
        this.evId = evId;
        this.householdId = householdId;
        this.home = home;
        this.chargerKw = chargerKw;
        this.plugIn = plugIn;
        this.startSoc = startSoc;
        this.targetSoc = targetSoc;
        this.truncatedStart = truncatedStart;
    }

    public boolean truncated() {
        return truncatedStart || truncatedEnd;
    }

    public double pluggedHours() {
        return (plugOut - plugIn) / 60.0;
    }
}
