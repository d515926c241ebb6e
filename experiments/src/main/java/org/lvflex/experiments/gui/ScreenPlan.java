package org.lvflex.experiments.gui;

import java.awt.Rectangle;

/**
 * Where the classroom windows go on the screen, so a projector shows everything at once without
 * the lecturer arranging windows: the Console at the right; one model: the feeder on the left and
 * the charts in a column beside it; two models: both feeders side by side above a row of charts.
 */
record ScreenPlan(Rectangle left, Rectangle right, Rectangle charts, Rectangle console, double feederAspect, boolean twoModels) {
    /** Screen used when there is none (headless tests): a common projector resolution. */
    static final Rectangle HEADLESS = new Rectangle(0, 0, 1600, 900);
    static final int CONSOLE_WIDTH = 400;
    /** Room the display's tool bar, scroll bars and frame take around the drawing, pixels (a first guess; the GUI measures it). */
    static final int CHROME_W = 24;
    static final int CHROME_H = 64;

    static ScreenPlan of(Rectangle screen, boolean twoModels) {
        Rectangle s = screen == null ? HEADLESS : screen;
        int rest = s.width - CONSOLE_WIDTH;
        Rectangle console = new Rectangle(s.x + rest, s.y, CONSOLE_WIDTH, Math.min(s.height, 760));
        Rectangle left;
        Rectangle right;
        Rectangle charts;
        if (twoModels) {
            int top = (int) (s.height * 0.58);
            left = new Rectangle(s.x, s.y, rest / 2, top);
            right = new Rectangle(s.x + rest / 2, s.y, rest - rest / 2, top);
            charts = new Rectangle(s.x, s.y + top, rest, s.height - top);
        } else {
            int w = (int) (rest * 0.56);
            left = new Rectangle(s.x, s.y, w, s.height);
            right = new Rectangle(s.x + w, s.y, rest - w, s.height / 2);
            charts = new Rectangle(s.x + w, s.y, rest - w, s.height);
        }
        double aspect = (double) (left.width - CHROME_W) / (left.height - CHROME_H);
        return new ScreenPlan(left, right, charts, console, aspect, twoModels);
    }

    /** Drawing width of the feeder displays; both share the left one's size so the two feeders match. */
    int displayWidth() {
        return left.width - CHROME_W;
    }

    int displayHeight() {
        return left.height - CHROME_H;
    }
}
