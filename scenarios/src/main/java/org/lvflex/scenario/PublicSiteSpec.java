package org.lvflex.scenario;

import java.util.List;
import org.lvflex.core.Param;
import org.lvflex.scenario.schema.Checked;
import org.lvflex.scenario.schema.Problems;

/**
 * One public charging site run by the CPO: its chargers, its three-phase connection point on the
 * network with a declared supply capacity (DSC), any other load behind the same connection, who
 * charges there and the Smart Charging Connection it is connected under.
 */
public record PublicSiteSpec(
        @Param("Unique name of the site (used in outputs)")
        String id,
        @Param("ON_STREET (2-4 chargers per street for residents without off-street parking, 003:L328), "
                + "HUB (car park or rapid hub: 50 kW DC plus 22/43 kW AC, 003:L440) or DEPOT (a fleet's base, 003:L665)")
        Type type,
        @Param("Bus of the network the site connects to (three-phase)")
        String bus,
        @Param(value = "Order in which the site applied for connection: 1 = first. Behind one constraint, the last connected is curtailed first (LIFO)",
                min = 1, max = 1000, source = "003:L100, L688")
        int connectionOrder,
        @Param("The site's chargers: groups of kW x count")
        List<ChargerSpec> chargers,
        @Param(value = "Declared supply capacity of the connection", unit = "kVA", min = 1, max = 10000,
                source = "003:L381 (CLMs keep the site within its DSC); value is per site")
        double declaredSupplyKva,
        @Param(value = "Other load behind the site's connection at its daily peak (lighting, a depot building; 0 for on-street)", unit = "kW",
                min = 0, max = 10000, source = "003:L385, L417 (the residual site load a dynamic CLM considers)")
        double otherLoadKw,
        @Param(value = "Other site load by hour of day (00:00-01:00 first) as a share of otherLoadKw: 24 values", min = 0, max = 1,
                assumption = "flat unless a site gives its profile (a depot building works days, car-park lighting runs at night)")
        List<Double> otherLoadProfile,
        @Param(value = "Power factor of the other site load (lagging)", min = 0.5, max = 1,
                assumption = "commercial building load ~0.95")
        double otherLoadPowerFactor,
        @Param(value = "Growth of the other site load per year of run time", unit = "%/yr", min = -50, max = 100,
                source = "003:L686 (existing customers may grow their demand up to their DSC); rate is an assumption")
        double otherLoadGrowthPctPerYear,
        @Param(value = "Price drivers pay the CPO", unit = "GBP/kWh", min = 0, max = 5,
                assumption = "GB public charging 2024: ~50p/kWh on-street AC, ~75p/kWh rapid")
        double tariffGbpPerKwh,
        @Param(value = "Probability that the site's CPMS ignores a binding DNO setpoint (comms loss, fault) until the fail-safe trips it",
                min = 0, max = 1, source = "003:L586 (fail-safe for non-compliant sites); DOMAIN.md section 8 (signal ignored)")
        double ignoreSetpointProbability,
        @Param(value = "Drivers from elsewhere (visitors, through traffic) who arrive to charge per day (Poisson)", unit = "1/day",
                min = 0, max = 2000, assumption = "0 unless a site gives it; a busy rapid hub sees tens of sessions a day")
        double visitorsPerDay,
        @Param(value = "Growth of visitor arrivals per year of run time (EV uptake)", unit = "%/yr", min = -50, max = 200,
                assumption = "0: EV uptake growth is a scenario choice")
        double visitorGrowthPctPerYear,
        FleetSpec fleet,
        SccSchemeSpec scheme) implements Checked {

    /** Kinds of public site: they differ in who uses them and how long cars stay. */
    public enum Type { ON_STREET, HUB, DEPOT }

    public static PublicSiteSpec defaults() {
        return new PublicSiteSpec("site", Type.ON_STREET, "", 1, List.of(ChargerSpec.defaults()), 20, 0,
                java.util.Collections.nCopies(24, 1.0), 0.95, 0, 0.5, 0, 0, 0, FleetSpec.defaults(), SccSchemeSpec.defaults());
    }

    /** Total charger rating: the capacity the site asked the DNO for, kW. */
    public double capacityKw() {
        return chargers.stream().mapToDouble(c -> c.kw() * c.count()).sum();
    }

    @Override
    public void check(String path, Problems problems) {
        if (id == null || id.isBlank() || !id.matches("[A-Za-z0-9_.-]+")) {
            problems.add(path + ".id", id == null ? "null" : "\"" + id + "\"", "a name of letters, digits, '-', '_' or '.'");
        }
        if (bus == null || bus.isBlank()) {
            problems.add(path + ".bus", "\"\"", "the name of a bus of the network");
        }
        if (chargers.isEmpty()) {
            problems.add(path + ".chargers", "an empty list", "at least one group of chargers");
        }
        problems.checkSize(path + ".otherLoadProfile", otherLoadProfile, 24, "values", "one per hour of the day");
        if (fleet.vehicles() > 0 && type != Type.DEPOT) {
            problems.add(path + ".fleet.vehicles", String.valueOf(fleet.vehicles()), "0: only a DEPOT site has a fleet");
        }
        if (visitorsPerDay > 0 && type == Type.DEPOT) {
            problems.add(path + ".visitorsPerDay", String.valueOf(visitorsPerDay), "0: a DEPOT serves its own fleet");
        }
        int connectors = chargers.stream().mapToInt(ChargerSpec::count).sum();
        if (fleet.vehicles() > connectors) {
            problems.add(path + ".fleet.vehicles", String.valueOf(fleet.vehicles()),
                    "at most " + connectors + ", the site's chargers (one per vehicle overnight)");
        }
    }
}
