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

    /** Told when this limit was the binding one and took {@code kwh} from what the charger wanted. */
    default void curtailed(Ev ev, double kwh, double now) {}

    /** True when a driver's manual override escapes this limit (false for protection and outages). */
    default boolean overridable() {
        return true;
    }
}
