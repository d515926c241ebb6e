package org.lvflex.scenario;

import org.lvflex.core.Param;

/** A group of identical connectors at a public site: {@code count} chargers of {@code kw} each. */
public record ChargerSpec(
        @Param(value = "Rating of each charger", unit = "kW", min = 1, max = 350,
                source = "003:L326-328 (on-street slow < 5 kW or fast 7-22 kW), 003:L440 (hubs: 50 kW DC plus 22/43 kW AC)")
        double kw,
        @Param(value = "Number of chargers of this rating", min = 1, max = 200,
                source = "003:L328: on-street schemes install two to four chargers per street")
        int count,
        @Param("Direct-current (rapid) charger: the vehicle's DC acceptance limits it instead of its on-board AC charger")
        boolean dc) {

    public static ChargerSpec defaults() {
        return new ChargerSpec(7, 2, false);
    }
}
