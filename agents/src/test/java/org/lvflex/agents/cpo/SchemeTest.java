package org.lvflex.agents.cpo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.grid.PowerFlowGrid;
import org.lvflex.network.Network;
import org.lvflex.scenario.Scenario;

/** Each Smart Charging Connection scheme on a small site: the limit it promises holds, and it binds. */
class SchemeTest {
    private static final double EPS = 1e-6;

    @Test
    void timedCapacityCapsTheSiteInsideTheWindowOnly() {
        ObjectNode depot = SiteRuns.depot("d", "W1J2", 1, 4, 60, "TCC");
        ((ObjectNode) depot.get("scheme")).put("tccWindowStart", "16:30").put("tccWindowEnd", "18:30").put("tccCapKw", 10);
        Scenario s = SiteRuns.scenario(2, "POWER_FLOW", SiteRuns.list(depot), Map.of());
        double[] maxIn = {0};
        double[] maxOut = {0};
        LvFlexModel m = SiteRuns.run(s, model -> {
            Site d = SiteRuns.site(model, "d");
            int minute = model.clock().minuteOfDay(model.now());
            if (minute >= 16 * 60 + 30 && minute < 18 * 60 + 30) {
                maxIn[0] = Math.max(maxIn[0], d.getChargingKw());
            } else {
                maxOut[0] = Math.max(maxOut[0], d.getChargingKw());
            }
        });
        assertEquals(10, maxIn[0], EPS, "inside 16:30-18:30 the four vans share exactly the 10 kW cap");
        assertEquals(88, maxOut[0], EPS, "outside the window the vans charge at full power, 4 x 22 kW");
        SiteTally t = SiteRuns.site(m, "d").tally();
        assertEquals(78, t.maxCurtailmentKw(), EPS, "the cap withholds 88 - 10 kW of the requested capacity");
        assertEquals(100.0 * (2 * 1440 - 2 * 120) / (2 * 1440), t.fullCapacityPct(), 1e-9, "two hours a day restricted");
        assertEquals(List.of(120.0, 120.0), t.constraintDurations());
        assertTrue(t.curtailedKwh() > 0);
    }

    @Test
    void zeroKilowattTimedCapacityStopsChargingButNotInSummerMonths() {
        ObjectNode depot = SiteRuns.depot("d", "W1J2", 1, 2, 60, "TCC");
        ((ObjectNode) depot.get("scheme")).put("tccCapKw", 0);
        double[] maxIn = {0};
        SiteRuns.run(SiteRuns.scenario(1, "COPPER_PLATE", SiteRuns.list(depot), Map.of()), model -> {
            int minute = model.clock().minuteOfDay(model.now());
            if (minute >= 16 * 60 + 30 && minute < 18 * 60 + 30) {
                maxIn[0] = Math.max(maxIn[0], SiteRuns.site(model, "d").getChargingKw());
            }
        });
        assertEquals(0, maxIn[0], "a 0 kW TCC (003:L325) stops charging in the window");
        // the default window applies in November-February only (003:L304): a July run is never restricted
        LvFlexModel july = SiteRuns.run(SiteRuns.scenario(1, "COPPER_PLATE", SiteRuns.list(SiteRuns.depot("d", "W1J2", 1, 2, 60, "TCC")),
                Map.of("run.startDate", "2025-07-07")), model -> { });
        assertEquals(100, SiteRuns.site(july, "d").tally().fullCapacityPct(), 1e-9);
    }

    @Test
    void staticLoadManagementNeverExceedsItsCap() {
        ObjectNode depot = SiteRuns.depot("d", "W1J2", 1, 4, 60, "CLM_STATIC");
        ((ObjectNode) depot.get("scheme")).put("clmStaticCapKw", 30);
        double[] max = {0};
        LvFlexModel m = SiteRuns.run(SiteRuns.scenario(1, "COPPER_PLATE", SiteRuns.list(depot), Map.of()),
                model -> max[0] = Math.max(max[0], SiteRuns.site(model, "d").getChargingKw()));
        assertEquals(30, max[0], EPS, "the cap binds and is never exceeded");
        assertEquals(0, SiteRuns.site(m, "d").tally().fullCapacityPct(), 1e-9, "a static CLM restricts the site all the time");
    }

    /** Other site load steps from 10 to 50 kW at 17:00, while four vans (88 kW) charge against an 80 kVA DSC. */
    private static LvFlexModel dynamicClm(double marginKva, double[] maxImport, int[] minutesOverDsc) {
        ObjectNode depot = SiteRuns.depot("d", "W1J2", 1, 4, 60, "CLM_DYNAMIC");
        depot.put("declaredSupplyKva", 80).put("otherLoadKw", 50).put("otherLoadPowerFactor", 1.0);
        var profile = depot.putArray("otherLoadProfile");
        for (int h = 0; h < 24; h++) {
            profile.add(h >= 17 && h < 21 ? 1.0 : 0.2);
        }
        ((ObjectNode) depot.get("scheme")).put("clmDynamicMarginKva", marginKva);
        return SiteRuns.run(SiteRuns.scenario(1, "COPPER_PLATE", SiteRuns.list(depot), Map.of()), model -> {
            Site d = SiteRuns.site(model, "d");
            maxImport[0] = Math.max(maxImport[0], d.getImportKva());
            if (d.getImportKva() > 80 + EPS) {
                minutesOverDsc[0]++;
            }
        });
    }

    @Test
    void dynamicLoadManagementWithAMarginForTheStepNeverBreachesTheDsc() {
        double[] maxImport = {0};
        int[] over = {0};
        LvFlexModel m = dynamicClm(40, maxImport, over);
        assertEquals(0, over[0], "import above the DSC");
        assertEquals(80, maxImport[0], 1e-3, "the site runs up to its DSC at the moment the 40 kW step arrives");
        assertEquals(0, SiteRuns.site(m, "d").tally().dscExceededMinutes());
        // without the margin the CPMS, acting on the last meter reading, lets the step through for one minute (003:L421)
        double[] maxImport0 = {0};
        int[] over0 = {0};
        dynamicClm(0, maxImport0, over0);
        assertEquals(1, over0[0]);
        assertEquals(120, maxImport0[0], 1e-3, "80 kVA of charging on top of the new 50 kW, for one minute");
    }

    /** Two depots behind the transformer, both LMC; each has four vans needing 60 kWh from 16:00. */
    private static LvFlexModel twoManagedDepots(int orderA, int orderB, List<double[]> trace) {
        ObjectNode a = SiteRuns.depot("a", "W1J2", orderA, 4, 60, "LMC");
        ObjectNode b = SiteRuns.depot("b", "W2J2", orderB, 4, 60, "LMC");
        ((ObjectNode) a.get("scheme")).put("constraintPoint", "TRANSFORMER");
        ((ObjectNode) b.get("scheme")).put("constraintPoint", "TRANSFORMER");
        return SiteRuns.run(SiteRuns.scenario(1, "COPPER_PLATE", SiteRuns.list(a, b), Map.of()), model -> {
            Site x = SiteRuns.site(model, "a");
            Site y = SiteRuns.site(model, "b");
            trace.add(new double[] {x.getRequestKw(), x.getAvailableKw(), y.getRequestKw(), y.getAvailableKw()});
        });
    }

    @Test
    void lastConnectedSiteIsCurtailedFirst() {
        List<double[]> trace = new ArrayList<>();
        LvFlexModel m = twoManagedDepots(1, 2, trace);
        int laterOnly = 0;
        for (double[] t : trace) {
            boolean firstCurtailed = t[0] > t[1] + EPS;
            if (firstCurtailed) {
                assertEquals(0, t[3], EPS, "the first connected site is curtailed only once the later one is at 0 kW");
            }
            if (t[2] > t[3] + EPS && !firstCurtailed) {
                laterOnly++;
            }
        }
        assertTrue(laterOnly > 60, "the constraint binds on the later site for a while: " + laterOnly + " min");
        assertTrue(SiteRuns.site(m, "b").tally().curtailedKwh() > 5 * SiteRuns.site(m, "a").tally().curtailedKwh() + 1,
                "the later site bears the curtailment");
        // the order of connection, not the order in the file, decides
        List<double[]> swapped = new ArrayList<>();
        LvFlexModel n = twoManagedDepots(2, 1, swapped);
        assertTrue(SiteRuns.site(n, "a").tally().curtailedKwh() > 5 * SiteRuns.site(n, "b").tally().curtailedKwh() + 1);
    }

    @Test
    void managedConstraintKeepsTheTransformerWithinItsLimit() {
        ObjectNode depot = SiteRuns.depot("d", "W1J2", 1, 6, 60, "FIRM");
        ((ObjectNode) depot.get("scheme")).put("constraintPoint", "TRANSFORMER");
        LvFlexModel firm = SiteRuns.run(SiteRuns.scenario(1, "COPPER_PLATE", SiteRuns.list(depot), Map.of()), x -> { });
        assertTrue(SiteRuns.site(firm, "d").tally().breachMinutes() > 60, "six 22 kW vans overload a 100 kVA transformer when firm");
        ((ObjectNode) depot.get("scheme")).put("type", "LMC");
        LvFlexModel lmc = SiteRuns.run(SiteRuns.scenario(1, "COPPER_PLATE", SiteRuns.list(depot), Map.of()), x -> { });
        SiteTally t = SiteRuns.site(lmc, "d").tally();
        assertEquals(0, t.breachMinutes(), "under LMC the transformer stays within its rating");
        assertTrue(t.curtailedKwh() > 0 && t.maxCurtailmentKw() > 0);
        assertEquals(0, t.trips());
    }

    /** Feeder head loading on way 1 as % of its limit, from the power flow. */
    private static double feederPct(LvFlexModel m, double limitPct) {
        PowerFlowGrid g = (PowerFlowGrid) m.grid();
        Network net = g.network();
        double rating = net.branchRatingA(net.feederHeadBranch(0));
        double worst = 0;
        for (int ph = 0; ph < 3; ph++) {
            worst = Math.max(worst, g.feederHeadCurrentA(0, ph));
        }
        return 100 * worst / (rating * limitPct / 100);
    }

    @Test
    void centrallyManagedConstraintRespectsEveryMonitoredPoint() {
        // the feeder head is limited to 25% of its rating: tighter than the 100 kVA transformer
        Map<String, Object> tight = Map.of("publicCharging.dno.feederLimitPct", 25.0);
        ObjectNode cmc = SiteRuns.depot("d", "W1J3", 1, 6, 60, "CMC");
        double[] worstCmc = {0};
        LvFlexModel c = SiteRuns.run(SiteRuns.scenario(1, "POWER_FLOW", SiteRuns.list(cmc), tight),
                model -> worstCmc[0] = Math.max(worstCmc[0], feederPct(model, 25)));
        assertEquals(List.of("FEEDER:1", "TRANSFORMER"), SiteRuns.site(c, "d").pointNames());
        assertTrue(worstCmc[0] <= 100, "CMC keeps the feeder within its limit: " + worstCmc[0] + "%");
        assertEquals(0, SiteRuns.site(c, "d").tally().breachMinutes());
        // an LMC watching only the transformer overloads the feeder
        ObjectNode lmc = SiteRuns.depot("d", "W1J3", 1, 6, 60, "LMC");
        ((ObjectNode) lmc.get("scheme")).put("constraintPoint", "TRANSFORMER");
        double[] worstLmc = {0};
        SiteRuns.run(SiteRuns.scenario(1, "POWER_FLOW", SiteRuns.list(lmc), tight),
                model -> worstLmc[0] = Math.max(worstLmc[0], feederPct(model, 25)));
        assertTrue(worstLmc[0] > 110, "the unwatched feeder is overloaded: " + worstLmc[0] + "%");
    }

    @Test
    void siteIgnoringItsSetpointTripsAndIsReenergisedAfterTheManualDelay() {
        ObjectNode depot = SiteRuns.depot("d", "W1J2", 1, 6, 60, "LMC");
        depot.put("ignoreSetpointProbability", 1.0).put("otherLoadKw", 5);
        ((ObjectNode) depot.get("scheme")).put("constraintPoint", "TRANSFORMER");
        Map<String, Object> o = Map.of("publicCharging.dno.tripDelayMinutes", 2, "publicCharging.dno.reenergiseDelayMinutes", 60);
        List<double[]> trace = new ArrayList<>();
        LvFlexModel m = SiteRuns.run(SiteRuns.scenario(1, "COPPER_PLATE", SiteRuns.list(depot), o), model -> {
            Site d = SiteRuns.site(model, "d");
            trace.add(new double[] {d.getTripped() ? 1 : 0, d.getChargingKw(), d.getOtherLoadKw(), d.dnoSetpointKw});
        });
        int first = -1;
        for (int k = 0; k < trace.size() && first < 0; k++) {
            if (trace.get(k)[0] == 1) {
                first = k;
            }
        }
        assertTrue(first > 2, "the site trips");
        // it had drawn more than its setpoint for exactly the two minutes of the trip delay
        assertTrue(trace.get(first)[1] > trace.get(first)[3] + 1 && trace.get(first - 1)[1] > trace.get(first - 1)[3] + 1);
        assertTrue(trace.get(first - 2)[1] <= trace.get(first - 2)[3] + 1, "compliant before that");
        int end = first;
        while (end < trace.size() && trace.get(end)[0] == 1) {
            end++;
        }
        assertEquals(61, end - first, "tripped in the step it was caught and for the 60 minutes until staff re-energise it");
        for (int k = first + 1; k < end; k++) {
            assertEquals(0, trace.get(k)[1], "no charging while tripped");
            assertEquals(0, trace.get(k)[2], "the site's other load is lost too");
        }
        assertTrue(trace.get(end)[1] > 0, "re-energised, the cars charge again");
        assertTrue(SiteRuns.site(m, "d").tally().trips() >= 2, "still ignoring its setpoints, it trips again");
        assertTrue(SiteRuns.site(m, "d").tally().curtailedKwh() > 100, "what the trips withheld from the waiting vans is curtailment");
        assertEquals(60.0 * SiteRuns.site(m, "d").tally().trips(), SiteRuns.site(m, "d").tally().trippedMinutes(), 60.0,
                "each trip lasts the re-energisation delay (the last may be cut by the end of the run)");
        // a compliant CPMS is never tripped
        depot.put("ignoreSetpointProbability", 0.0);
        LvFlexModel ok = SiteRuns.run(SiteRuns.scenario(1, "COPPER_PLATE", SiteRuns.list(depot), o), x -> { });
        assertEquals(0, SiteRuns.site(ok, "d").tally().trips());
        assertFalse(SiteRuns.site(ok, "d").tally().curtailedKwh() == 0);
    }

    @Test
    void profileCapsFollowTheDayAheadForecast() {
        ObjectNode depot = SiteRuns.depot("d", "W1J2", 1, 6, 60, "TCC_PROFILE");
        ((ObjectNode) depot.get("scheme")).put("constraintPoint", "TRANSFORMER").put("profileMarginKw", 0);
        List<double[]> caps = new ArrayList<>();
        double[] worstExcess = {Double.NEGATIVE_INFINITY};
        LvFlexModel m = SiteRuns.run(SiteRuns.scenario(3, "COPPER_PLATE", SiteRuns.list(depot), Map.of()), model -> {
            Site d = SiteRuns.site(model, "d");
            int day = model.clock().dayIndex(model.now());
            if (day >= 1) {
                assertEquals(day, d.profileDay, "from the second day the DNO has history to forecast from");
                double cap = d.profileCapKw[model.clock().minuteOfDay(model.now()) / 30];
                worstExcess[0] = Math.max(worstExcess[0], d.getChargingKw() - cap);
                if (day == 2) {
                    caps.add(d.profileCapKw.clone());
                }
            }
        });
        assertTrue(worstExcess[0] <= EPS, "the site keeps to each half-hour's cap");
        double[] day2 = caps.get(0);
        assertTrue(day2[36] < day2[6], "less capacity at 18:00 (household peak) than at 03:00: " + day2[36] + " vs " + day2[6]);
        assertTrue(SiteRuns.site(m, "d").tally().curtailedKwh() > 0);
    }
}
