package org.lvflex.experiments.equity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lvflex.agents.population.Gate;
import org.lvflex.experiments.metrics.HouseholdTotals;

/**
 * Outcomes by group (DOMAIN.md section 7), one row per group and measure: access to smart charging
 * and to V2G and the first gate that excludes households, curtailment burden and unmet energy, V2G
 * revenue, bill savings, network charge, equipment cost and net benefit. Energy and money are per
 * household per year (run totals scaled by 365 / days). Groups without households are left out.
 */
public final class EquityTable {
    /** The gates smart charging checks, in order (a household's smart gate is one of these). */
    public static final Gate[] SMART_GATES = {Gate.NONE, Gate.NO_EV, Gate.NO_OFF_STREET_PARKING, Gate.NO_SMART_METER,
        Gate.NO_DIGITAL_ACCESS, Gate.NO_CONNECTIVITY};

    private EquityTable() {}

    /** One measure of one group. */
    public record Row(GroupKind kind, String group, int households, String metric, double value, String unit) {}

    public static List<Row> rows(List<HouseholdAttributes> hh, HouseholdTotals t, HouseholdBenefit b, int days) {
        double perYear = 365.0 / days;
        double totalCurtailed = 0;
        for (int i = 0; i < hh.size(); i++) {
            totalCurtailed += t.curtailedKwh[i];
        }
        List<Row> out = new ArrayList<>();
        for (GroupKind kind : GroupKind.values()) {
            int[] g = kind.index(hh);
            List<String> names = kind.groups();
            for (int k = 0; k < names.size(); k++) {
                Acc a = new Acc();
                for (int i = 0; i < hh.size(); i++) {
                    if (g[i] == k) {
                        a.add(hh.get(i), t, b, i);
                    }
                }
                if (a.n == 0) {
                    continue;
                }
                String name = names.get(k);
                List<Row> rows = out;
                add(rows, kind, name, a.n, "ev_share", a.ev / a.n, "");
                add(rows, kind, name, a.n, "v2g_share", a.v2g / a.n, "");
                add(rows, kind, name, a.n, "smart_access_rate", a.smartAccess / a.n, "");
                add(rows, kind, name, a.n, "v2g_access_rate", a.v2gAccess / a.n, "");
                for (Gate gate : SMART_GATES) {
                    add(rows, kind, name, a.n, "smart_gate_share_" + gate.name().toLowerCase(Locale.ROOT), a.smartGate[gate.ordinal()] / a.n, "");
                }
                for (Gate gate : Gate.values()) {
                    add(rows, kind, name, a.n, "v2g_gate_share_" + gate.name().toLowerCase(Locale.ROOT), a.v2gGate[gate.ordinal()] / a.n, "");
                }
                add(rows, kind, name, a.n, "curtailed_kwh_per_household_year", a.curtailed * perYear / a.n, "kWh/yr");
                add(rows, kind, name, a.n, "curtailment_share", totalCurtailed > 0 ? a.curtailed / totalCurtailed : Double.NaN, "");
                add(rows, kind, name, a.n, "unmet_kwh_per_household_year", a.unmet * perYear / a.n, "kWh/yr");
                add(rows, kind, name, a.n, "v2g_revenue_gbp_per_v2g_household_year", a.v2g > 0 ? a.revenue / a.v2g : Double.NaN, "GBP/yr");
                add(rows, kind, name, a.n, "bill_savings_gbp_per_household_year", a.savings / a.n, "GBP/yr");
                add(rows, kind, name, a.n, "network_charge_gbp_per_household_year", a.network / a.n, "GBP/yr");
                add(rows, kind, name, a.n, "equipment_gbp_per_household_year", a.equipment / a.n, "GBP/yr");
                add(rows, kind, name, a.n, "net_benefit_gbp_per_household_year", a.net / a.n, "GBP/yr");
            }
        }
        return out;
    }

    private static void add(List<Row> rows, GroupKind kind, String group, int n, String metric, double value, String unit) {
        rows.add(new Row(kind, group, n, metric, value, unit));
    }

    /** Sums over the households of one group. */
    private static final class Acc {
        int n;
        double ev;
        double v2g;
        double smartAccess;
        double v2gAccess;
        final double[] smartGate = new double[Gate.values().length];
        final double[] v2gGate = new double[Gate.values().length];
        double curtailed;
        double unmet;
        double revenue;
        double savings;
        double network;
        double equipment;
        double net;

        void add(HouseholdAttributes h, HouseholdTotals t, HouseholdBenefit b, int i) {
            n++;
            ev += h.hasEv() ? 1 : 0;
            v2g += h.hasV2g() ? 1 : 0;
            smartAccess += h.smartAccess() ? 1 : 0;
            v2gAccess += h.v2gAccess() ? 1 : 0;
            smartGate[h.smartGate().ordinal()]++;
            v2gGate[h.v2gGate().ordinal()]++;
            curtailed += t.curtailedKwh[i];
            unmet += t.unmetKwh[i];
            revenue += b.v2gRevenue()[i];
            savings += b.billSavings()[i];
            network += b.networkCharge()[i];
            equipment += b.equipment()[i];
            net += b.net()[i];
        }
    }
}
