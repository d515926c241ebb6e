package org.lvflex.agents.population;

import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.tariff.TariffKind;

/**
 * One household: where it connects, its capability vector, its demand scale, its EV (if any) and
 * its tariff. Mutable fields are MASON-style inspectable state; identity fields are final.
 */
public final class Household {
    private final int id;
    private final int connection;
    private final int feeder;
    private final int phase;
    private final Capability capability;
    private final double baseScale;
    private Ev ev;
    private TariffKind tariff = TariffKind.FLAT;
    private Gate smartGate = Gate.NO_EV;
    private Gate v2gGate = Gate.NO_EV;

    public Household(int id, int connection, int feeder, int phase, Capability capability, double baseScale) {
        this.id = id;
        this.connection = connection;
        this.feeder = feeder;
        this.phase = phase;
        this.capability = capability;
        this.baseScale = baseScale;
    }

    public int getId() {
        return id;
    }

    public int connection() {
        return connection;
    }

    public int getFeeder() {
        return feeder;
    }

    /** 0, 1, 2 = A, B, C. */
    public int getPhase() {
        return phase;
    }

    public Capability capability() {
        return capability;
    }

    public double getBaseScale() {
        return baseScale;
    }

    public Ev ev() {
        return ev;
    }

    public boolean getHasEv() {
        return ev != null;
    }

    public boolean getHasV2g() {
        return ev != null && ev.v2g();
    }

    public void attachEv(Ev e) {
        this.ev = e;
    }

    public TariffKind getTariff() {
        return tariff;
    }

    public void setTariff(TariffKind t) {
        this.tariff = t;
    }

    public Gate getSmartGate() {
        return smartGate;
    }

    public Gate getV2gGate() {
        return v2gGate;
    }

    public void setGates(Gate smart, Gate v2g) {
        this.smartGate = smart;
        this.v2gGate = v2g;
    }

    /** Can take part in app-controlled smart charging at home. */
    public boolean smartCapable() {
        return smartGate == Gate.NONE;
    }

    public int getImdDecile() {
        return capability.imdDecile();
    }

    public String getTenure() {
        return capability.tenure().name();
    }
}
