package org.lvflex.agents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * At an EV share where UNMANAGED overloads the transformer, D1, D2 and A1 with reliable comms keep
 * every transformer phase within its rating on a half-hourly basis (the DNO's historian view,
 * 001 Table 6 flow 1.4); at 50% comms reliability (001:L5129) messages are lost.
 */
class DnoModelsKeepLimitsTest {

    private static double phaseHalfHourPct(LvFlexModel m) {
        return 100 * m.dno().peakPhaseHalfHourKva() / (m.grid().transformerRatingKva() / 3);
    }

    @Test
    void d1D2AndA1KeepTheTransformerWithinLimitsWhereUnmanagedBreaches() {
        double unmanaged = phaseHalfHourPct(TestScenarios.run(TestScenarios.congested("UNMANAGED", 3, "")));
        assertTrue(unmanaged > 110, "UNMANAGED overloads a phase: " + unmanaged);
        for (String model : new String[] {"D1", "D2", "A1"}) {
            LvFlexModel m = TestScenarios.run(TestScenarios.congested(model, 3, ""));
            double pct = phaseHalfHourPct(m);
            System.out.printf("%s: busiest phase half-hour %.1f%% of rating (UNMANAGED %.1f%%), curtailed %.0f kWh%n", model, pct,
                    unmanaged, m.sessions().all().stream().mapToDouble(s -> s.curtailedKwh).sum());
            assertTrue(pct <= 100, model + " keeps every phase within its rating: " + pct);
        }
    }

    @Test
    void lossyCommsLoseMessagesAndD1LetsTheOverloadThrough() {
        LvFlexModel reliable = TestScenarios.run(TestScenarios.congested("D1", 3, ""));
        LvFlexModel lossy = TestScenarios.run(TestScenarios.congested("D1", 3, "\"faults\":{\"commsReliability\":0.5}"));
        assertTrue(lossy.comms().lost() > 0.4 * lossy.comms().sent(), "about half the messages are lost");
        System.out.printf("D1 at 50%% comms: busiest phase half-hour %.1f%% (reliable %.1f%%), %d of %d messages lost%n",
                phaseHalfHourPct(lossy), phaseHalfHourPct(reliable), lossy.comms().lost(), lossy.comms().sent());
        assertTrue(phaseHalfHourPct(lossy) > phaseHalfHourPct(reliable), "losing half the messages weakens the limiter");
    }
}
