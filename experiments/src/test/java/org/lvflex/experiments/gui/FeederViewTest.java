package org.lvflex.experiments.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lvflex.agents.HouseholdState;
import org.lvflex.agents.grid.PowerFlowGrid;
import org.lvflex.network.Network;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;
import sim.util.Bag;

/**
 * The feeder view drawn off-screen (headless) at 03:00 and at 19:00 of an unmanaged winter day on
 * the IEEE feeder: it is not blank, each household is drawn in the colour of its state at that
 * moment, colours change as states change, cables take the colour of their loading band, and a
 * click on a household or a cable opens MASON's inspector on it.
 */
class FeederViewTest {
    static final int H = 800;
    static ClassroomGui gui;
    static int w;
    static BufferedImage night;
    static BufferedImage nightBare;
    static List<HouseholdState> nightStates;
    static double nightMaxCablePct;
    static BufferedImage evening;
    static BufferedImage eveningBare;
    static List<HouseholdState> eveningStates;
    static double eveningMaxCablePct;

    @BeforeAll
    static void playTheDay() {
        gui = GuiFixture.gui("ieee-eu-lv-unmanaged", 3);
        gui.start();
        FeederView v = gui.leftView();
        w = (int) Math.round(H * v.aspect());
        nightStates = states(v);
        nightMaxCablePct = gui.model().grid().maxBranchLoadingPct();
        night = v.render(w, H);
        nightBare = v.render(w, H, false);
        GuiFixture.playUntil(gui, 19, 0);
        eveningStates = states(v);
        eveningMaxCablePct = gui.model().grid().maxBranchLoadingPct();
        evening = v.render(w, H);
        eveningBare = v.render(w, H, false);
    }

    static List<HouseholdState> states(FeederView v) {
        List<HouseholdState> out = new ArrayList<>();
        for (HouseholdView h : v.households()) {
            out.add(h.state());
        }
        return out;
    }

    @Test
    void theViewIsNotBlank() {
        for (BufferedImage img : new BufferedImage[] {night, evening}) {
            int background = GuiFixture.count(img, Palette.BACKGROUND);
            assertTrue(background < 0.9 * img.getWidth() * img.getHeight(), "the view is mostly empty: " + background + " background pixels");
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < img.getHeight(); y += 2) {
                for (int x = 0; x < img.getWidth(); x += 2) {
                    colours.add(img.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 20, "only " + colours.size() + " colours");
            for (HouseholdState s : HouseholdState.values()) {
                assertTrue(GuiFixture.count(img, Palette.of(s)) > 0, "the legend shows " + s);
            }
        }
    }

    @Test
    void householdsAreDrawnInTheColourOfTheirStateAndChangeWithIt() {
        FeederView v = gui.leftView();
        List<HouseholdView> houses = v.households();
        int checked = 0;
        int changed = 0;
        for (int i = 0; i < houses.size(); i++) {
            Point2D.Double p = v.screenPosition(houses.get(i), w, H);
            if (!isolated(v, houses, i, p)) {
                continue;
            }
            assertEquals(Palette.of(nightStates.get(i)), GuiFixture.at(nightBare, p.x, p.y), houses.get(i) + " at 03:00 is " + nightStates.get(i));
            assertEquals(Palette.of(eveningStates.get(i)), GuiFixture.at(eveningBare, p.x, p.y), houses.get(i) + " at 19:00 is " + eveningStates.get(i));
            assertEquals(Palette.of(eveningStates.get(i)), GuiFixture.at(evening, p.x, p.y), "the panels leave " + houses.get(i) + " visible");
            checked++;
            if (nightStates.get(i) != eveningStates.get(i)) {
                assertNotEquals(GuiFixture.at(nightBare, p.x, p.y), GuiFixture.at(eveningBare, p.x, p.y));
                changed++;
            }
        }
        assertTrue(checked >= 25, "only " + checked + " households stand clear of their neighbours");
        assertTrue(changed >= 5, "only " + changed + " households changed colour between 03:00 and 19:00");
        assertTrue(eveningStates.contains(HouseholdState.CHARGING), "someone charges at 19:00 when charging is unmanaged");
        assertTrue(eveningStates.contains(HouseholdState.AWAY) || nightStates.contains(HouseholdState.HOME_UNPLUGGED));
    }

    @Test
    void householdsCanBeColouredByImdDecileOrCurtailmentWhilePlaying() {
        FeederView v = gui.leftView();
        try {
            gui.controls().colouring(HouseholdColouring.IMD_DECILE);
            BufferedImage img = v.render(w, H);
            Set<Integer> deciles = new HashSet<>();
            for (int i = 0; i < v.households().size(); i++) {
                HouseholdView h = v.households().get(i);
                Point2D.Double p = v.screenPosition(h, w, H);
                if (isolated(v, v.households(), i, p)) {
                    assertEquals(HouseholdColouring.decile(h.getImdDecile()), GuiFixture.at(img, p.x, p.y), h + " is drawn in its decile's colour");
                    deciles.add(h.getImdDecile());
                }
            }
            assertTrue(deciles.size() >= 5, "several deciles seen: " + deciles);
            for (int d = 1; d <= 10; d++) {
                assertTrue(GuiFixture.count(img, HouseholdColouring.decile(d)) > 0, "the legend shows decile " + d);
            }
            gui.controls().colouring(HouseholdColouring.CURTAILED_SO_FAR);
            BufferedImage curtailed = v.render(w, H, false);
            // unmanaged charging curtails nobody: every household in the "none" colour
            assertTrue(GuiFixture.count(curtailed, HouseholdColouring.curtailed(0)) > 20 * v.households().size());
            assertEquals(0, GuiFixture.count(curtailed, HouseholdColouring.curtailed(2)));
        } finally {
            gui.controls().colouring(HouseholdColouring.STATE);
        }
    }

    /** No other household's marker or charge bar, nor the transformer panel, reaches this one's centre pixel. */
    static boolean isolated(FeederView v, List<HouseholdView> houses, int i, Point2D.Double p) {
        double s = v.markerPx(w);
        double[] tx = v.transformerPlace(w, H);
        if (Math.abs(tx[0] - p.x) < tx[2] / 2 + 2 && Math.abs(tx[1] - p.y) < tx[2] / 2 + 16) {
            return false;
        }
        for (int j = 0; j < houses.size(); j++) {
            Point2D.Double q = v.screenPosition(houses.get(j), w, H);
            if (j != i && Math.abs(q.x - p.x) < s / 2 + 2 && Math.abs(q.y - p.y) < s / 2 + s / 5 + 4) {
                return false;
            }
        }
        return true;
    }

    @Test
    void cablesTakeTheColourOfTheirLoadingBand() {
        Color eveningTop = Palette.loading(eveningMaxCablePct);
        assertNotEquals(Palette.loading(nightMaxCablePct), eveningTop,
                "the test needs the evening's most loaded cable in a higher band than the night's: " + nightMaxCablePct + "% vs " + eveningMaxCablePct + "%");
        assertTrue(GuiFixture.count(eveningBare, eveningTop) > 20, "the most loaded cable at 19:00 is drawn in " + eveningTop);
        assertEquals(0, GuiFixture.count(nightBare, eveningTop), "no cable is in that band at 03:00");
        assertTrue(GuiFixture.count(nightBare, Palette.loading(0)) > 200, "lightly loaded cables are grey");
    }

    @Test
    void clickingAHouseholdOpensTheInspectorOnIt() {
        FeederView v = gui.leftView();
        HouseholdView target = null;
        for (int i = 0; i < v.households().size() && target == null; i++) {
            if (v.households().get(i).household().ev() != null && isolated(v, v.households(), i, v.screenPosition(v.households().get(i), w, H))) {
                target = v.households().get(i);
            }
        }
        Point2D.Double p = v.screenPosition(target, w, H);
        Bag hits = new Bag();
        v.housePortrayal.hitObjects(click(v.housePortrayal, p), hits);
        assertEquals(1, hits.size());
        LocationWrapper wrapper = (LocationWrapper) hits.get(0);
        assertSame(target, wrapper.getObject());
        Inspector inspector = ((SimplePortrayal2D) v.housePortrayal.getPortrayalForObject(target)).getInspector(wrapper, gui);
        List<String> shown = GuiFixture.labels(inspector);
        for (String property : new String[] {"DemandKw", "EvSocPct", "Tariff", "BillGbp", "CurtailedKwh", "State"}) {
            assertTrue(shown.contains(property), "the household inspector shows " + property + ": " + shown);
        }
    }

    @Test
    void clickingACableOpensTheInspectorOnTheCableNotOnMasonsEdge() {
        FeederView v = gui.leftView();
        Network net = ((PowerFlowGrid) gui.model().grid()).network();
        int longest = 0;
        for (int b = 0; b < net.branchCount(); b++) {
            if (net.branchLengthM(b) > net.branchLengthM(longest)) {
                longest = b;
            }
        }
        Point2D.Double p = v.cableMidpoint(longest, w, H);
        Bag hits = new Bag();
        v.cablePortrayal.hitObjects(click(v.cablePortrayal, p), hits);
        LocationWrapper mine = null;
        for (Object o : hits) {
            LocationWrapper lw = (LocationWrapper) o;
            if (((CableView) lw.getObject()).branch() == longest) {
                mine = lw;
            }
        }
        assertTrue(mine != null, "a click on the middle of cable " + net.branchName(longest) + " hits it");
        Inspector inspector = ((SimplePortrayal2D) v.cablePortrayal.getPortrayalForAll()).getInspector(mine, gui);
        List<String> shown = GuiFixture.labels(inspector);
        assertTrue(shown.contains("LoadingPct") && shown.contains("RatingA"), "the cable inspector shows its loading: " + shown);
        assertTrue(!shown.contains("Weight"), "not MASON's Edge properties: " + shown);
    }

    static DrawInfo2D click(sim.portrayal.FieldPortrayal2D p, Point2D.Double at) {
        return new DrawInfo2D(gui, p, new Rectangle2D.Double(0, 0, w, H), new Rectangle2D.Double(at.x - 1, at.y - 1, 2, 2));
    }
}
