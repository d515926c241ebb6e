package org.lvflex.experiments.gui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.scenario.ScenarioLoader;

/** Builds classroom GUIs without windows and moves them through simulated time, for the GUI tests. */
final class GuiFixture {
    private GuiFixture() {}

    /** A one-day run of a built-in scenario with a one-day warm-up, the display starting at {@code startHour}. */
    static ClassroomGui gui(String scenario, int startHour, Object... overrides) {
        Object[] all = new Object[overrides.length + 4];
        all[0] = "run.days";
        all[1] = 1;
        all[2] = "run.warmupDays";
        all[3] = 1;
        System.arraycopy(overrides, 0, all, 4, overrides.length);
        ClassroomControls c = new ClassroomControls(ScenarioLoader.load(scenario, ScenarioLoader.overrides(all)));
        c.setStartHour(startHour);
        return new ClassroomGui(c);
    }

    /** Steps the GUI (as the Console's play thread does) until the first reported day's clock shows {@code hour:minute}. */
    static void playUntil(ClassroomGui g, int hour, int minute) {
        LvFlexModel m = g.model();
        double target = m.clock().timeOf(m.warmupSteps()) + 60.0 * hour + minute;
        while (m.now() < target) {
            if (!g.step()) {
                throw new AssertionError("the run ended before " + hour + ":" + minute);
            }
        }
    }

    /** Pixels of exactly this colour. */
    static int count(BufferedImage img, Color c) {
        int rgb = c.getRGB() & 0xFFFFFF;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    static Color at(BufferedImage img, double x, double y) {
        return new Color(img.getRGB((int) Math.round(x), (int) Math.round(y)) & 0xFFFFFF);
    }

    /** Every label text in a Swing component tree (what an inspector shows). */
    static List<String> labels(Component c) {
        List<String> out = new ArrayList<>();
        if (c instanceof JLabel l && l.getText() != null) {
            out.add(l.getText().trim());
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                out.addAll(labels(child));
            }
        }
        return out;
    }
}
