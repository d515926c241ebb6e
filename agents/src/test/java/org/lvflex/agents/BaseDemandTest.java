package org.lvflex.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lvflex.agents.demand.BaseDemand;
import org.lvflex.agents.population.Household;
import org.lvflex.core.RandomStreams;
import org.lvflex.scenario.BaseLoadSpec;

/** Base demand from the real profiles: never negative, continuous across midnight, different per household. */
class BaseDemandTest {

    @Test
    void daysJoinWithoutAStepAndDemandIsNeverNegative() {
        BaseDemand bd = new BaseDemand(BaseLoadSpec.defaults(), new RandomStreams(3), java.time.LocalDate.of(2025, 1, 3), 1);
        double[] today = new double[1440];
        double[] tomorrow = new double[1440];
        for (int id = 0; id < 40; id++) {
            Household h = new Household(id, id, 0, id % 3, null, 1.0);
            for (int day = 0; day < 14; day++) {
                bd.fillDay(h, day, today);
                bd.fillDay(h, day + 1, tomorrow);
                for (double v : today) {
                    assertTrue(v >= 0, "household " + id + " day " + day + ": demand " + v);
                }
                assertEquals(today[1439], tomorrow[0], 0.02, "household " + id + ": no step at midnight after day " + day);
            }
        }
        Household a = new Household(0, 0, 0, 0, null, 1.0);
        Household b = new Household(1, 1, 0, 0, null, 1.0);
        double[] x = new double[1440];
        double[] y = new double[1440];
        bd.fillDay(a, 5, x);
        bd.fillDay(b, 5, y);
        assertTrue(!java.util.Arrays.equals(x, y), "two households do not share a trace");
    }
}
