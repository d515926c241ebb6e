package org.lvflex.scenario;

import org.lvflex.core.Param;
import org.lvflex.scenario.schema.Checked;
import org.lvflex.scenario.schema.Problems;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * The CPO's optional aggregator role: it sells turn-down of its sites as a paid flexibility service
 * in a daily window. Only FIRM and CLM sites take part: a CLM only protects the customer's own DSC
 * (003:L710), while curtailment a TCC or DNO-led scheme mandates must not be paid for again (003:L706, L712).
 * Turn-down the CPO sells is its own choice, so it is counted as flexibility, not as curtailment.
 */
public record CpoFlexSpec(
        @Param("The CPO offers flexibility from its eligible sites")
        boolean enabled,
        @Param(value = "Start of the daily service window", assumption = "the evening peak of a domestic LV network")
        String windowStart,
        @Param(value = "End of the service window", assumption = "the evening peak of a domestic LV network")
        String windowEnd,
        @Param(value = "Share of each eligible site's charging demand held back in the window", unit = "%", min = 0, max = 100,
                assumption = "a partial turn-down keeps a minimum for paying drivers (003:L407)")
        double turnDownPct,
        @Param(value = "Utilisation payment per kWh turned down", unit = "GBP/kWh", min = 0, max = 10,
                assumption = "GB DNO flexibility utilisation prices of a few hundred GBP/MWh")
        double utilisationGbpPerKwh) implements Checked {

    public static CpoFlexSpec defaults() {
        return new CpoFlexSpec(false, "17:00", "19:00", 30, 0.3);
    }

    @Override
    public void check(String path, Problems problems) {
        TimeOfDay.check(path + ".windowStart", windowStart, problems);
        TimeOfDay.check(path + ".windowEnd", windowEnd, problems);
    }
}
