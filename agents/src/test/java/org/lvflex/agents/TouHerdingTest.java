package org.lvflex.agents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lvflex.agents.grid.GridFactory;
import org.lvflex.scenario.Scenario;

/**
 * STATIC_TOU makes a demand step at the off-peak start; the randomised delay of the Smart Charge
 * Points Regulations spreads it (004:L559).
 */
class TouHerdingTest {

    private static double largestRamp(int delaySeconds, boolean atWindowOnly) {
        Scenario s = TestScenarios.of("{\"name\":\"tou\",\"network\":{\"source\":\"generated\",\"solver\":\"COPPER_PLATE\"},"
                + "\"households\":{\"capability\":{\"smartMeterShare\":1}},\"ev\":{\"share\":0.8},\"run\":{\"days\":3,\"warmupDays\":2},"
                + "\"model\":{\"type\":\"STATIC_TOU\",\"tou\":{\"randomisedDelayMaxSeconds\":" + delaySeconds + "}}}");
        LvFlexModel m = new LvFlexModel(s, GridFactory.build(s));
        m.runToEnd(null);
        double[] p = m.recorder().series(m.columns().p);
        double ramp = 0;
        for (int k = 1; k < m.stepsDone(); k++) {
            int minute = m.recorder().clock().minuteOfDay(m.recorder().clock().timeOf(k));
            if (!atWindowOnly || (minute >= 30 && minute < 60)) {
                ramp = Math.max(ramp, p[k] - p[k - 1]);
            }
        }
        return ramp;
    }

    @Test
    void randomisedDelaySpreadsTheStepAtTheWindowStart() {
        double without = largestRamp(0, true);
        double with600 = largestRamp(600, true);
        double with1800 = largestRamp(1800, true);
        System.out.printf("largest one-minute ramp at the 00:30 window start: %.1f kW without delay, %.1f kW with 600 s, %.1f kW with 1800 s%n",
                without, with600, with1800);
        assertTrue(without > 100, "a visible step when every timer starts at once: " + without);
        assertTrue(with600 < 0.5 * without, "600 s delay at least halves the ramp");
        assertTrue(with1800 < with600, "a longer delay spreads it further");
    }
}
