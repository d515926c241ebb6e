package org.lvflex.experiments.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

/** The live charts of a running model drawn off-screen: they fill as the model runs. */
class LiveChartsTest {

    static int phasePixels(BufferedImage img) {
        int n = 0;
        for (java.awt.Color c : LiveCharts.PHASE) {
            n += GuiFixture.count(img, c);
        }
        return n;
    }

    @Test
    void demandChartShowsEveryReportedStepAndGrowsAsTheDayGoesOn() {
        ClassroomGui gui = GuiFixture.gui("ieee-eu-lv-unmanaged", 0);
        gui.start();
        GuiFixture.playUntil(gui, 3, 0);
        gui.drainCharts();
        assertEquals(gui.model().stepsDone(), gui.charts().points(), "one point per reported step");
        BufferedImage early = gui.charts().demandChart().createBufferedImage(800, 450);
        GuiFixture.playUntil(gui, 19, 0);
        gui.drainCharts();
        assertEquals(gui.model().stepsDone(), gui.charts().points());
        BufferedImage evening = gui.charts().demandChart().createBufferedImage(800, 450);
        for (java.awt.Color c : LiveCharts.PHASE) {
            assertTrue(GuiFixture.count(evening, c) > 100, "phase colour " + c + " is drawn");
        }
        assertTrue(phasePixels(evening) > 1.5 * phasePixels(early),
                "16 more hours of demand draw more line: " + phasePixels(early) + " -> " + phasePixels(evening));
        // the IEEE transformer (800 kVA) is far above a 55-household feeder's demand: said, not drawn off-scale
        String note = ((TextTitle) gui.charts().demandChart().getSubtitle(1)).getText();
        assertTrue(note.startsWith("Firm capacity per phase 267 kVA is off the top"), note);
    }

    @Test
    void voltageChartMarksTheStatutoryMinimum() {
        ClassroomGui gui = GuiFixture.gui("ieee-eu-lv-unmanaged", 17);
        gui.start();
        GuiFixture.playUntil(gui, 18, 0);
        gui.drainCharts();
        ValueMarker limit = (ValueMarker) gui.charts().voltageChart().getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertEquals(gui.model().scenario().network().limits().minVoltageV(), limit.getValue(), 1e-9);
        assertEquals(216.2, limit.getValue(), 1e-9);
        double lower = gui.charts().voltageChart().getXYPlot().getRangeAxis().getLowerBound();
        assertTrue(lower < 216.2, "the limit is inside the plotted range (lower bound " + lower + ")");
        BufferedImage img = gui.charts().voltageChart().createBufferedImage(800, 450);
        assertTrue(GuiFixture.count(img, LiveCharts.LEFT) > 50, "the lowest-voltage line is drawn");
    }
}
