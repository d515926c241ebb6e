package org.lvflex.agents.cpo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.grid.GridFactory;
import org.lvflex.core.InputException;
import org.lvflex.scenario.Scenario;
import org.lvflex.scenario.ScenarioLoader;

/** Bad site input is reported with its path; good input is reproducible. */
class SiteInputTest {
    @Test
    void unknownBusIsNamedWithASuggestion() {
        Scenario s = SiteRuns.scenario(1, "POWER_FLOW", SiteRuns.list(SiteRuns.depot("d", "W1J22", 1, 2, 10, "FIRM")), Map.of());
        InputException e = assertThrows(InputException.class, () -> GridFactory.build(s));
        assertTrue(e.getMessage().contains("publicCharging.sites[0].bus: got \"W1J22\", expected a bus of network"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'W1J2'?"), e.getMessage());
    }

    @Test
    void feederPointNeedsThePowerFlow() {
        ObjectNode d = SiteRuns.depot("d", "W1J2", 1, 2, 10, "LMC");
        ((ObjectNode) d.get("scheme")).put("constraintPoint", "FEEDER");
        Scenario s = SiteRuns.scenario(1, "COPPER_PLATE", SiteRuns.list(d), Map.of());
        InputException e = assertThrows(InputException.class, () -> new LvFlexModel(s, GridFactory.build(s)));
        assertTrue(e.getMessage().startsWith("publicCharging.sites[0].scheme.constraintPoint: got \"FEEDER\""), e.getMessage());
        ((ObjectNode) d.get("scheme")).put("constraintPoint", "FEEDER:3");
        Scenario s3 = SiteRuns.scenario(1, "POWER_FLOW", SiteRuns.list(d), Map.of());
        InputException e3 = assertThrows(InputException.class, () -> new LvFlexModel(s3, GridFactory.build(s3)));
        assertTrue(e3.getMessage().contains("FEEDER:n with n from 1 to 2"), e3.getMessage());
    }

    @Test
    void siteFieldsAreCheckedLikeEveryOther() {
        ObjectNode d = SiteRuns.depot("d", "W1J2", 1, 2, 10, "TCC");
        ObjectNode e = SiteRuns.depot("d", "W1J3", 2, 2, 10, "LMCC");
        ((ObjectNode) d.get("scheme")).put("tccWindowStart", "25:00").put("constraintPoint", "FEEDR");
        d.putArray("chargers").addObject().put("kw", -7).put("count", 2);
        InputException x = assertThrows(InputException.class, () -> SiteRuns.scenario(1, "POWER_FLOW", SiteRuns.list(d, e), Map.of()));
        String msg = x.getMessage();
        assertTrue(msg.contains("publicCharging.sites[0].chargers[0].kw: got -7, expected a number from 1 to 350 kW"), msg);
        assertTrue(msg.contains("publicCharging.sites[1].scheme.type: got \"LMCC\""), msg);
        assertTrue(msg.contains("did you mean 'LMC'?"), msg);
    }

    @Test
    void crossFieldRulesNameTheField() {
        ObjectNode d = SiteRuns.depot("d", "W1J2", 1, 2, 10, "TCC");
        ObjectNode e = SiteRuns.depot("d", "W1J3", 2, 2, 10, "FIRM");
        ((ObjectNode) d.get("scheme")).put("tccWindowStart", "25:00").put("constraintPoint", "FEEDR");
        InputException x = assertThrows(InputException.class, () -> SiteRuns.scenario(1, "POWER_FLOW", SiteRuns.list(d, e), Map.of()));
        String msg = x.getMessage();
        assertTrue(msg.contains("publicCharging.sites[0].scheme.tccWindowStart: got \"25:00\""), msg);
        assertTrue(msg.contains("publicCharging.sites[0].scheme.constraintPoint: got \"FEEDR\""), msg);
        assertTrue(msg.contains("did you mean 'FEEDER'?"), msg);
        assertTrue(msg.contains("publicCharging.sites[1].id: got \"d\", expected a name no other site uses"), msg);
    }

    @Test
    void sameScenarioSameResultsAndVisitorsAreCommonAcrossSchemes() {
        ObjectNode hub = SiteRuns.json("{\"id\": \"h\", \"type\": \"HUB\", \"bus\": \"W2J2\", \"visitorsPerDay\": 40,"
                + "\"chargers\": [{\"kw\": 50, \"count\": 2, \"dc\": true}, {\"kw\": 22, \"count\": 2}], \"declaredSupplyKva\": 150,"
                + "\"scheme\": {\"type\": \"TCC\", \"tccCapKw\": 20}}");
        Scenario s = SiteRuns.scenario(2, "COPPER_PLATE", SiteRuns.list(hub), Map.of());
        LvFlexModel a = SiteRuns.run(s, x -> { });
        LvFlexModel b = SiteRuns.run(s, x -> { });
        assertEquals(a.cpo().sessions(), b.cpo().sessions());
        assertTrue(a.cpo().sessions().size() > 50, "about 40 visitors a day: " + a.cpo().sessions().size());
        ((ObjectNode) hub.get("scheme")).put("type", "FIRM");
        LvFlexModel firm = SiteRuns.run(SiteRuns.scenario(2, "COPPER_PLATE", SiteRuns.list(hub), Map.of()), x -> { });
        List<Double> arrivalsTcc = a.cpo().sessions().stream().map(SiteSession::plugIn).sorted().toList();
        List<Double> arrivalsFirm = firm.cpo().sessions().stream().map(SiteSession::plugIn).sorted().toList();
        assertEquals(arrivalsFirm.subList(0, 20), arrivalsTcc.subList(0, 20), "the same visitors arrive whatever the scheme");
        assertNotEquals(SiteRuns.site(firm, "h").tally().unmetKwh(), SiteRuns.site(a, "h").tally().unmetKwh());
    }

    @Test
    void noSitesNoCpo() {
        Scenario s = ScenarioLoader.loadBuiltIn("ieee-eu-lv-unmanaged", Map.of("run.days", 1)).scenario();
        assertEquals(null, new LvFlexModel(s, GridFactory.build(s)).cpo());
    }
}
