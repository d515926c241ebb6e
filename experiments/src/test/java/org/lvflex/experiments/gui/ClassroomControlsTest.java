package org.lvflex.experiments.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.population.Household;
import org.lvflex.scenario.ModelType;
import org.lvflex.scenario.Scenario;
import sim.util.Interval;
import sim.util.Properties;

/** The Model tab's controls: MASON sees them as properties, and they apply on restart with the same seed. */
class ClassroomControlsTest {

    @Test
    void masonShowsEveryControlWithItsDomain() {
        ClassroomGui gui = GuiFixture.gui("ieee-eu-lv-unmanaged", 0);
        Properties p = Properties.getProperties(gui.getSimulationInspectedObject()); // as MASON's inspector does
        List<String> names = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) {
            names.add(p.getName(i));
            assertTrue(p.isReadWrite(i), p.getName(i) + " can be set");
        }
        assertEquals(List.of("Smart-charging model", "Side by side with", "EV uptake", "V2G share", "Comms reliability", "Charger power",
                "ToU window start",
                "ToU window length (h)", "Randomised delay (s)", "Display starts at hour", "Days to simulate", "Colour households by"), names,
                "every control, in the order a class meets them");
        assertEquals(ModelType.values().length, ((String[]) p.getDomain(0)).length);
        assertEquals(ModelType.values().length + 1, ((String[]) p.getDomain(1)).length);
        Interval delay = (Interval) p.getDomain(8);
        assertEquals(1800L, delay.getMax().longValue(), "the range of model.tou.randomisedDelayMaxSeconds");
        Interval comms = (Interval) p.getDomain(4);
        assertEquals(1.0, comms.getMax().doubleValue(), "the range of faults.commsReliability");
        String[] chargers = (String[]) p.getDomain(5);
        assertEquals("every home charger 7 kW", chargers[2]);
        p.setValue(2, "0.8");
        assertEquals(0.8, gui.controls().getEvShare(), "typing in the tab sets the control");
    }

    @Test
    void restartAppliesTheControlsToTheSameHouseholdsCarsAndTrips() {
        ClassroomGui gui = GuiFixture.gui("ieee-eu-lv-unmanaged", 0);
        gui.start();
        LvFlexModel first = gui.model();
        GuiFixture.playUntil(gui, 1, 0);
        gui.finish();

        ClassroomControls c = gui.controls();
        c.model(ModelType.STATIC_TOU);
        c.setRandomisedDelaySeconds(1800);
        c.setTouWindowStart(((String[]) c.domTouWindowStart()).length - 1); // 23:30
        c.setHomeCharger(2); // every charger 7 kW
        gui.start();
        LvFlexModel second = gui.model();
        assertNotSame(first, second, "a fresh model on every restart");
        Scenario s = second.scenario();
        assertEquals(ModelType.STATIC_TOU, s.model().type());
        assertEquals(1800, s.model().tou().randomisedDelayMaxSeconds());
        assertEquals("23:30", s.tariffs().touOffPeakStart());
        assertEquals(List.of(7.0), s.ev().chargerKw());
        assertEquals(first.seed(), second.seed());
        assertEquals(first.evs().size(), second.evs().size());
        for (int i = 0; i < first.households().size(); i++) {
            Household a = first.households().get(i);
            Household b = second.households().get(i);
            assertEquals(a.getHasEv(), b.getHasEv(), "household " + i + " owns an EV in both runs");
            assertEquals(a.getImdDecile(), b.getImdDecile());
        }
        for (int i = 0; i < first.evs().size(); i++) {
            Ev a = first.evs().get(i);
            Ev b = second.evs().get(i);
            assertEquals(a.getBatteryKwh(), b.getBatteryKwh(), "EV " + i + " is the same car");
            assertEquals(7.0, b.getHomeChargerKw());
        }
    }

    @Test
    void theConsolesSeedIsTheRunSeed() {
        ClassroomGui gui = GuiFixture.gui("ieee-eu-lv-unmanaged", 0);
        gui.simState().setSeed(7); // what the Console does with its seed field when play is pressed
        gui.start();
        assertEquals(7L, gui.model().scenario().run().seed());
        assertEquals(7L, gui.model().seed());
    }

    @Test
    void aBadValueIsReportedNamingTheFieldAndThePreviousSettingsRun() {
        ClassroomGui gui = GuiFixture.gui("ieee-eu-lv-unmanaged", 0);
        List<String> problems = new ArrayList<>();
        gui.onProblem(problems::add);
        gui.controls().setEvShare(1.5);
        gui.controls().setDays(0);
        gui.start();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("ev.share") && problems.get(0).contains("1.5"), problems.get(0));
        assertTrue(problems.get(0).contains("run.days"), problems.get(0));
        assertEquals(0.5, gui.controls().getEvShare(), "the control goes back to the value that ran");
        assertEquals(0.5, gui.model().scenario().ev().share());
        assertNull(gui.secondModel());
    }
}
