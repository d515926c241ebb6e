package org.lvflex.agents.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lvflex.agents.Ledger;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.aggregator.Aggregator;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.population.Household;
import org.lvflex.core.SettlementPeriod;
import org.lvflex.core.SimClock;
import org.lvflex.scenario.A2Spec;

/**
 * A2 Capacity Allocation (001:L1562-1567). Each day at noon the DNO auctions, for every
 * transformer phase and half-hour of the next day, firm capacity rights for EV charging: the
 * phase's rating less a margin less its forecast inflexible demand. Every optimised EV bids for the
 * charging its optimiser expects to do there (its typical daily energy valley-filled over the
 * half-hours it is usually plugged in, learnt from telemetry) at a limit price equal to the energy saving against the
 * dearest of those half-hours, plus the reserve price.
 *
 * Every connection keeps a baseline of firm capacity without bidding; rights are bought above it.
 *
 * <p>Clearing rule ({@link UniformPriceAuction}, per phase and half-hour): bids are accepted from
 * the highest limit price down until the capacity is used; everyone accepted pays the limit price
 * of the first bid not fully accepted, or the reserve price when capacity is not scarce. Quantity rejected is then offered, at the reserve price, the capacity
 * left in the bidder's other half-hours (cheapest energy first). Holders plan within their rights
 * (charging above them is priced at the penalty, so optimisers breach only to meet a departure);
 * with the secondary market, rights a holder leaves unused in a half-hour are sold, at that
 * half-hour's clearing price, to cars on the same phase that are charging above their rights.
 * Charging above the rights held, including every kWh of cars without rights, is a breach metered
 * each step and penalised.
 */
final class A2CapacityAuction implements LvFlexModel.HouseholdMeter {
    private static final int AUCTION_MINUTE = 12 * 60;

    private final LvFlexModel m;
    private final A2Spec spec;
    private final Fleets fleets;
    /** rights[ev][day % 2][period of day] (kW) and the day they are for. */
    private final double[][][] rights;
    private final int[][] rightsDay;
    private final double[][][] clearing;
    private final Presence presence;
    /** Per bidder, for the day being auctioned: its import price in each half-hour and the half-hours cheapest first. */
    private final double[][] dayPrice;
    private final int[][] cheapestFirst;

    private record Bid(Ev ev, int k, double kw, double price) {}

    A2CapacityAuction(LvFlexModel m, Fleets fleets) {
        this.m = m;
        this.spec = m.scenario().model().a2();
        this.fleets = fleets;
        int n = m.evs().size();
        this.rights = new double[n][2][SettlementPeriod.PER_DAY];
        this.rightsDay = new int[n][2];
        this.clearing = new double[2][3][SettlementPeriod.PER_DAY];
        this.presence = new Presence(m);
        this.dayPrice = new double[n][SettlementPeriod.PER_DAY];
        this.cheapestFirst = new int[n][SettlementPeriod.PER_DAY];
        for (Ev ev : m.evs()) {
            rightsDay[ev.getId()][0] = -1;
            rightsDay[ev.getId()][1] = -1;
        }
        m.addMeter(this);
        // holders plan within their rights: charging above them costs the penalty (firm within the right)
        fleets.inputs().setTier(this::rightKw, (ev, period) -> spec.penaltyGbpPerKwh());
        m.onStart(() -> {
            m.events().every(SettlementPeriod.MINUTES, SettlementPeriod.MINUTES, LvFlexModel.ORDER_MARKET, s -> halfHour(m.now()));
            m.events().every(AUCTION_MINUTE, SimClock.MINUTES_PER_DAY, LvFlexModel.ORDER_MARKET,
                    s -> auction(m.clock().dayIndex(m.now()) + 1));
            auction(0);
        });
    }

    /** Rights an EV holds in a settlement period: the connection's baseline plus what it bought, kW. */
    double rightKw(Ev ev, int period) {
        int day = SettlementPeriod.day(period);
        int slot = Math.floorMod(day, 2);
        double bought = rightsDay[ev.getId()][slot] == day ? rights[ev.getId()][slot][SettlementPeriod.ofDay(period)] : 0;
        return spec.baselineKw() + bought;
    }

    /** Trades unused rights for the half-hour starting now. */
    private void halfHour(double now) {
        if (spec.secondaryMarket()) {
            secondaryMarket(SettlementPeriod.at(now));
        }
    }

    /** The day-ahead auction for {@code day}. */
    private void auction(int day) {
        List<List<Bid>> byPhasePeriod = new ArrayList<>();
        for (int i = 0; i < 3 * SettlementPeriod.PER_DAY; i++) {
            byPhasePeriod.add(new ArrayList<>());
        }
        List<Ev> bidders = new ArrayList<>();
        for (Aggregator a : m.aggregators()) {
            bidders.addAll(a.fleet());
        }
        bidders.sort(Comparator.comparingInt(Ev::getId));
        for (Ev ev : bidders) {
            pricesFor(ev, day);
            for (Bid b : bids(ev)) {
                byPhasePeriod.get(ev.household().getPhase() * SettlementPeriod.PER_DAY + b.k()).add(b);
            }
        }
        for (Ev ev : m.evs()) {
            rightsDay[ev.getId()][day % 2] = day;
            java.util.Arrays.fill(rights[ev.getId()][day % 2], 0);
        }
        // the baselines expected in use come off the capacity before the auction
        double[][] baselines = new double[3][SettlementPeriod.PER_DAY];
        for (Ev ev : m.evs()) {
            for (int k = 0; k < SettlementPeriod.PER_DAY; k++) {
                baselines[ev.household().getPhase()][k] += spec.baselineKw() * presence.share(ev, k);
            }
        }
        double[][] left = new double[3][SettlementPeriod.PER_DAY];
        List<Bid> rejected = new ArrayList<>();
        for (int ph = 0; ph < 3; ph++) {
            for (int k = 0; k < SettlementPeriod.PER_DAY; k++) {
                double cap = Math.max(0, (1 - spec.marginPct() / 100) * m.dno().phaseRatingKva()
                        - m.dno().forecastBaseKw(ph, day * SettlementPeriod.PER_DAY + k) - baselines[ph][k]);
                List<Bid> bids = byPhasePeriod.get(ph * SettlementPeriod.PER_DAY + k);
                List<UniformPriceAuction.Bid> sealed = new ArrayList<>();
                for (Bid b : bids) {
                    sealed.add(new UniformPriceAuction.Bid(b.ev().getId(), b.kw(), b.price()));
                }
                UniformPriceAuction.Result r = UniformPriceAuction.clear(sealed, cap, spec.reservePriceGbpPerKwh());
                double sold = 0;
                for (int i = 0; i < bids.size(); i++) {
                    Bid b = bids.get(i);
                    double got = r.accepted()[i];
                    sold += got;
                    rights[b.ev().getId()][day % 2][k] += got;
                    buy(b.ev(), got * SettlementPeriod.MINUTES / 60.0, r.price());
                    if (got < b.kw()) {
                        rejected.add(new Bid(b.ev(), k, b.kw() - got, b.price()));
                    }
                }
                clearing[day % 2][ph][k] = r.price();
                left[ph][k] = cap - sold;
            }
        }
        // rejected quantity buys leftover capacity in the bidder's other half-hours at the reserve price
        for (Bid b : rejected) {
            int ph = b.ev().household().getPhase();
            double need = b.kw();
            for (int k : cheapestFirst[b.ev().getId()]) {
                if (need <= 0) {
                    break;
                }
                double room = Math.min(left[ph][k], b.ev().getHomeChargerKw() - spec.baselineKw() - rights[b.ev().getId()][day % 2][k]);
                double got = Math.max(0, Math.min(need, room));
                if (got > 0) {
                    rights[b.ev().getId()][day % 2][k] += got;
                    left[ph][k] -= got;
                    need -= got;
                    buy(b.ev(), got * SettlementPeriod.MINUTES / 60.0, spec.reservePriceGbpPerKwh());
                }
            }
        }
        m.bumpPlanVersion();
    }

    /** An EV's bids: its typical daily energy valley-filled over the half-hours it is usually plugged in. */
    private List<Bid> bids(Ev ev) {
        List<Bid> out = new ArrayList<>();
        List<Integer> usual = new ArrayList<>();
        for (int k = 0; k < SettlementPeriod.PER_DAY; k++) {
            if (presence.share(ev, k) >= 0.5) {
                usual.add(k);
            }
        }
        if (usual.isEmpty()) {
            return out;
        }
        double[] price = dayPrice[ev.getId()];
        double dearest = 0;
        for (int k : usual) {
            dearest = Math.max(dearest, price[k]);
        }
        double need = presence.dailyKwh(ev);
        for (int k : cheapestFirst[ev.getId()]) {
            if (need <= 0) {
                break;
            }
            if (presence.share(ev, k) < 0.5) {
                continue;
            }
            double kw = Math.min(ev.getHomeChargerKw(), need / (SettlementPeriod.MINUTES / 60.0));
            need -= kw * SettlementPeriod.MINUTES / 60.0;
            kw -= Math.min(kw, spec.baselineKw()); // the baseline covers the first kilowatts
            if (kw <= 0) {
                continue;
            }
            out.add(new Bid(ev, k, kw, dearest - price[k] + spec.reservePriceGbpPerKwh()));
        }
        return out;
    }

    /** A bidder's import prices for {@code day}, and its half-hours cheapest first (earlier first among equals). */
    private void pricesFor(Ev ev, int day) {
        double[] price = dayPrice[ev.getId()];
        Integer[] ks = new Integer[SettlementPeriod.PER_DAY];
        for (int k = 0; k < ks.length; k++) {
            price[k] = fleets.inputs().importPrice(ev, day * SettlementPeriod.PER_DAY + k);
            ks[k] = k;
        }
        java.util.Arrays.sort(ks, Comparator.<Integer>comparingDouble(k -> price[k]).thenComparingInt(k -> k));
        for (int k = 0; k < ks.length; k++) {
            cheapestFirst[ev.getId()][k] = ks[k];
        }
    }

    /** Unused rights in this half-hour go, at its clearing price, to cars on the phase charging above theirs. */
    private void secondaryMarket(int period) {
        int day = SettlementPeriod.day(period);
        int slot = Math.floorMod(day, 2);
        int k = SettlementPeriod.ofDay(period);
        double now = SettlementPeriod.start(period);
        for (int ph = 0; ph < 3; ph++) {
            // what each car holds beyond what it will draw (spare) or lacks (short), asked of its controller once
            List<Ev> sellers = new ArrayList<>();
            List<Double> spare = new ArrayList<>();
            List<Ev> buyers = new ArrayList<>();
            List<Double> short_ = new ArrayList<>();
            for (Ev ev : m.evs()) {
                if (ev.household().getPhase() != ph || rightsDay[ev.getId()][slot] != day) {
                    continue;
                }
                double bought = rights[ev.getId()][slot][k];
                double held = spec.baselineKw() + bought;
                double wants = ev.pluggedAtHome() ? m.controller(ev).expectedKw(ev, now, now) : 0;
                if (held > wants + 1e-9 && held > 0) {
                    sellers.add(ev);
                    spare.add(Math.min(bought, held - wants)); // only bought rights can be sold
                } else if (wants > held + 1e-9) {
                    buyers.add(ev);
                    short_.add(wants - held);
                }
            }
            double price = clearing[slot][ph][k];
            for (int b = 0; b < buyers.size(); b++) {
                Ev buyer = buyers.get(b);
                double want = short_.get(b);
                for (int s = 0; s < sellers.size() && want > 0; s++) {
                    double q = Math.min(want, spare.get(s));
                    if (q <= 1e-9) {
                        continue;
                    }
                    Ev seller = sellers.get(s);
                    spare.set(s, spare.get(s) - q);
                    rights[seller.getId()][slot][k] -= q;
                    rights[buyer.getId()][slot][k] += q;
                    want -= q;
                    if (m.reporting()) {
                        m.ledger().pay(buyer.household().getId(), seller.household().getId(), Ledger.Flow.CAPACITY_RIGHTS,
                                q * price * SettlementPeriod.MINUTES / 60.0);
                        m.stats().rightsTradedKwh += q * SettlementPeriod.MINUTES / 60.0;
                    }
                }
            }
        }
    }

    /** A household pays the DNO for {@code kwh} of rights at {@code price} per kWh. */
    private void buy(Ev ev, double kwh, double price) {
        if (m.reporting() && kwh > 0) {
            m.ledger().pay(ev.household().getId(), m.dnoParty(), Ledger.Flow.CAPACITY_RIGHTS, kwh * price);
            m.stats().rightsBoughtKwh += kwh;
        }
    }

    @Override
    public void metered(Household h, double netKw, double evKw, int period, double dtHours) {
        Ev ev = h.ev();
        if (ev == null || evKw <= 0) {
            return;
        }
        double above = evKw - rightKw(ev, period);
        if (above > 1e-9) {
            double kwh = above * dtHours;
            m.stats().breachKwh += kwh;
            m.ledger().pay(h.getId(), m.dnoParty(), Ledger.Flow.PENALTY, kwh * spec.penaltyGbpPerKwh());
        }
    }
}
