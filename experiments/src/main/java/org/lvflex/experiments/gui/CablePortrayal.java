package org.lvflex.experiments.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * Draws a cable as a line coloured and thickened by its loading (% of rating, {@link Palette#loading}).
 * Clicking it opens MASON's inspector on its {@link CableView}: MASON's network portrayal hands the
 * inspector the edge's info object. Extends MASON's edge portrayal because that portrayal accepts no other.
 */
final class CablePortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;
    /** Clicks this close to a cable (pixels) select it. */
    private static final double SLOP_PX = 4;
    private final Line2D.Double line = new Line2D.Double();

    static float widthPx(double loadingPct) {
        return Double.isNaN(loadingPct) ? 1f : (float) (1.2 + 3.5 * Math.min(loadingPct, 150) / 150);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        double pct = ((CableView) ((Edge) object).info).getLoadingPct();
        g.setPaint(Palette.loading(pct));
        g.setStroke(new BasicStroke(widthPx(pct) + (info.selected ? 2f : 0f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        line.setLine(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y);
        g.draw(line);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) range;
        double cx = range.clip.getCenterX();
        double cy = range.clip.getCenterY();
        return Line2D.ptSegDist(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y, cx, cy)
                <= SLOP_PX + Math.max(range.clip.width, range.clip.height) / 2;
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject()); // MASON's network portrayal wraps the edge's info, the CableView
    }
}
