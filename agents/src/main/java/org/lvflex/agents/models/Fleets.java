package org.lvflex.agents.models;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.aggregator.Aggregator;
import org.lvflex.agents.aggregator.MarketInputs;
import org.lvflex.agents.control.FailSafeController;
import org.lvflex.agents.control.ImmediateCharging;
import org.lvflex.agents.control.PlanningController;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.tariff.TariffKind;
import org.lvflex.scenario.AggregatorSpec;

/**
 * Market-optimised charging (every model but the baselines and D1, 001:L1381-1383): EV households
 * that pass the smart-charging gates are on the dynamic tariff and scheduled by an aggregator (the
 * opted-in share, round-robin over the aggregators) or by their own app; the rest charge unmanaged
 * on the flat tariff. Every optimiser plans against the same {@link MarketInputs}.
 */
public final class Fleets {
    private final List<Aggregator> aggregators = new ArrayList<>();
    private final MarketInputs inputs;
    /** Per EV id: the operator of its charger, or null. */
    private final Aggregator[] operator;
    /** Per optimiser (aggregator id): the controller its EVs follow, with the fail-safe for its outages. */
    private final List<FailSafeController> controllers = new ArrayList<>();

    private Fleets(LvFlexModel m) {
        AggregatorSpec spec = m.scenario().aggregator();
        this.inputs = new MarketInputs(m);
        this.operator = new Aggregator[m.evs().size()];
        for (int i = 0; i < spec.count(); i++) {
            aggregators.add(newAggregator(m, i, "aggregator-" + (i + 1), false));
        }
        Aggregator self = newAggregator(m, spec.count(), "own-app", true);
        m.assignTariffs(TariffKind.DYNAMIC);
        ImmediateCharging immediate = new ImmediateCharging(m.chargeContext());
        int next = 0;
        for (Ev ev : m.evs()) {
            // every online home charger has an operator that relays signals to it
            Aggregator op = null;
            if (ev.household().capability().offStreetParking() && ev.household().capability().connectivity()) {
                op = aggregators.get(next++ % aggregators.size());
                op.connect(ev);
                operator[ev.getId()] = op;
            }
            if (!ev.household().smartCapable() || ev.household().getTariff() == TariffKind.FLAT) {
                m.setController(ev, immediate);
                continue;
            }
            SplittableRandom r = m.streams().keyed("aggregator-opt-in", ev.household().getId(), 0);
            Aggregator a = r.nextDouble() < spec.optInShare() && op != null ? op : self;
            a.add(ev);
            m.setController(ev, controllers.get(a.getId()));
        }
        List<Aggregator> all = new ArrayList<>(aggregators);
        all.add(self);
        m.setAggregators(all);
    }

    private Aggregator newAggregator(LvFlexModel m, int id, String name, boolean isSelf) {
        Aggregator a = new Aggregator(id, isSelf, m.ledger().addParty(name), m.scenario().faults(), m.streams(), m.clock());
        a.setController(new PlanningController(m.chargeContext(), inputs, inputs.withoutExternalCaps(), inputs::hasExternalCaps,
                m.scenario().aggregator(), m.scenario().v2g(), m.evs().size()));
        controllers.add(new FailSafeController(a.controller(), a::inOutage, m.scenario().faults(), m.chargeContext(), m.evs().size()));
        return a;
    }

    /** Sets up aggregators, own-app optimisers and tariffs for a market-optimised model. */
    public static Fleets install(LvFlexModel m) {
        return new Fleets(m);
    }

    /** The commercial aggregators (not the own-app optimisers). */
    public List<Aggregator> aggregators() {
        return aggregators;
    }

    public MarketInputs inputs() {
        return inputs;
    }

    /** The aggregator operating an EV's home charger (relaying signals), or null if it is offline. */
    public Aggregator operatorOf(Ev ev) {
        return operator[ev.getId()];
    }
}
