package org.lvflex.agents.cpo;

import org.lvflex.core.SimClock;
import org.lvflex.scenario.SccSchemeSpec;

/**
 * A Smart Charging Connection as the CPMS sees it: the limit on the site's total charging power at a
 * moment. The CPMS then shares that limit among the cars ({@link Cpms}).
 */
interface ConnectionScheme {
    /** Limit on the site's EV charging this step, kW (+inf: no limit). */
    double limitKw(Site site, double now);

    /** True when the limit comes from a DNO setpoint the site must follow (LMC, CMC): the fail-safe applies. */
    default boolean dnoSetpoint() {
        return false;
    }

    static ConnectionScheme of(SccSchemeSpec spec, SimClock clock) {
        return switch (spec.type()) {
            case FIRM -> (site, now) -> Double.POSITIVE_INFINITY;
            case TCC -> new TimedCapacity(spec, clock);
            case TCC_PROFILE -> new ProfileCapacity(new TimedCapacity(spec, clock), clock);
            case CLM_STATIC -> new StaticLoadManagement(spec.clmStaticCapKw());
            case CLM_DYNAMIC -> new DynamicLoadManagement(spec.clmDynamicMarginKva());
            case LMC, CMC -> new ManagedConstraint();
        };
    }
}
