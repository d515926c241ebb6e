package org.lvflex.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lvflex.agents.control.ChargeLimiter;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.grid.GridFactory;
import org.lvflex.scenario.Scenario;

/**
 * A hand-checkable case: one car that never leaves, plugged in all day, charging at 1 kW towards a
 * target it cannot reach in a day (a 200 kWh battery starting at most 90% full, charged at 50%
 * efficiency: at least 40 kWh to draw). A DNO limit that blocks it for two hours curtails exactly
 * 2 kWh, and the run delivers exactly 2 kWh less than the same run without the limit.
 */
class CurtailmentAccountingTest {

    private static final String STAY_HOME = "\"travel\":{\"commuteDayShare\":0,\"errandDayProbability\":0,\"longTripProbability\":0}";

    private static LvFlexModel run(boolean limit) {
        Scenario s = TestScenarios.of("{\"name\":\"one-car\",\"network\":{\"source\":\"ieee-eu-lv\",\"solver\":\"COPPER_PLATE\"},"
                + "\"households\":{\"capability\":{\"noParkingOwner\":0,\"noParkingPrivateRent\":0,\"noParkingSocial\":0,\"homeBasedShare\":1}},"
                + "\"ev\":{\"share\":0.02,\"batteryKwh\":[200],\"batteryWeights\":[1],\"chargerKw\":[1.0],\"chargerWeights\":[1],"
                + "\"targetSoc\":1.0,\"chargeEfficiency\":0.5,\"overrideProbability\":0," + STAY_HOME + ",\"plugIn\":{\"socThresholdLow\":0.99,\"socThresholdHigh\":0.99}},"
                + "\"v2g\":{\"share\":0},\"run\":{\"days\":1,\"warmupDays\":0}}");
        LvFlexModel m = new LvFlexModel(s, GridFactory.build(s));
        if (limit) {
            m.addLimiter(new ChargeLimiter() {
                @Override
                public double maxChargeKw(Ev ev, double now) {
                    return now >= 600 && now < 720 ? 0 : Double.POSITIVE_INFINITY; // 10:00-12:00
                }
            });
        }
        m.runToEnd(null);
        return m;
    }

    private static double charged(LvFlexModel m) {
        return m.sessions().all().stream().filter(x -> x.home).mapToDouble(x -> x.chargedKwh).sum();
    }

    @Test
    void curtailedEnergyEqualsTheDifferenceAgainstTheRunWithoutTheLimit() {
        LvFlexModel free = run(false);
        LvFlexModel limited = run(true);
        assertEquals(1, free.evs().size(), "one car");
        assertEquals(1.0 * 24, charged(free), 1e-6, "charging all day at 1 kW");
        double curtailed = limited.sessions().all().stream().mapToDouble(x -> x.curtailedKwh).sum();
        assertEquals(2.0, curtailed, 1e-9, "two hours at 1 kW");
        assertEquals(charged(free) - charged(limited), curtailed, 1e-9, "curtailment = energy the limit took away");
        assertEquals(curtailed, limited.counters().total(limited.columns().curtailedKwh), 1e-9, "per-household counter agrees");
        assertEquals(1, limited.counters().total(limited.columns().curtailmentEvents), 1e-9, "one curtailment event");
        assertEquals(120, limited.curtailmentDurations().get(0), 1e-9, "lasting two hours");
        assertTrue(limited.sessions().all().get(0).endSoc < 1.0, "the car is still short of its target");
        assertTrue(limited.sessions().all().get(0).truncated(), "its session runs past the end of the run");
    }
}
