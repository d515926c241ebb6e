package org.lvflex.experiments.gui;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;
import sim.util.Bag;

/**
 * The feeder view's fixed panels, drawn in screen space over the visible part of the display (so
 * they stay put when the class zooms or scrolls): the clock, the model and a one-line reading of
 * the transformer at the top left; the legend of household states and loading colours along the
 * bottom. The feeder layout keeps both bands free. It is a layer of its own, so it can be hidden from the display's layers menu.
 */
final class OverlayPortrayal extends FieldPortrayal2D {
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font BODY = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int PAD = 6;
    private static final int SWATCH = 11;

    private final FeederView view;

    OverlayPortrayal(FeederView view) {
        this.view = view;
        setField(view);
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        return new SimplePortrayal2D();
    }

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        // panels are not agents: nothing to inspect
    }

    @Override
    public void draw(Object field, Graphics2D g, DrawInfo2D info) {
        Rectangle2D.Double clip = info.clip;
        status(g, view.statusLines(), clip.x + PAD, clip.y + PAD);
        legend(g, clip.x + PAD, clip.y + clip.height - PAD);
    }

    private void status(Graphics2D g, List<String> lines, double x, double y) {
        FontMetrics title = g.getFontMetrics(TITLE);
        FontMetrics body = g.getFontMetrics(BODY);
        int w = 0;
        for (int i = 0; i < lines.size(); i++) {
            w = Math.max(w, (i == 0 ? title : body).stringWidth(lines.get(i)));
        }
        int h = title.getHeight() + (lines.size() - 1) * body.getHeight();
        panel(g, x, y, w + 2 * PAD, h + 2 * PAD);
        double ty = y + PAD;
        for (int i = 0; i < lines.size(); i++) {
            FontMetrics fm = i == 0 ? title : body;
            g.setFont(i == 0 ? TITLE : BODY);
            g.setPaint(Palette.TEXT);
            g.drawString(lines.get(i), (float) (x + PAD), (float) (ty + fm.getAscent()));
            ty += fm.getHeight();
        }
    }

    /**
     * The legend along the bottom edge ({@code bottom}), in three columns: household states in two,
     * cable and transformer loading bands in the third.
     */
    private void legend(Graphics2D g, double x, double bottom) {
        FontMetrics fm = g.getFontMetrics(BODY);
        FontMetrics bold = g.getFontMetrics(BODY.deriveFont(Font.BOLD));
        int line = Math.max(fm.getHeight(), SWATCH + 2);
        HouseholdColouring colouring = view.colouring();
        List<HouseholdColouring.Entry> entries = colouring.legend();
        int half = (entries.size() + 1) / 2;
        String[] headings = {"Households: " + colouring.title(), "", "Loading, % of rating"};
        int[] colW = new int[3];
        for (int i = 0; i < entries.size(); i++) {
            int col = i < half ? 0 : 1;
            colW[col] = Math.max(colW[col], SWATCH + PAD + fm.stringWidth(entries.get(i).label()));
        }
        colW[0] = Math.max(colW[0], bold.stringWidth(headings[0]) - colW[1] - 2 * PAD);
        for (int i = 0; i < Palette.loadingBands(); i++) {
            colW[2] = Math.max(colW[2], SWATCH + PAD + fm.stringWidth(Palette.loadingBandLabel(i)));
        }
        colW[2] = Math.max(colW[2], bold.stringWidth(headings[2]));
        int rows = 1 + Math.max(half, Palette.loadingBands());
        double h = rows * line + 2 * PAD;
        double w = colW[0] + colW[1] + colW[2] + 2 * 2 * PAD + 2 * PAD;
        double y = bottom - h;
        panel(g, x, y, w, h);
        double[] colX = {x + PAD, x + PAD + colW[0] + 2 * PAD, x + PAD + colW[0] + colW[1] + 4 * PAD};
        heading(g, headings[0], colX[0], y + PAD, fm);
        heading(g, headings[2], colX[2], y + PAD, fm);
        g.setFont(BODY);
        for (int i = 0; i < entries.size(); i++) {
            int col = i < half ? 0 : 1;
            double ty = y + PAD + line * (1 + (i < half ? i : i - half));
            swatch(g, colX[col], ty + (line - SWATCH) / 2.0, entries.get(i).colour());
            g.setPaint(Palette.TEXT);
            g.drawString(entries.get(i).label(), (float) (colX[col] + SWATCH + PAD), (float) (ty + fm.getAscent()));
        }
        for (int i = 0; i < Palette.loadingBands(); i++) {
            double ty = y + PAD + line * (1 + i);
            double my = ty + line / 2.0;
            g.setPaint(Palette.loadingBand(i));
            g.setStroke(new BasicStroke(CablePortrayal.widthPx(12.5 + 25 * i) + 1f));
            g.drawLine((int) colX[2], (int) my, (int) (colX[2] + SWATCH), (int) my);
            g.setPaint(Palette.TEXT);
            g.drawString(Palette.loadingBandLabel(i), (float) (colX[2] + SWATCH + PAD), (float) (ty + fm.getAscent()));
        }
    }

    private static void heading(Graphics2D g, String text, double x, double y, FontMetrics fm) {
        g.setPaint(Palette.TEXT);
        g.setFont(BODY.deriveFont(Font.BOLD));
        g.drawString(text, (float) x, (float) (y + fm.getAscent()));
        g.setFont(BODY);
    }

    private static void swatch(Graphics2D g, double x, double y, java.awt.Color c) {
        Rectangle2D.Double r = new Rectangle2D.Double(x, y, SWATCH, SWATCH);
        g.setPaint(c);
        g.fill(r);
        g.setPaint(Palette.OUTLINE);
        g.setStroke(new BasicStroke(1f));
        g.draw(r);
    }

    private static void panel(Graphics2D g, double x, double y, double w, double h) {
        Rectangle2D.Double r = new Rectangle2D.Double(x, y, w, h);
        g.setPaint(Palette.PANEL);
        g.fill(r);
        g.setPaint(Palette.OUTLINE);
        g.setStroke(new BasicStroke(1f));
        g.draw(r);
    }
}
