package org.lvflex.experiments.equity;

import java.util.ArrayList;
import java.util.List;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.population.Gate;
import org.lvflex.agents.population.Household;
import org.lvflex.agents.population.Tenure;

/**
 * What the equity analysis needs to know of a household, independent of the model that ran: where
 * it is, its deprivation and tenure, what it owns and the first capability gate that excludes it
 * from smart charging and from V2G (DOMAIN.md section 7). Common random numbers make these the same
 * in every model of a replication.
 */
public record HouseholdAttributes(int id, int feeder, int imdDecile, Tenure tenure, boolean hasEv, boolean hasV2g,
        boolean homeCharging, Gate smartGate, Gate v2gGate) {

    public static List<HouseholdAttributes> of(LvFlexModel m) {
        List<HouseholdAttributes> out = new ArrayList<>(m.households().size());
        for (Household h : m.households()) {
            out.add(new HouseholdAttributes(h.getId(), h.getFeeder(), h.getImdDecile(), h.capability().tenure(), h.getHasEv(),
                    h.getHasV2g(), h.getHasEv() && h.capability().offStreetParking(), h.getSmartGate(), h.getV2gGate()));
        }
        return out;
    }

    /** Passed every V2G gate (whether or not it took V2G up). */
    public boolean v2gAccess() {
        return v2gGate == Gate.NONE || v2gGate == Gate.NOT_CHOSEN;
    }

    public boolean smartAccess() {
        return smartGate == Gate.NONE;
    }
}
