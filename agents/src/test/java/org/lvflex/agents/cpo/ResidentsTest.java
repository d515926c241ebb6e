package org.lvflex.agents.cpo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.ev.Session;

/** Residents without off-street parking charge at the sites, following the travel model. */
class ResidentsTest {
    @Test
    void residentsUseTheirOwnStreetOrAHubAndComeBackFromIt() {
        ObjectNode street1 = SiteRuns.json("{\"id\": \"s1\", \"type\": \"ON_STREET\", \"bus\": \"W1J2\", \"chargers\": [{\"kw\": 7, \"count\": 2}]}");
        ObjectNode street2 = SiteRuns.json("{\"id\": \"s2\", \"type\": \"ON_STREET\", \"bus\": \"W2J2\", \"chargers\": [{\"kw\": 7, \"count\": 2}]}");
        ObjectNode hub = SiteRuns.json("{\"id\": \"h\", \"type\": \"HUB\", \"bus\": \"W2J3\", \"declaredSupplyKva\": 60,"
                + "\"chargers\": [{\"kw\": 50, \"count\": 1, \"dc\": true}]}");
        Map<String, Object> o = new HashMap<>();
        o.put("ev.share", 1.0);
        o.put("ev.plugIn.publicChargeSoc", 0.75);
        o.put("households.capability.noParkingOwner", 1.0);
        o.put("households.capability.noParkingPrivateRent", 1.0);
        o.put("households.capability.noParkingSocial", 1.0);
        o.put("publicCharging.hubPreference", 0.3);
        List<String> atHub = new java.util.ArrayList<>();
        LvFlexModel m = SiteRuns.run(SiteRuns.scenario(4, "POWER_FLOW", SiteRuns.list(street1, street2, hub), o), model -> {
            for (SiteVehicle v : SiteRuns.site(model, "h").cars) {
                assertTrue(!v.ev.getHome(), "a resident at the hub is away from home");
                atHub.add(v.ev.getId() + "@" + model.now());
            }
            for (Site s : model.cpo().sites()) {
                for (SiteVehicle v : s.cars) {
                    if (s.spec.type() == org.lvflex.scenario.PublicSiteSpec.Type.ON_STREET) {
                        assertEquals(s.feeder, v.ev.household().getFeeder(), "on-street chargers serve their own street");
                    }
                }
            }
        });
        assertTrue(!atHub.isEmpty(), "some residents went to the hub");
        int onFeeder = 0;
        for (Session s : m.sessions().all()) {
            if (!s.home && !s.offFeeder) {
                onFeeder++;
                assertTrue(s.chargerKw == 7 || s.chargerKw == 50);
                assertTrue(s.truncated() || s.unmetKwh >= 0);
            }
        }
        assertTrue(onFeeder >= 5, "residents charged at the feeder's sites: " + onFeeder);
        assertTrue(m.sessions().all().stream().noneMatch(x -> x.home), "nobody without off-street parking charges at home");
        long residentsAtSites = m.cpo().sessions().stream().filter(x -> x.user().equals("resident")).count();
        assertTrue(residentsAtSites > 0);
    }
}
