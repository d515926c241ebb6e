package org.lvflex.scenario;

import java.util.List;
import org.lvflex.core.Param;
import org.lvflex.scenario.schema.Checked;
import org.lvflex.scenario.schema.DidYouMean;
import org.lvflex.scenario.schema.Problems;
import org.lvflex.scenario.schema.TimeOfDay;

/**
 * The Smart Charging Connection a public site is connected under (003 sections 5-8; DOMAIN.md
 * section 6) and the settings of each scheme. Only the fields of the chosen {@link #type()} apply,
 * so a scenario can switch scheme with one field (what the curtailment command's {@code --scheme} does).
 */
public record SccSchemeSpec(
        @Param("FIRM (conventional connection, no scheme), TCC (timed cap, 003:L277), TCC_PROFILE (day-ahead half-hourly caps, 003:L340), "
                + "CLM_STATIC (fixed cap, 003:L383), CLM_DYNAMIC (DSC minus other site load minus margin, 003:L385, L421), "
                + "LMC (DNO setpoint from one monitored point, 003:L501) or CMC (several points, 003:L504)")
        Type type,
        @Param(value = "Start of the TCC window", source = "003:L304: e.g. the teatime peak 16:30-18:30")
        String tccWindowStart,
        @Param(value = "End of the TCC window (before the start: the window runs over midnight, as for depots curtailed all day)",
                source = "003:L304")
        String tccWindowEnd,
        @Param(value = "Cap on the chargers' total demand inside the TCC window", unit = "kW", min = 0, max = 10000,
                source = "003:L304 (would still facilitate charging), L325 (in extreme cases 0 kW); 7 kW is an assumption")
        double tccCapKw,
        @Param(value = "Months (1-12) in which the TCC window applies", min = 1, max = 12,
                source = "003:L304: only in winter months when peak loading is expected; November-February is an assumption")
        List<Integer> tccMonths,
        @Param("The TCC window applies on Monday-Friday only")
        boolean tccWeekdaysOnly,
        @Param(value = "TCC_PROFILE: capacity the DNO holds back from its day-ahead forecast headroom (conservatism)", unit = "kW",
                min = 0, max = 10000, source = "003:L698 (applying conservatism to the curtailment analysis); size is an assumption")
        double profileMarginKw,
        @Param(value = "Static CLM: cap on the chargers' total demand", unit = "kW", min = 0, max = 10000,
                source = "003:L440: 69 kW keeps a site off half-hourly metering standing charges")
        double clmStaticCapKw,
        @Param(value = "Dynamic CLM: headroom kept below the DSC for a disruptive load switched on before the CPMS reacts", unit = "kVA",
                min = 0, max = 10000, source = "003:L421; size is an assumption")
        double clmDynamicMarginKva,
        @Param("The network point this site's connection stresses: TRANSFORMER, FEEDER (the head of the site's own LV way) or FEEDER:n "
                + "(way n, from 1). Monitored under LMC (003:L501), forecast under TCC_PROFILE, checked for breaches under every scheme")
        String constraintPoint,
        @Param("CMC: the monitored points (same forms as constraintPoint); the setpoint is the tightest of them (003:L504)")
        List<String> cmcPoints) implements Checked {

    /** The Smart Charging Connection schemes (and a firm connection for reference). */
    public enum Type { FIRM, TCC, TCC_PROFILE, CLM_STATIC, CLM_DYNAMIC, LMC, CMC }

    public static SccSchemeSpec defaults() {
        return new SccSchemeSpec(Type.FIRM, "16:30", "18:30", 7, List.of(11, 12, 1, 2), false, 10, 69, 10,
                "TRANSFORMER", List.of("FEEDER", "TRANSFORMER"));
    }

    @Override
    public void check(String path, Problems problems) {
        TimeOfDay.check(path + ".tccWindowStart", tccWindowStart, problems);
        TimeOfDay.check(path + ".tccWindowEnd", tccWindowEnd, problems);
        if (tccWindowStart.equals(tccWindowEnd)) {
            problems.add(path + ".tccWindowEnd", "\"" + tccWindowEnd + "\"", "a time different from tccWindowStart");
        }
        checkPoint(path + ".constraintPoint", constraintPoint, problems);
        if (cmcPoints.isEmpty()) {
            problems.add(path + ".cmcPoints", "an empty list", "at least one monitored point");
        }
        for (int i = 0; i < cmcPoints.size(); i++) {
            checkPoint(path + ".cmcPoints[" + i + "]", cmcPoints.get(i), problems);
        }
    }

    /** Whether a monitored-point name has one of the allowed forms. */
    public static boolean validPoint(String p) {
        return p != null && (p.equals("TRANSFORMER") || p.equals("FEEDER") || p.matches("FEEDER:[1-9][0-9]?"));
    }

    static void checkPoint(String path, String p, Problems problems) {
        if (!validPoint(p)) {
            problems.add(path, p == null ? "null" : "\"" + p + "\"", "TRANSFORMER, FEEDER or FEEDER:n with n the LV way from 1"
                    + DidYouMean.hint(p, List.of("TRANSFORMER", "FEEDER")));
        }
    }
}
