package org.lvflex.experiments.gui;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import sim.portrayal.DrawInfo2D;

/**
 * Draws the secondary transformer as a panel of three bars, one per phase, filled to its loading
 * (% of firm capacity per phase, full bar = 100%) in the loading colours, with its rating below.
 * Drawn above the households: it is the one thing every lesson looks at.
 * Clicking it opens MASON's inspector on the {@link TransformerView}.
 */
final class TransformerPortrayal extends SquarePortrayal {
    private static final long serialVersionUID = 1L;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private static final Font PHASE = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    private final double markerUnits;
    private final Rectangle2D.Double box = new Rectangle2D.Double();

    TransformerPortrayal(double markerUnits) {
        this.markerUnits = markerUnits;
    }

    /** Panel size in pixels: three household markers wide. */
    @Override
    double sizePx(DrawInfo2D info) {
        return 3 * Math.max(HouseholdPortrayal.MIN_PX, Math.min(HouseholdPortrayal.MAX_PX, info.draw.width * markerUnits)) + 6;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        TransformerView t = (TransformerView) object;
        double s = sizePx(info);
        double x0 = info.draw.x - s / 2;
        double y0 = info.draw.y - s / 2;
        box.setRect(x0, y0, s, s);
        g.setPaint(java.awt.Color.WHITE);
        g.fill(box);
        g.setPaint(Palette.OUTLINE);
        g.setStroke(new BasicStroke(info.selected ? 3f : 1.5f));
        g.draw(box);
        double bar = (s - 8) / 3;
        for (int k = 0; k < 3; k++) {
            double pct = t.loadingPct(k);
            double fill = Math.min(1, Math.max(0, pct / 100)) * (s - 4);
            box.setRect(x0 + 2 + k * (bar + 2), y0 + s - 2 - fill, bar, fill);
            g.setPaint(Palette.loading(pct));
            g.fill(box);
            if (bar >= 8) {
                g.setPaint(Palette.TEXT);
                g.setFont(PHASE);
                g.drawString(String.valueOf("ABC".charAt(k)), (float) (x0 + 2 + k * (bar + 2) + bar / 2 - 3), (float) (y0 + 11));
            }
        }
        g.setPaint(Palette.TEXT);
        g.setFont(LABEL);
        g.drawString(String.format(java.util.Locale.ROOT, "%.0f kVA", t.getRatingKva()), (float) x0, (float) (y0 + s + 12));
    }
}
