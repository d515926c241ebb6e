package org.lvflex.agents.control;

import org.lvflex.agents.ev.Ev;

/**
 * An external limit on a charger (a DNO signal or device, a CPO scheme, protection). What it takes
 * away from what the charger's controller wanted is curtailment (DOMAIN.md section 8).
 */
public interface ChargeLimiter {
    /** Largest grid-side charging power allowed this step, kW ({@code +inf} when unconstrained). */
    double maxChargeKw(Ev ev, double now);

    /** Largest export allowed this step, kW ({@code +inf} when unconstrained). */
    default double maxExportKw(Ev ev, double now) {
        return Double.POSITIVE_INFINITY;
    }

    /** True when a driver's manual override escapes this limit (false for protection and outages). */
    default boolean overridable() {
        return true;
    }
}
