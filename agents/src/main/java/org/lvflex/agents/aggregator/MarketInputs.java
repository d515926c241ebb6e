package org.lvflex.agents.aggregator;

import java.util.ArrayList;
import java.util.List;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.control.PlanInputs;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.population.Household;
import org.lvflex.core.SettlementPeriod;

/**
 * The inputs optimisers plan with: the household's supplier tariff and network price per period,
 * plus whatever the model adds: caps from outside parties (D2 profiles, A1 events), price tiers
 * (A2 rights, C1 blocks), price adders (A3 exclusivity) and the export price (C3). Its version is the model's plan version, bumped when a model changes an input.
 */
public final class MarketInputs implements PlanInputs {
    /** A cap on an EV's charging in a settlement period, kW (+inf for none). */
    @FunctionalInterface
    public interface Cap {
        double kw(Ev ev, int period);
    }

    /** An extra price per kWh charged in a period (e.g. A3 exclusivity). */
    @FunctionalInterface
    public interface Adder {
        double gbpPerKwh(Ev ev, int period);
    }

    private final LvFlexModel m;
    private final List<Cap> externalCaps = new ArrayList<>();
    private final List<Adder> adders = new ArrayList<>();
    private Cap tierKw;
    private Adder tierPremium;
    private Adder exportPrice;

    public MarketInputs(LvFlexModel m) {
        this.m = m;
    }

    /**
     * A cap an outside party imposes (a DNO profile or signal): what it removes from the plan
     * without it is curtailment, measured against a shadow plan made without such caps.
     */
    public void addExternalChargeCap(Cap c) {
        externalCaps.add(c);
    }

    /** The same inputs without the external caps (for shadow plans). */
    public PlanInputs withoutExternalCaps() {
        MarketInputs self = this;
        return new PlanInputs() {
            @Override
            public double importPrice(Ev ev, int period) {
                return self.importPrice(ev, period);
            }

            @Override
            public double exportPrice(Ev ev, int period) {
                return self.exportPrice(ev, period);
            }

            @Override
            public double tierKw(Ev ev, int period) {
                return self.tierKw(ev, period);
            }

            @Override
            public double tierPremium(Ev ev, int period) {
                return self.tierPremium(ev, period);
            }

            @Override
            public long version() {
                return self.version();
            }
        };
    }

    /** True when some cap is external (so shadow plans are needed). */
    public boolean hasExternalCaps() {
        return !externalCaps.isEmpty();
    }

    public void addPriceAdder(Adder a) {
        adders.add(a);
    }

    public void setTier(Cap kw, Adder premium) {
        this.tierKw = kw;
        this.tierPremium = premium;
    }

    /** Replaces the supplier's export price (e.g. the expected local P2P price). */
    public void setExportPrice(Adder price) {
        this.exportPrice = price;
    }

    @Override
    public double importPrice(Ev ev, int period) {
        Household h = ev.household();
        int minute = m.clock().minuteOfDay(SettlementPeriod.start(period));
        double p = m.supplier().importPrice(h.getTariff(), period, minute) + m.metering().networkTariff().gbpPerKwh(h, period);
        for (Adder a : adders) {
            p += a.gbpPerKwh(ev, period);
        }
        return p;
    }

    @Override
    public double exportPrice(Ev ev, int period) {
        return exportPrice != null ? exportPrice.gbpPerKwh(ev, period) : m.supplier().exportPrice(period);
    }

    @Override
    public double maxChargeKw(Ev ev, int period) {
        double cap = Double.POSITIVE_INFINITY;
        for (Cap c : externalCaps) {
            cap = Math.min(cap, c.kw(ev, period));
        }
        return cap;
    }

    @Override
    public double tierKw(Ev ev, int period) {
        return tierKw == null ? Double.POSITIVE_INFINITY : tierKw.kw(ev, period);
    }

    @Override
    public double tierPremium(Ev ev, int period) {
        return tierPremium == null ? 0 : tierPremium.gbpPerKwh(ev, period);
    }

    @Override
    public long version() {
        return m.planVersion();
    }
}
