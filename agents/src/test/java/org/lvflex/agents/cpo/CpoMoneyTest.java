package org.lvflex.agents.cpo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvflex.agents.Ledger;
import org.lvflex.agents.LvFlexModel;

/** Who pays whom for public charging, and the CPO's optional flexibility role. */
class CpoMoneyTest {
    private static final Map<String, Object> FLEX = Map.of("publicCharging.flexibility.enabled", true,
            "publicCharging.flexibility.windowStart", "16:30", "publicCharging.flexibility.windowEnd", "17:30",
            "publicCharging.flexibility.turnDownPct", 50.0, "publicCharging.flexibility.utilisationGbpPerKwh", 0.4);

    @Test
    void driversPayTheSiteTariffAndTheCpoPaysForEnergyAndNetwork() {
        ObjectNode depot = SiteRuns.depot("d", "W1J2", 1, 3, 40, "FIRM");
        depot.put("tariffGbpPerKwh", 0.3);
        LvFlexModel m = SiteRuns.run(SiteRuns.scenario(2, "COPPER_PLATE", SiteRuns.list(depot), Map.of()), x -> { });
        double kwh = SiteRuns.site(m, "d").tally().chargedKwh();
        assertEquals(2 * 3 * 40 / 0.9, kwh, 1e-6, "three vans recovered 40 kWh each (battery side) on each of two evenings");
        Ledger l = m.ledger();
        int cpo = m.cpo().party();
        assertEquals(0.3 * kwh, l.received(cpo, Ledger.Flow.PUBLIC_CHARGING), 1e-9);
        assertEquals(0.3 * kwh, l.paid(l.partyCount() - 1, Ledger.Flow.PUBLIC_CHARGING), 1e-9, "the fleet operator pays");
        assertEquals(0.22 * kwh, l.paid(cpo, Ledger.Flow.ENERGY), 1e-9);
        assertEquals(m.scenario().tariffs().networkGbpPerKwh() * kwh, l.paid(cpo, Ledger.Flow.NETWORK), 1e-9);
    }

    @Test
    void flexibilityTurnsDownFirmSitesInTheWindowAndIsPaidNotCountedAsCurtailment() {
        double[] inWindow = {0};
        LvFlexModel m = SiteRuns.run(SiteRuns.scenario(1, "COPPER_PLATE", SiteRuns.list(SiteRuns.depot("d", "W1J2", 1, 4, 60, "FIRM")), FLEX),
                model -> {
                    int minute = model.clock().minuteOfDay(model.now());
                    if (minute >= 16 * 60 + 30 && minute < 17 * 60 + 30) {
                        inWindow[0] = Math.max(inWindow[0], SiteRuns.site(model, "d").getChargingKw());
                    }
                });
        SiteTally t = SiteRuns.site(m, "d").tally();
        assertEquals(44, inWindow[0], 1e-9, "half of 4 x 22 kW in the window");
        assertEquals(44, t.flexKwh(), 1e-6, "44 kW held back for an hour");
        assertEquals(0, t.curtailedKwh(), 1e-9, "the CPO's own turn-down is not curtailment");
        assertEquals(0.4 * 44, m.ledger().received(m.cpo().party(), Ledger.Flow.FLEX_UTILISATION), 1e-6);
        assertEquals(0.4 * 44, m.ledger().paid(m.dnoParty(), Ledger.Flow.FLEX_UTILISATION), 1e-6);
        // a TCC site must not be paid for flexibility (003:L712)
        ObjectNode tcc = SiteRuns.depot("d", "W1J2", 1, 4, 60, "TCC");
        LvFlexModel n = SiteRuns.run(SiteRuns.scenario(1, "COPPER_PLATE", SiteRuns.list(tcc), FLEX), x -> { });
        assertEquals(0, SiteRuns.site(n, "d").tally().flexKwh());
        assertTrue(SiteRuns.site(n, "d").tally().curtailedKwh() > 0);
    }
}
