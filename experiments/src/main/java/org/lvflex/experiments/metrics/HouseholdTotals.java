package org.lvflex.experiments.metrics;

import org.lvflex.agents.Ledger;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.ev.Session;
import org.lvflex.agents.population.Household;
import org.lvflex.scenario.V2gSpec;

/**
 * Run totals per household, gathered once from the sessions, counters and ledger: the rows of
 * households.csv and the inputs of the equity analysis.
 */
public final class HouseholdTotals {
    public final double[] demandKwh;
    public final double[] evChargingKwh;
    public final double[] homeChargingKwh;
    public final double[] publicChargingKwh;
    public final double[] v2gExportKwh;
    public final double[] curtailedKwh;
    public final double[] unmetKwh;
    public final double[] curtailmentEvents;
    public final double[] pluggedHours;
    public final double[] sessions;
    public final double[] degradationGbp;
    public final double[] v2gRevenueGbp;
    public final double[] billEnergyGbp;
    public final double[] billStandingGbp;
    public final double[] billNetworkGbp;
    /** Everything else a household paid (penalties, premiums, capacity rights, P2P purchases). */
    public final double[] otherPaidGbp;
    /** Everything else a household received (compensation, incentives). */
    public final double[] otherReceivedGbp;

    private HouseholdTotals(int n) {
        demandKwh = new double[n];
        evChargingKwh = new double[n];
        homeChargingKwh = new double[n];
        publicChargingKwh = new double[n];
        v2gExportKwh = new double[n];
        curtailedKwh = new double[n];
        unmetKwh = new double[n];
        curtailmentEvents = new double[n];
        pluggedHours = new double[n];
        sessions = new double[n];
        degradationGbp = new double[n];
        v2gRevenueGbp = new double[n];
        billEnergyGbp = new double[n];
        billStandingGbp = new double[n];
        billNetworkGbp = new double[n];
        otherPaidGbp = new double[n];
        otherReceivedGbp = new double[n];
    }

    /** All-zero totals for {@code n} households (to fill from another source, e.g. in tests). */
    public static HouseholdTotals zeros(int n) {
        return new HouseholdTotals(n);
    }

    /** What a household paid over the run, net of compensation and incentives it received (GBP). */
    public double billGbp(int i) {
        return billEnergyGbp[i] + billStandingGbp[i] + billNetworkGbp[i] + otherPaidGbp[i] - otherReceivedGbp[i];
    }

    public int households() {
        return demandKwh.length;
    }

    /**
     * A household's gross V2G revenue (DOMAIN.md section 8): the export, flexibility (utilisation and
     * availability) and peer-to-peer payments it received, GBP. Net revenue is this less degradation.
     */
    public static double v2gGrossGbp(Ledger l, int household) {
        return l.received(household, Ledger.Flow.EXPORT) + l.received(household, Ledger.Flow.FLEX_UTILISATION)
                + l.received(household, Ledger.Flow.FLEX_AVAILABILITY) + l.received(household, Ledger.Flow.P2P);
    }

    /** Battery degradation per kWh exported, GBP/kWh: the cost per kWh discharged over the discharge efficiency. */
    public static double degradationGbpPerExportKwh(V2gSpec v2g) {
        return v2g.degradationGbpPerKwh() / v2g.dischargeEfficiency();
    }

    public static HouseholdTotals of(LvFlexModel m) {
        int n = m.households().size();
        HouseholdTotals t = new HouseholdTotals(n);
        double deg = degradationGbpPerExportKwh(m.scenario().v2g());
        for (Session s : m.sessions().all()) {
            int h = s.householdId;
            t.sessions[h]++;
            t.evChargingKwh[h] += s.chargedKwh;
            if (s.home) {
                t.homeChargingKwh[h] += s.chargedKwh;
                t.pluggedHours[h] += s.pluggedHours();
            } else {
                t.publicChargingKwh[h] += s.chargedKwh;
            }
            t.v2gExportKwh[h] += s.dischargedKwh;
            t.degradationGbp[h] += s.dischargedKwh * deg;
            t.unmetKwh[h] += s.unmetKwh;
        }
        Ledger l = m.ledger();
        var c = m.columns();
        for (Household hh : m.households()) {
            int i = hh.getId();
            t.demandKwh[i] = m.counters().get(c.baseKwh, i);
            t.curtailedKwh[i] = m.counters().get(c.curtailedKwh, i);
            t.curtailmentEvents[i] = m.counters().get(c.curtailmentEvents, i);
            t.billEnergyGbp[i] = l.paid(i, Ledger.Flow.ENERGY);
            t.billStandingGbp[i] = l.paid(i, Ledger.Flow.STANDING);
            t.billNetworkGbp[i] = l.paid(i, Ledger.Flow.NETWORK);
            t.v2gRevenueGbp[i] = hh.getHasV2g() ? v2gGrossGbp(l, i) - t.degradationGbp[i] : 0;
            for (Ledger.Flow f : Ledger.Flow.values()) {
                if (f != Ledger.Flow.ENERGY && f != Ledger.Flow.STANDING && f != Ledger.Flow.NETWORK) {
                    t.otherPaidGbp[i] += l.paid(i, f);
                }
                if (f == Ledger.Flow.COMPENSATION || f == Ledger.Flow.INCENTIVE) {
                    t.otherReceivedGbp[i] += l.received(i, f);
                }
            }
        }
        return t;
    }
}
