package org.lvflex.agents;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvflex.agents.ev.Session;
import org.lvflex.scenario.Scenario;
import org.lvflex.scenario.ScenarioLoader;

class ScratchTest {
    @Test
    void scratch() {
        Scenario s = ScenarioLoader.loadBuiltIn("ieee-eu-lv-unmanaged", Map.of("run.days", 28, "ev.plugIn.socThresholdLow", Double.parseDouble(System.getenv().getOrDefault("LO","0.5")), "ev.plugIn.socThresholdHigh", Double.parseDouble(System.getenv().getOrDefault("HI","0.85")), "ev.plugIn.minStayHours", Double.parseDouble(System.getenv().getOrDefault("STAY","4")))).scenario();
        long t0 = System.nanoTime();
        LvFlexModel m = LvFlexModel.runHeadless(s, TestGrids.copperPlate(55, 3, 800));
        System.out.println("wall ms " + (System.nanoTime() - t0) / 1e6 + " evs " + m.evs().size() + " sessions " + m.sessions().size());
        int home = 0; double dur = 0; double soc = 0; int above = 0; double e = 0;
        for (Session x : m.sessions().all()) {
            if (!x.home || x.truncated()) continue;
            home++; dur += x.pluggedHours(); soc += x.startSoc; if (x.startSoc > 0.5) above++; e += x.chargedKwh;
        }
        System.out.printf("home sessions %d per EV-week %.2f mean dur %.1f h mean start soc %.2f above50 %.2f energy/session %.1f%n",
            home, home / (m.evs().size() * 4.0), dur / home, soc / home, above / (double) home, e / home);
        double[] p = m.recorder().series("transformer_p_kw");
        double max = 0; for (double v : p) max = Math.max(max, v);
        System.out.println("peak kW " + max);
        long km = 0; for (var ev : m.evs()) km += ev.getOdometerKm();
        System.out.println("km per car-year " + km / (double) m.evs().size() * 365 / 28);
    }
}
