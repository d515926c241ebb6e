package org.lvflex.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lvflex.core.Param;
import org.lvflex.scenario.schema.Checked;
import org.lvflex.scenario.schema.Problems;

/**
 * Public charging on the feeder: the CPO's sites (DOMAIN.md sections 4 and 6; seed 003), how its
 * chargepoint management system (CPMS) shares a site's limit among connected cars, who uses the
 * sites and for how long, and the DNO side of the Smart Charging Connections. No sites (the
 * default): drivers without off-street parking charge off this feeder as before.
 */
public record PublicChargingSpec(
        @Param("The public charging sites on this feeder")
        List<PublicSiteSpec> sites,
        @Param("How the CPMS shares a site's limit: EQUAL_SHARE (every connected car gets the guaranteed minimum in plug-in order, "
                + "the rest is shared equally) or PAYING_FIRST (paying drivers are served first, then fleet vehicles)")
        SharingRule sharingRule,
        @Param(value = "Guaranteed minimum charging power of a car the CPMS lets charge; cars that cannot get it wait", unit = "kW",
                min = 0, max = 50, source = "003:L407 (drivers accept varying power given a guaranteed minimal rate); "
                        + "1.4 kW = the 6 A minimum of IEC 61851-1 single-phase")
        double minimumKw,
        @Param(value = "Largest AC power a car accepts (on-board charger)", unit = "kW", min = 1, max = 43,
                assumption = "most EVs accept 7.4-11 kW AC")
        double vehicleAcMaxKw,
        @Param(value = "Largest DC power a car accepts at a rapid charger", unit = "kW", min = 10, max = 350,
                assumption = "most current EVs accept at least 50 kW DC")
        double vehicleDcMaxKw,
        @Param(value = "Probability a resident without off-street parking goes to a hub rather than an on-street charger on their own street",
                min = 0, max = 1, assumption = "most residents prefer to charge overnight near home")
        double hubPreference,
        @Param(value = "Longest a resident stays at a hub: they plan the time their charge takes at the charger's full power, "
                + "plus hubStaySlackMinutes, up to this; they leave earlier once charged", unit = "min", min = 10, max = 600,
                assumption = "few drivers wait more than two hours at a hub")
        double residentHubMaxMinutes,
        @Param(value = "Extra minutes a resident allows beyond the time their charge takes at full power", unit = "min", min = 0, max = 120,
                assumption = "drivers allow a little spare time; curtailment beyond it leaves them short")
        double hubStaySlackMinutes,
        @Param(value = "Median stay of a visitor at a hub (they leave earlier once charged)", unit = "min", min = 5, max = 1440,
                assumption = "rapid and car-park charging stops of 30-60 minutes")
        double hubDwellMinutesMedian,
        @Param(value = "Median stay of a visitor at an on-street charger", unit = "min", min = 5, max = 1440,
                assumption = "visits, shopping and work on the street: a few hours")
        double onStreetDwellMinutesMedian,
        @Param(value = "Sigma of the lognormal visitor stays", min = 0, max = 2, assumption = "stays are right-skewed")
        double dwellSigma,
        @Param(value = "Median energy a visitor wants at a hub (grid side)", unit = "kWh", min = 0.5, max = 150,
                assumption = "a rapid top-up of 20-30 kWh")
        double hubVisitorNeedKwhMedian,
        @Param(value = "Median energy a visitor wants at an on-street charger (grid side)", unit = "kWh", min = 0.5, max = 150,
                assumption = "a few hours at 7 kW, partly filled")
        double onStreetVisitorNeedKwhMedian,
        @Param(value = "Sigma of the lognormal visitor energy", min = 0, max = 2, assumption = "needs vary widely")
        double visitorNeedSigma,
        @Param(value = "Visitor arrivals by hour of day (00:00-01:00 first): 24 relative weights", min = 0,
                assumption = "daytime arrivals with shopping and commuting shoulders; none in the small hours")
        List<Double> visitorArrivalProfile,
        @Param(value = "What the CPO pays its supplier per kWh its chargers draw (energy only)", unit = "GBP/kWh", min = 0, max = 2,
                assumption = "non-domestic unit rates ~22p/kWh")
        double cpoEnergyGbpPerKwh,
        SccDnoSpec dno,
        CpoFlexSpec flexibility) implements Checked {

    /** The CPMS's documented rule for sharing a site limit among connected cars. */
    public enum SharingRule { EQUAL_SHARE, PAYING_FIRST }

    public static PublicChargingSpec defaults() {
        return new PublicChargingSpec(List.of(), SharingRule.EQUAL_SHARE, 1.4, 11, 50, 0.3, 120, 10, 40, 180, 0.5, 25, 12, 0.5,
                List.of(0.1, 0.05, 0.05, 0.05, 0.1, 0.2, 0.5, 1.0, 1.2, 1.3, 1.4, 1.5, 1.5, 1.4, 1.3, 1.3, 1.4, 1.5, 1.4, 1.2, 1.0, 0.7, 0.4, 0.2),
                0.22, SccDnoSpec.defaults(), CpoFlexSpec.defaults());
    }

    @Override
    public void check(String path, Problems problems) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sites.size(); i++) {
            if (!ids.add(sites.get(i).id())) {
                problems.add(path + ".sites[" + i + "].id", "\"" + sites.get(i).id() + "\"", "a name no other site uses");
            }
        }
        problems.checkWeights(path + ".visitorArrivalProfile", visitorArrivalProfile, 24, "one per hour of the day");
    }
}
