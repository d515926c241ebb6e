package org.lvflex.experiments.run;

import java.io.IOException;
import java.io.Writer;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.ev.Session;
import org.lvflex.agents.population.Capability;
import org.lvflex.agents.population.Household;
import org.lvflex.core.Fmt;
import org.lvflex.core.TimeSeriesRecorder;
import org.lvflex.experiments.metrics.HouseholdTotals;
import org.lvflex.scenario.AllocationRule;

/**
 * The research tables (docs/data.md): sessions.csv, one row per plug-in session, and
 * households.csv, one row per household; both carry model and replication so that every model of
 * a comparison goes into one tidy file.
 */
public final class Tables {
    public static final String SESSIONS_HEADER = "model,replication,household_id,ev_id,location,charger_kw,plug_in_time,"
            + "plug_out_time,plugged_in_h,charging_h,energy_charged_kwh,energy_discharged_kwh,start_soc,end_soc,target_soc,"
            + "curtailed_kwh,unmet_kwh,override,truncated,off_feeder";

    public static final String HOUSEHOLDS_HEADER = "model,replication,household_id,feeder_id,bus,phase,tenure,imd_decile,"
            + "off_street_parking,capital,smart_meter,digital_access,connectivity,home_based,supply_60a,vulnerable,"
            + "has_ev,has_v2g,smart_charging_gate,v2g_gate,tariff,demand_kwh,ev_charging_kwh,home_charging_kwh,"
            + "public_charging_kwh,v2g_export_kwh,curtailed_kwh,unmet_kwh,curtailment_events,plugged_in_h,"
            + "bill_energy_gbp,bill_standing_gbp,bill_network_gbp,other_paid_gbp,other_received_gbp,v2g_revenue_gbp"
            + allocationColumns();

    /** One column per cost-allocation rule: the household's share of the run's network cost, GBP. */
    static String allocationColumns() {
        StringBuilder sb = new StringBuilder();
        for (AllocationRule r : AllocationRule.values()) {
            sb.append(",allocated_network_cost_").append(r.key()).append("_gbp");
        }
        return sb.toString();
    }

    private Tables() {}

    /** Appends one row per session of {@code m}. */
    public static void sessions(Writer w, LvFlexModel m, int replication) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        String model = m.modelType().name();
        for (Session s : m.sessions().all()) {
            sb.setLength(0);
            sb.append(model).append(',').append(replication).append(',').append(s.householdId).append(',').append(s.evId)
                    .append(',').append(s.home ? "home" : "public").append(',');
            Fmt.fixed(sb, s.chargerKw, 1).append(',');
            sb.append(TimeSeriesRecorder.ISO_MINUTE.format(m.clock().dateTime(s.plugIn))).append(',');
            sb.append(TimeSeriesRecorder.ISO_MINUTE.format(m.clock().dateTime(s.plugOut))).append(',');
            Fmt.fixed(sb, s.pluggedHours(), 3).append(',');
            Fmt.fixed(sb, s.chargingMinutes / 60.0, 3).append(',');
            Fmt.fixed(sb, s.chargedKwh, 4).append(',');
            Fmt.fixed(sb, s.dischargedKwh, 4).append(',');
            Fmt.fixed(sb, s.startSoc, 4).append(',');
            Fmt.fixed(sb, s.endSoc, 4).append(',');
            Fmt.fixed(sb, s.targetSoc, 3).append(',');
            Fmt.fixed(sb, s.curtailedKwh, 4).append(',');
            Fmt.fixed(sb, s.unmetKwh, 4).append(',');
            sb.append(s.override).append(',').append(s.truncated()).append(',').append(s.offFeeder).append('\n');
            w.append(sb);
        }
    }

    /** Appends one row per household of {@code m}, without cost allocation (those columns left empty). */
    public static void households(Writer w, LvFlexModel m, int replication, HouseholdTotals t) throws IOException {
        households(w, m, replication, t, null);
    }

    /**
     * Appends one row per household of {@code m}; {@code allocatedGbp[rule.ordinal()][household]} is the
     * household's share of the run's network cost under each rule (null: columns left empty).
     */
    public static void households(Writer w, LvFlexModel m, int replication, HouseholdTotals t, double[][] allocatedGbp)
            throws IOException {
        StringBuilder sb = new StringBuilder(512);
        String model = m.modelType().name();
        for (Household h : m.households()) {
            Capability c = h.capability();
            int i = h.getId();
            sb.setLength(0);
            sb.append(model).append(',').append(replication).append(',').append(i).append(',').append(h.getFeeder()).append(',')
                    .append(Fmt.csvField(m.grid().connectionBus(h.connection()))).append(',').append("ABC".charAt(h.getPhase())).append(',')
                    .append(c.tenure().name().toLowerCase()).append(',').append(c.imdDecile()).append(',')
                    .append(c.offStreetParking()).append(',').append(c.capital()).append(',').append(c.smartMeter()).append(',')
                    .append(c.digitalAccess()).append(',').append(c.connectivity()).append(',').append(c.homeBased()).append(',')
                    .append(c.supply60A()).append(',').append(c.vulnerable()).append(',')
                    .append(h.getHasEv()).append(',').append(h.getHasV2g()).append(',')
                    .append(h.getSmartGate().name().toLowerCase()).append(',').append(h.getV2gGate().name().toLowerCase()).append(',')
                    .append(h.getTariff().name().toLowerCase()).append(',');
            double[] v = {t.demandKwh[i], t.evChargingKwh[i], t.homeChargingKwh[i], t.publicChargingKwh[i], t.v2gExportKwh[i],
                t.curtailedKwh[i], t.unmetKwh[i], t.curtailmentEvents[i], t.pluggedHours[i], t.billEnergyGbp[i],
                t.billStandingGbp[i], t.billNetworkGbp[i], t.otherPaidGbp[i], t.otherReceivedGbp[i], t.v2gRevenueGbp[i]};
            for (int k = 0; k < v.length; k++) {
                Fmt.fixed(sb, v[k], k == 7 ? 0 : 4);
                sb.append(k == v.length - 1 ? "" : ",");
            }
            for (AllocationRule r : AllocationRule.values()) {
                sb.append(',');
                if (allocatedGbp != null) {
                    Fmt.fixed(sb, allocatedGbp[r.ordinal()][i], 4);
                }
            }
            sb.append('\n');
            w.append(sb);
        }
    }
}
