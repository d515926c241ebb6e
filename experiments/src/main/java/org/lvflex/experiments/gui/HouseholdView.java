package org.lvflex.experiments.gui;

import org.lvflex.agents.HouseholdState;
import org.lvflex.agents.Ledger;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.ev.Session;
import org.lvflex.agents.population.Household;
import org.lvflex.experiments.metrics.HouseholdTotals;

/**
 * A household as the feeder view draws it and MASON's inspector shows it (click a house): what it
 * draws now, its EV, tariff, bill, curtailment and V2G earnings so far. Read-only bean over the live
 * model; money and energy count from the end of the warm-up, like the run's outputs.
 */
public final class HouseholdView {
    private final LvFlexModel m;
    private final Household h;

    public HouseholdView(LvFlexModel m, Household h) {
        this.m = m;
        this.h = h;
    }

    Household household() {
        return h;
    }

    HouseholdState state() {
        return m.householdState(h);
    }

    /** Battery state of charge 0..1, NaN without an EV. */
    double soc() {
        return h.ev() == null ? Double.NaN : h.ev().getSoc();
    }

    public String getName() {
        return "household " + h.getId() + " (" + m.grid().connectionName(h.connection())
                + (m.grid().connectionBus(h.connection()).isEmpty() ? "" : ", bus " + m.grid().connectionBus(h.connection())) + ")";
    }

    public String getState() {
        return state().name() + ": " + Palette.label(state());
    }

    public String getPhase() {
        return h.getPhase() < 3 ? String.valueOf("ABC".charAt(h.getPhase())) : "three-phase";
    }

    /** LV way (transformer outgoing feeder), numbered from 1. */
    public int getFeeder() {
        return h.getFeeder() + 1;
    }

    public double getDemandKw() {
        return m.physicalSteps() == 0 ? 0 : m.baseKw(h) + evKw();
    }

    public double getBaseDemandKw() {
        return m.physicalSteps() == 0 ? 0 : m.baseKw(h);
    }

    /** Grid-side charger power now: positive charging, negative V2G export. */
    public double getEvChargingKw() {
        return evKw();
    }

    private double evKw() {
        Ev ev = h.ev();
        return ev != null && ev.pluggedAtHome() ? ev.getSetpointKw() : 0;
    }

    /** What the charger's controller wanted this step before any external limit, kW. */
    public double getEvWantedKw() {
        Ev ev = h.ev();
        return ev != null && ev.getPlugged() ? ev.getReferenceKw() : 0;
    }

    public double getEvSocPct() {
        return 100 * soc();
    }

    public double getBatteryKwh() {
        return h.ev() == null ? Double.NaN : h.ev().getBatteryKwh();
    }

    public double getChargerKw() {
        return h.ev() == null ? Double.NaN : h.ev().getHomeChargerKw();
    }

    public boolean getV2g() {
        return h.getHasV2g();
    }

    public String getNextDeparture() {
        Ev ev = h.ev();
        if (ev == null || !ev.getHome() || !Double.isFinite(ev.nextDeparture())) {
            return "-";
        }
        return m.clock().dateTime(ev.nextDeparture()).toString().replace('T', ' ');
    }

    public String getTariff() {
        return h.getTariff().name();
    }

    /** Energy, standing and network charges paid so far, GBP. */
    public double getBillGbp() {
        Ledger l = m.ledger();
        int i = h.getId();
        return l.paid(i, Ledger.Flow.ENERGY) + l.paid(i, Ledger.Flow.STANDING) + l.paid(i, Ledger.Flow.NETWORK);
    }

    public double getCurtailedKwh() {
        return m.counters().get(m.columns().curtailedKwh, h.getId());
    }

    public double getCurtailmentEvents() {
        return m.counters().get(m.columns().curtailmentEvents, h.getId());
    }

    /** Export, flexibility and peer-to-peer payments received so far (before battery wear), GBP. */
    public double getV2gEarningsGbp() {
        return HouseholdTotals.v2gGrossGbp(m.ledger(), h.getId());
    }

    /** Hours its EV has been plugged in at home since the warm-up, the open session included (V2G earns only then). */
    public double getPluggedInHours() {
        double h = 0;
        for (Session s : m.sessions().all()) {
            if (s.householdId == this.h.getId() && s.home) {
                h += s.pluggedHours();
            }
        }
        Ev ev = this.h.ev();
        if (ev != null && ev.pluggedAtHome() && m.reporting()) {
            h += (m.now() - ev.session().plugIn) / 60.0;
        }
        return h;
    }

    public double getVoltageV() {
        return m.physicalSteps() == 0 ? Double.NaN : m.grid().connectionVoltageV(h.connection());
    }

    public int getImdDecile() {
        return h.getImdDecile();
    }

    public String getTenure() {
        return h.getTenure();
    }

    public String getSmartChargingGate() {
        return h.getSmartGate().name();
    }

    public String getV2gGate() {
        return h.getV2gGate().name();
    }

    @Override
    public String toString() {
        return getName();
    }
}
