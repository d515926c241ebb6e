package org.lvflex.agents.aggregator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lvflex.agents.control.PlanningController;
import org.lvflex.agents.ev.Ev;
import org.lvflex.core.RandomStreams;
import org.lvflex.core.SimClock;
import org.lvflex.scenario.FaultSpec;

/**
 * An aggregator: a fleet of opted-in EVs it schedules against prices with its
 * {@link PlanningController}, meeting every driver's departure target (DOMAIN.md section 4); it
 * relays DNO signals (A1), offers its fleet's flexibility (A3) and bids for capacity (A2). Its cloud
 * platform can fail: during an outage its chargers lose their signal and follow the fail-safe.
 * A "self" aggregator stands for households that optimise through their own app.
 */
public final class Aggregator {
    private final int id;
    private final int party;
    private final List<Ev> fleet = new ArrayList<>();
    private final List<Ev> connected = new ArrayList<>();
    private final double[] outageStart;
    private final double[] outageEnd;
    private PlanningController controller;

    public Aggregator(int id, boolean self, int party, FaultSpec faults, RandomStreams streams, SimClock clock) {
        this.id = id;
        this.party = party;
        // outages: a Poisson process over the run with exponential durations (own app: never down)
        List<double[]> outages = new ArrayList<>();
        if (!self && faults.aggregatorOutagesPerYear() > 0) {
            SplittableRandom r = streams.keyed("aggregator-outage", id, 0);
            double ratePerMin = faults.aggregatorOutagesPerYear() / (365.0 * SimClock.MINUTES_PER_DAY);
            double t = -Math.log(1 - r.nextDouble()) / ratePerMin;
            while (t < clock.horizonMinutes()) {
                double len = -Math.log(1 - r.nextDouble()) * faults.aggregatorOutageHours() * 60;
                outages.add(new double[] {t, t + len});
                t += len - Math.log(1 - r.nextDouble()) / ratePerMin;
            }
        }
        this.outageStart = outages.stream().mapToDouble(o -> o[0]).toArray();
        this.outageEnd = outages.stream().mapToDouble(o -> o[1]).toArray();
    }

    public void setController(PlanningController c) {
        this.controller = c;
    }

    public PlanningController controller() {
        return controller;
    }

    public void add(Ev ev) {
        fleet.add(ev);
    }

    /** EVs this aggregator schedules against prices. */
    public List<Ev> fleet() {
        return fleet;
    }

    /** Registers a home charger this aggregator operates (relays signals to), optimised or not. */
    public void connect(Ev ev) {
        connected.add(ev);
    }

    /**
     * Every home charger this aggregator operates: its optimised fleet and the connected smart
     * chargers of households that do not optimise (every new home charger is smart and online,
     * Smart Charge Points Regulations 2021): DNO signals (A1) and flexibility (A3) reach them through it.
     */
    public List<Ev> connected() {
        return connected;
    }

    /** True while the aggregator's platform is down. */
    public boolean inOutage(double now) {
        for (int i = 0; i < outageStart.length; i++) {
            if (now >= outageStart[i] && now < outageEnd[i]) {
                return true;
            }
        }
        return false;
    }

    public int getId() {
        return id;
    }

    /** Ledger party of the aggregator. */
    public int party() {
        return party;
    }
}
