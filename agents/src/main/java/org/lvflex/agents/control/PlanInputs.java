package org.lvflex.agents.control;

import org.lvflex.agents.ev.Ev;

/**
 * What an optimiser sees when it plans an EV: prices per settlement period (energy plus network),
 * caps on charging (D2 profile, A2 rights, A1 events, A3 exclusivity), and a C1-style price tier.
 * {@link #version()} changes whenever an input changes, so plans can be refreshed.
 */
public interface PlanInputs {
    /** GBP per grid-side kWh charged in a period (energy and network price). */
    double importPrice(Ev ev, int period);

    /** GBP per grid-side kWh exported in a period. */
    double exportPrice(Ev ev, int period);

    /** Cap on charging in a period beyond the charger's own rating, kW (+inf when none). */
    default double maxChargeKw(Ev ev, int period) {
        return Double.POSITIVE_INFINITY;
    }

    /** Charging power up to which the base price applies (C1 allowance less base demand), kW. */
    default double tierKw(Ev ev, int period) {
        return Double.POSITIVE_INFINITY;
    }

    /** Extra price per kWh above {@link #tierKw}. */
    default double tierPremium(Ev ev, int period) {
        return 0;
    }

    /** Changes when any input changes. */
    long version();
}
