package org.lvflex.scenario;

import org.lvflex.core.Param;

/** D1 DNO Limiter (interim): switch chargers off in rotation on breach, My Electric Avenue style (001:L1404-1408). */
public record D1Spec(
        @Param(value = "Curtail when a transformer phase or feeder-head phase passes this share of its rating", unit = "%", min = 10, max = 200,
                assumption = "act at the rating itself: D1 protects, it does not optimise")
        double thresholdPct,
        @Param(value = "Switch off enough chargers to bring the loading down to this share of the rating", unit = "%", min = 10, max = 200,
                assumption = "a margin below the threshold avoids switching again the next minute")
        double targetPct,
        @Param(value = "Length of each off block; blocks rotate between chargers", unit = "min", min = 1, max = 240,
                source = "DOMAIN.md section 5 (My Electric Avenue: 15-minute off blocks in rotation)")
        int blockMinutes) {

    public static D1Spec defaults() {
        return new D1Spec(100, 90, 15);
    }
}
