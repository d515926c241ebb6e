package org.lvflex.agents.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The clearing rule of the A2 capacity auction for one phase and half-hour: bids are accepted from
 * the highest limit price down (ties by bidder id) until the capacity is used, the marginal bid in
 * part; every accepted bidder pays one uniform price: the limit price of the first bid not fully
 * accepted, or the reserve price when capacity is not scarce.
 */
final class UniformPriceAuction {
    private UniformPriceAuction() {}

    /** A bid: who, how much (kW), up to what price (GBP/kWh). */
    record Bid(int bidder, double kw, double price) {}

    /** The outcome: the price and each bid's accepted quantity, in the order of the bids given. */
    record Result(double price, double[] accepted) {}

    static Result clear(List<Bid> bids, double capacityKw, double reserve) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < bids.size(); i++) {
            if (bids.get(i).price() >= reserve) {
                order.add(i);
            }
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -bids.get(i).price()).thenComparingInt(i -> bids.get(i).bidder()));
        double[] accepted = new double[bids.size()];
        double left = Math.max(0, capacityKw);
        double price = reserve;
        boolean scarce = false;
        for (int i : order) {
            Bid b = bids.get(i);
            double got = Math.min(b.kw(), left);
            accepted[i] = got;
            left -= got;
            if (!scarce && got < b.kw() - 1e-12) {
                scarce = true;
                price = Math.max(reserve, b.price());
            }
        }
        return new Result(price, accepted);
    }
}
