package org.lvflex.agents.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lvflex.agents.Ledger;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.TestScenarios;
import org.lvflex.agents.population.Household;
import org.lvflex.agents.grid.GridFactory;
import org.lvflex.scenario.Scenario;

/** Each market mechanism does its job on a small hand-checkable case. */
class MarketMechanismsTest {

    @Test
    void auctionClearsAtTheFirstRejectedBidAndAllocatesFromTheTop() {
        List<UniformPriceAuction.Bid> bids = List.of(
                new UniformPriceAuction.Bid(1, 4, 0.10),
                new UniformPriceAuction.Bid(2, 3, 0.30),
                new UniformPriceAuction.Bid(3, 5, 0.20),
                new UniformPriceAuction.Bid(4, 2, 0.005));
        UniformPriceAuction.Result r = UniformPriceAuction.clear(bids, 10, 0.01);
        // 0.30 gets 3, 0.20 gets 5, 0.10 gets the last 2 of its 4: it is the first not fully accepted
        assertArrayEquals(new double[] {2, 3, 5, 0}, r.accepted(), 1e-12);
        assertEquals(0.10, r.price(), 1e-12);
        UniformPriceAuction.Result plenty = UniformPriceAuction.clear(bids, 100, 0.01);
        assertEquals(0.01, plenty.price(), 1e-12, "not scarce: the reserve price");
        assertArrayEquals(new double[] {4, 3, 5, 0}, plenty.accepted(), 1e-12, "bids below the reserve are not accepted");
    }

    private static LvFlexModel model(String type) {
        Scenario s = TestScenarios.of("{\"name\":\"m\",\"network\":{\"source\":\"ieee-eu-lv\",\"solver\":\"COPPER_PLATE\"},"
                + "\"run\":{\"days\":1,\"warmupDays\":0},\"model\":{\"type\":\"" + type + "\"}}");
        return new LvFlexModel(s, GridFactory.build(s));
    }

    @Test
    void risingBlockPremiumIsChargedOnlyAboveTheAllowance() {
        LvFlexModel m = model("C1");
        RisingBlock rb = new RisingBlock(m, null);
        Household h = m.households().get(0);
        double allowance = m.scenario().model().c1().coreAllowanceKw();
        rb.metered(h, allowance - 0.5, 0, 0, 0.5);
        assertEquals(0, m.ledger().paid(h.getId(), Ledger.Flow.PREMIUM), 1e-12, "below the allowance: no premium");
        rb.metered(h, allowance + 2, 2, 0, 0.5);
        assertEquals(2 * 0.5 * m.scenario().model().c1().premiumGbpPerKwh(), m.ledger().paid(h.getId(), Ledger.Flow.PREMIUM), 1e-12,
                "1 kWh above the allowance at the premium");
    }

    @Test
    void dynamicDuosPriceRisesWithLoading() {
        LvFlexModel m = model("C2");
        Fleets.install(m);
        DynamicDuos d = new DynamicDuos(m);
        var spec = m.scenario().model().c2();
        assertEquals(spec.baseGbpPerKwh(), d.priceAt(spec.thresholdPct() - 10), 1e-12, "flat below the threshold");
        double prev = d.priceAt(spec.thresholdPct());
        for (double load = spec.thresholdPct() + 5; load <= 200; load += 5) {
            double p = d.priceAt(load);
            assertTrue(p >= prev, "never falls as loading rises");
            prev = p;
        }
        assertEquals(spec.baseGbpPerKwh() + 20 * spec.slopeGbpPerKwhPerPct(), d.priceAt(spec.thresholdPct() + 20), 1e-12);
        assertEquals(spec.capGbpPerKwh(), d.priceAt(1000), 1e-12, "capped");
    }

    @Test
    void peerToPeerTradesClearAndBalance() {
        LvFlexModel m = model("C3");
        PeerToPeer p2p = new PeerToPeer(m, Fleets.install(m));
        int n = m.households().size();
        double[] imp = new double[n];
        double[] exp = new double[n];
        exp[0] = 3;    // one seller with 3 kWh
        imp[1] = 1;    // buyers wanting 1 + 1 + 2 = 4 kWh, all on the IEEE feeder's one LV way
        imp[2] = 1;
        imp[3] = 2;
        double price = p2p.localPrice(10);
        p2p.clear(10, imp, exp);
        assertEquals(0, exp[0], 1e-12, "all 3 kWh sold locally");
        assertEquals(1 - 0.75, imp[1], 1e-12, "buyers get 3/4 of their import locally");
        assertEquals(2 - 1.5, imp[3], 1e-12);
        Ledger l = m.ledger();
        assertEquals(3 * price, l.received(0, Ledger.Flow.P2P), 1e-12, "the seller is paid the local price");
        assertEquals(l.householdsPaid(Ledger.Flow.P2P), l.householdsReceived(Ledger.Flow.P2P), 1e-12, "buyers pay what the seller gets");
        double exportPrice = m.supplier().exportPrice(10);
        assertTrue(price >= exportPrice, "selling locally pays at least the export price");
    }
}
