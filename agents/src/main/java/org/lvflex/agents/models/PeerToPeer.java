package org.lvflex.agents.models;

import java.util.List;
import org.lvflex.agents.Ledger;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.population.Household;
import org.lvflex.agents.tariff.Metering;
import org.lvflex.agents.tariff.TariffKind;
import org.lvflex.core.SettlementPeriod;
import org.lvflex.scenario.C3Spec;

/**
 * C3 Peer-to-peer (001:L1586-1591): each settlement period a local market per feeder matches what
 * neighbours export (V2G) with what they import. The matched volume is min(exports, imports),
 * shared pro rata; it trades at the local price, set between the export price and the dynamic
 * import price by {@code localPricePosition}; the rest goes to and from the supplier. Network
 * capacity is charged by C1 or C2 (installed beside it); network charges apply to local imports too.
 */
final class PeerToPeer implements Metering.LocalMarket {
    private final LvFlexModel m;
    private final C3Spec spec;
    private final int marketParty;
    private final List<Household> households;

    PeerToPeer(LvFlexModel m, Fleets fleets) {
        this.m = m;
        this.spec = m.scenario().model().c3();
        this.marketParty = m.ledger().addParty("local-market");
        this.households = m.households();
        m.metering().setLocalMarket(this);
        // V2G optimisers expect to sell locally
        fleets.inputs().setExportPrice((ev, period) -> localPrice(period));
    }

    /** Local price of a period, GBP/kWh. */
    double localPrice(int period) {
        double exp = m.supplier().exportPrice(period);
        double imp = m.supplier().importPrice(TariffKind.DYNAMIC, period, m.clock().minuteOfDay(SettlementPeriod.start(period)));
        return exp + spec.localPricePosition() * Math.max(0, imp - exp);
    }

    @Override
    public void clear(int period, double[] importKwh, double[] exportKwh) {
        int feeders = Math.max(1, m.grid().feederCount());
        double price = localPrice(period);
        for (int f = 0; f < feeders; f++) {
            double supply = 0;
            double demand = 0;
            for (Household h : households) {
                if (h.getFeeder() == f) {
                    supply += exportKwh[h.getId()];
                    demand += importKwh[h.getId()];
                }
            }
            double volume = Math.min(supply, demand);
            if (volume <= 0) {
                continue;
            }
            for (Household h : households) {
                if (h.getFeeder() != f) {
                    continue;
                }
                int i = h.getId();
                double sold = exportKwh[i] * volume / supply;
                double bought = importKwh[i] * volume / demand;
                if (sold > 0) {
                    m.ledger().pay(marketParty, i, Ledger.Flow.P2P, sold * price);
                    exportKwh[i] -= sold;
                }
                if (bought > 0) {
                    m.ledger().pay(i, marketParty, Ledger.Flow.P2P, bought * price);
                    importKwh[i] -= bought;
                }
            }
            m.stats().p2pVolumeKwh += volume;
            m.stats().p2pValueGbp += volume * price;
        }
    }
}
