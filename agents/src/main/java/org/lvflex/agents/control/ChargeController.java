package org.lvflex.agents.control;

import org.lvflex.agents.ev.Ev;

/**
 * Decides the power a plugged-in EV's charger wants each step (grid side, kW: positive charging,
 * negative V2G export) on behalf of whoever controls it under the model: the driver (UNMANAGED),
 * a timer (STATIC_TOU), an aggregator or the household's own optimiser. External limits (the DNO,
 * a CPO scheme, protection) are applied afterwards and what they remove is curtailment.
 */
public interface ChargeController {
    /** The EV was just plugged in at schedule time {@code now}. */
    default void onPlugIn(Ev ev, double now) {}

    /** Power wanted during the step starting at {@code now}. */
    double desiredKw(Ev ev, double now);

    /**
     * What the charger would want now were no outside party capping it: the reference curtailment
     * is measured against (DOMAIN.md section 8). The same as {@code desiredKw}, this step's
     * {@link #desiredKw}, unless a controller plans around external caps.
     */
    default double referenceKw(Ev ev, double now, double desiredKw) {
        return desiredKw;
    }

    /**
     * What the controller expects to draw at a later time {@code at}, as known at {@code now}: the
     * schedule an aggregator shares with the DNO, or a projection of full-power charging. Used for
     * the DNO's look-ahead forecasts.
     */
    default double expectedKw(Ev ev, double now, double at) {
        return desiredKw(ev, now);
    }
}
