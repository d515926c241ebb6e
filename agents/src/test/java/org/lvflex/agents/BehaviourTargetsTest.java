package org.lvflex.agents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.ev.Session;
import org.lvflex.scenario.Scenario;

/**
 * The drivers behave like Electric Nation's (DOMAIN.md section 4): about three sessions a week,
 * plugged in more than 12 hours on average, sessions starting above 50% SoC; and they drive the
 * NTS annual mileage.
 */
class BehaviourTargetsTest {

    @Test
    void fourWeeksOfDriversMeetTheElectricNationTargets() {
        Scenario s = TestScenarios.of("{\"name\":\"behaviour\",\"network\":{\"source\":\"ieee-eu-lv\",\"solver\":\"COPPER_PLATE\"},"
                + "\"households\":{\"capability\":{\"noParkingOwner\":0,\"noParkingPrivateRent\":0,\"noParkingSocial\":0}},"
                + "\"ev\":{\"share\":1.0},\"v2g\":{\"share\":0},\"run\":{\"days\":28}}");
        LvFlexModel m = TestScenarios.run(s);
        int started = 0;
        int complete = 0;
        double hours = 0;
        double soc = 0;
        int above = 0;
        for (Session x : m.sessions().all()) {
            if (!x.home) {
                continue;
            }
            if (!x.truncatedStart) {
                started++;
            }
            if (!x.truncated()) {
                complete++;
                hours += x.pluggedHours();
                soc += x.startSoc;
                above += x.startSoc > 0.5 ? 1 : 0;
            }
        }
        double perWeek = started / (m.evs().size() * 4.0);
        double meanHours = hours / complete;
        double meanSoc = soc / complete;
        double shareAbove = (double) above / complete;
        System.out.printf("behaviour: %.2f sessions/EV-week, %.1f h plugged in, start SoC %.2f (%.0f%% above 0.5)%n",
                perWeek, meanHours, meanSoc, 100 * shareAbove);
        assertTrue(perWeek > 2.5 && perWeek < 3.6, "about 3 sessions a week: " + perWeek);
        assertTrue(meanHours > 12, "plugged in more than 12 h on average: " + meanHours);
        assertTrue(meanSoc > 0.5 && shareAbove > 0.6, "sessions start above 50% SoC: mean " + meanSoc + ", share " + shareAbove);

        double km = m.evs().stream().mapToLong(Ev::getOdometerKm).sum() / (double) m.evs().size() * 365 / (28 + s.run().warmupDays());
        assertTrue(Math.abs(km - s.ev().travel().annualKm()) < 0.15 * s.ev().travel().annualKm(),
                "annual distance near the NTS figure: " + km);
    }
}
