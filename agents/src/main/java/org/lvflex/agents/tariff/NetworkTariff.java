package org.lvflex.agents.tariff;

import org.lvflex.agents.population.Household;

/**
 * The network (DUoS) charge on a household's imports in a settlement period. The default is a flat
 * rate; C1 Rising Block and C2 Dynamic DUoS replace it.
 */
public interface NetworkTariff {
    /** GBP per kWh imported by {@code h} in settlement period {@code period}. */
    double gbpPerKwh(Household h, int period);

    /** A flat rate for everyone. */
    static NetworkTariff flat(double gbpPerKwh) {
        return (h, period) -> gbpPerKwh;
    }
}
