package org.lvflex.experiments.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import sim.portrayal.DrawInfo2D;

/**
 * Draws a household as a square in the colour of its state (or, as the view's colouring says, of its
 * IMD decile or curtailment so far), with a bar under it showing its EV's state of charge. Clicking
 * it opens MASON's inspector on the {@link HouseholdView}.
 */
final class HouseholdPortrayal extends SquarePortrayal {
    private static final long serialVersionUID = 1L;
    static final double MIN_PX = 7;
    static final double MAX_PX = 28;

    /** Marker size in field units (scaled by the display's zoom, kept between MIN_PX and MAX_PX pixels). */
    private final double markerUnits;
    private final FeederView view;
    private final Rectangle2D.Double box = new Rectangle2D.Double();

    HouseholdPortrayal(double markerUnits, FeederView view) {
        this.markerUnits = markerUnits;
        this.view = view;
    }

    @Override
    double sizePx(DrawInfo2D info) {
        return Math.max(MIN_PX, Math.min(MAX_PX, info.draw.width * markerUnits));
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        HouseholdView v = (HouseholdView) object;
        double s = sizePx(info);
        box.setRect(info.draw.x - s / 2, info.draw.y - s / 2, s, s);
        g.setPaint(view.colouring().of(v));
        g.fill(box);
        g.setPaint(Palette.OUTLINE);
        g.setStroke(new BasicStroke(info.selected ? 3f : 1f));
        g.draw(box);
        double soc = v.soc();
        if (!Double.isNaN(soc)) {
            double h = Math.max(2, s / 5);
            box.setRect(info.draw.x - s / 2, info.draw.y + s / 2 + 1, s, h);
            g.setPaint(Palette.BACKGROUND);
            g.fill(box);
            box.setRect(info.draw.x - s / 2, info.draw.y + s / 2 + 1, s * Math.max(0, Math.min(1, soc)), h);
            g.setPaint(Palette.OUTLINE);
            g.fill(box);
        }
    }
}
