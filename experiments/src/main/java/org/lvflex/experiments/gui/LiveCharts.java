package org.lvflex.experiments.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.awt.geom.Line2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.SamplingXYLineRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.experiments.report.Charts;

/**
 * The live charts (JFreeChart 1.5): transformer demand per phase against firm capacity per phase,
 * the lowest voltage against the statutory minimum, running totals of curtailed energy and V2G
 * revenue, and, side by side, both models' transformer demand on one chart. Fed with
 * {@link LiveTotals} samples; call {@link #reset} when the models are rebuilt and {@link #add} on the
 * Swing thread (or any one thread when there is no GUI, as in tests).
 */
public final class LiveCharts {
    static final Color[] PHASE = Charts.PHASE;
    static final Color LEFT = new Color(0x1B2631);
    static final Color RIGHT = new Color(0xD35400);
    private static final BasicStroke SOLID = new BasicStroke(1.6f);
    private static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
            new float[] {6f, 4f}, 0f);
    private static final BasicStroke MARKER = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
            new float[] {8f, 4f}, 0f);
    /** A firm-capacity line further above the data than this factor is left off the range (noted in a subtitle). */
    private static final double FIRM_IN_RANGE = 2.5;

    // series are replaced on every reset (JFreeChart series keys are fixed once made)
    private final XYSeries[] phase = new XYSeries[3];
    private XYSeries vMinA;
    private XYSeries vMinB;
    private XYSeries curtA;
    private XYSeries curtB;
    private XYSeries v2gA;
    private XYSeries v2gB;
    private XYSeries totalA;
    private XYSeries totalB;
    private final XYSeriesCollection demandData = new XYSeriesCollection();
    private final XYSeriesCollection voltageData = new XYSeriesCollection();
    private final XYSeriesCollection curtailedData = new XYSeriesCollection();
    private final XYSeriesCollection revenueData = new XYSeriesCollection();
    private final XYSeriesCollection sideData = new XYSeriesCollection();

    private final JFreeChart demand;
    private final JFreeChart voltage;
    private final JFreeChart totals;
    private final JFreeChart sideBySide;
    private final ValueMarker firmPerPhase = marker("firm capacity per phase");
    private final ValueMarker firmTotal = marker("firm capacity");
    private final ValueMarker statutory = marker("statutory minimum");
    private final TextTitle demandNote = note();
    private final TextTitle sideNote = note();
    private final TextTitle voltageNote = note();
    private double maxPhaseKva;
    private double maxTotalKva;
    private double minV = Double.POSITIVE_INFINITY;
    private double maxV = Double.NEGATIVE_INFINITY;
    private double firmKva = Double.NaN;
    private boolean compare;
    private String sideDefault = "";

    public LiveCharts() {
        fill("left", null);
        demand = chart("Transformer demand per phase", "kVA", demandData, PHASE, new BasicStroke[] {SOLID, SOLID, SOLID});
        demand.getXYPlot().addRangeMarker(firmPerPhase);
        demand.addSubtitle(demandNote);

        voltage = chart("Lowest voltage on the feeder", "V", voltageData, new Color[] {LEFT, RIGHT}, new BasicStroke[] {SOLID, DASHED});
        voltage.getXYPlot().addRangeMarker(statutory);
        voltage.addSubtitle(voltageNote);

        totals = chart("Running totals since the warm-up", "curtailed energy (kWh)", curtailedData, new Color[] {PHASE[0], PHASE[0]},
                new BasicStroke[] {SOLID, DASHED});
        XYPlot tp = totals.getXYPlot();
        NumberAxis gbp = new NumberAxis("V2G revenue (GBP)");
        gbp.setAutoRangeIncludesZero(true);
        gbp.setAutoRangeMinimumSize(1.0); // a flat zero line, not an axis of +-5e-9
        tp.setRangeAxis(1, gbp);
        tp.setDataset(1, revenueData);
        tp.mapDatasetToRangeAxis(1, 1);
        tp.setRenderer(1, renderer(new Color[] {new Color(0x8E44AD), new Color(0x8E44AD)}, new BasicStroke[] {SOLID, DASHED}));
        ((NumberAxis) tp.getRangeAxis()).setAutoRangeIncludesZero(true);
        ((NumberAxis) tp.getRangeAxis()).setAutoRangeMinimumSize(1.0);

        sideBySide = chart("Transformer demand, side by side", "kVA", sideData, new Color[] {LEFT, RIGHT}, new BasicStroke[] {SOLID, SOLID});
        sideBySide.getXYPlot().addRangeMarker(firmTotal);
        sideBySide.addSubtitle(sideNote);
    }

    /** New, empty series named after the models (right may be null). */
    private void fill(String la, String lb) {
        String b = lb == null ? "no second model" : lb;
        for (int k = 0; k < 3; k++) {
            phase[k] = new XYSeries("phase " + "ABC".charAt(k), false, true);
        }
        vMinA = new XYSeries("lowest voltage, " + la, false, true);
        vMinB = new XYSeries("lowest voltage, " + b, false, true);
        curtA = new XYSeries("curtailed, " + la, false, true);
        curtB = new XYSeries("curtailed, " + b, false, true);
        v2gA = new XYSeries("V2G revenue, " + la, false, true);
        v2gB = new XYSeries("V2G revenue, " + b, false, true);
        totalA = new XYSeries(la + " (left)", false, true);
        totalB = new XYSeries(b + " (right)", false, true);
        demandData.removeAllSeries();
        for (XYSeries p : phase) {
            demandData.addSeries(p);
        }
        voltageData.removeAllSeries();
        voltageData.addSeries(vMinA);
        voltageData.addSeries(vMinB);
        curtailedData.removeAllSeries();
        curtailedData.addSeries(curtA);
        curtailedData.addSeries(curtB);
        revenueData.removeAllSeries();
        revenueData.addSeries(v2gA);
        revenueData.addSeries(v2gB);
        sideData.removeAllSeries();
        sideData.addSeries(totalA);
        sideData.addSeries(totalB);
    }

    /** Empties every chart and names the series after the models now running ({@code b} may be null). */
    public void reset(LvFlexModel a, LvFlexModel b) {
        compare = b != null;
        maxPhaseKva = 0;
        maxTotalKva = 0;
        minV = Double.POSITIVE_INFINITY;
        maxV = Double.NEGATIVE_INFINITY;
        firmKva = Double.NaN;
        String la = a.modelType().label();
        String lb = compare ? b.modelType().label() : "";
        demand.setTitle("Transformer demand per phase: " + la);
        if (compare && la.equals(lb)) {
            lb = lb + " again"; // series keys must differ
        }
        fill(la, compare ? lb : null);
        double limit = a.scenario().network().limits().minVoltageV();
        statutory.setValue(limit);
        statutory.setLabel(String.format(Locale.ROOT, "statutory minimum %.1f V", limit));
        voltageNote.setText(a.grid().hasVoltages() ? "" : "No voltages: the network is a copper plate");
        sideDefault = compare ? "Same households, cars and trips in both runs (common random numbers)"
                : "No second model: choose \"Side by side with\" in the Model tab";
        demandNote.setText("");
        sideNote.setText(sideDefault);
        for (XYPlot p : new XYPlot[] {voltage.getXYPlot(), totals.getXYPlot(), sideBySide.getXYPlot()}) {
            for (int r = 0; r < p.getRendererCount(); r++) {
                p.getRenderer(r).setSeriesVisible(1, compare);
                p.getRenderer(r).setSeriesVisibleInLegend(1, compare);
            }
        }
    }

    /** Appends samples of the left model and (side by side) the right one; redraws once. */
    public void add(List<LiveTotals.Sample> a, List<LiveTotals.Sample> b) {
        if (a.isEmpty() && (b == null || b.isEmpty())) {
            return;
        }
        for (LiveTotals.Sample s : a) {
            for (int k = 0; k < 3; k++) {
                phase[k].add(s.millis(), s.phaseKva(k), false);
                maxPhaseKva = Math.max(maxPhaseKva, s.phaseKva(k));
            }
            vMinA.add(s.millis(), s.minVoltageV(), false);
            curtA.add(s.millis(), s.curtailedKwh(), false);
            v2gA.add(s.millis(), s.v2gRevenueGbp(), false);
            totalA.add(s.millis(), s.totalKva(), false);
            maxTotalKva = Math.max(maxTotalKva, s.totalKva());
            voltageRange(s.minVoltageV());
            firmKva = s.firmKva();
        }
        if (b != null) {
            for (LiveTotals.Sample s : b) {
                vMinB.add(s.millis(), s.minVoltageV(), false);
                curtB.add(s.millis(), s.curtailedKwh(), false);
                v2gB.add(s.millis(), s.v2gRevenueGbp(), false);
                totalB.add(s.millis(), s.totalKva(), false);
                maxTotalKva = Math.max(maxTotalKva, s.totalKva());
                voltageRange(s.minVoltageV());
            }
        }
        firmRange(demand, firmPerPhase, demandNote, "", firmKva / 3, maxPhaseKva, "per phase ");
        firmRange(sideBySide, firmTotal, sideNote, sideDefault, firmKva, maxTotalKva, "");
        if (minV <= maxV) {
            double lo = Math.min(statutory.getValue() - 3, minV - 2);
            voltage.getXYPlot().getRangeAxis().setRange(lo, Math.max(maxV + 2, lo + 10));
        }
        for (XYSeries x : new XYSeries[] {phase[0], phase[1], phase[2], vMinA, vMinB, curtA, curtB, v2gA, v2gB, totalA, totalB}) {
            x.fireSeriesChanged();
        }
    }

    private void voltageRange(double v) {
        if (Double.isFinite(v)) {
            minV = Math.min(minV, v);
            maxV = Math.max(maxV, v);
        }
    }

    /** Shows the firm-capacity line when it is near the data; otherwise says where it is. */
    private static void firmRange(JFreeChart chart, ValueMarker m, TextTitle note, String inRangeNote, double firm, double dataMax,
            String what) {
        m.setValue(firm);
        m.setLabel(String.format(Locale.ROOT, "firm capacity %s%.0f kVA", what, firm));
        NumberAxis axis = (NumberAxis) chart.getXYPlot().getRangeAxis();
        if (firm <= FIRM_IN_RANGE * Math.max(dataMax, 1e-9)) {
            axis.setRange(0, Math.max(firm, dataMax) * 1.1);
            note.setText(inRangeNote);
        } else {
            axis.setRange(0, Math.max(dataMax * 1.15, 1));
            note.setText(String.format(Locale.ROOT, "Firm capacity %s%.0f kVA is off the top: peak so far %.0f%% of it",
                    what, firm, 100 * dataMax / firm));
        }
    }

    public JFreeChart demandChart() {
        return demand;
    }

    public JFreeChart voltageChart() {
        return voltage;
    }

    public JFreeChart totalsChart() {
        return totals;
    }

    public JFreeChart sideBySideChart() {
        return sideBySide;
    }

    /** Number of points the demand chart holds (for tests). */
    int points() {
        return phase[0].getItemCount();
    }

    private static JFreeChart chart(String title, String yLabel, XYSeriesCollection data, Color[] colours, BasicStroke[] strokes) {
        DateAxis time = new DateAxis("time");
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        SimpleDateFormat f = new SimpleDateFormat("EEE HH:mm", Locale.UK);
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        time.setDateFormatOverride(f);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, time, y, renderer(colours, strokes));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xD5D8DC));
        plot.setRangeGridlinePaint(new Color(0xD5D8DC));
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 13), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static SamplingXYLineRenderer renderer(Color[] colours, BasicStroke[] strokes) {
        SamplingXYLineRenderer r = new LineLegendRenderer();
        for (int i = 0; i < colours.length; i++) {
            r.setSeriesPaint(i, colours[i]);
            r.setSeriesStroke(i, strokes[i]);
        }
        return r;
    }

    /**
     * Draws at most a vertical segment per pixel column (a week of minutes costs no more to draw than
     * an hour), with legend entries drawn as the series' own line and colour.
     */
    private static final class LineLegendRenderer extends SamplingXYLineRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public LegendItem getLegendItem(int dataset, int series) {
            LegendItem plain = super.getLegendItem(dataset, series);
            if (plain == null) {
                return null;
            }
            LegendItem item = new LegendItem(plain.getLabel(), null, null, null, new Line2D.Double(-10, 0, 10, 0),
                    lookupSeriesStroke(series), lookupSeriesPaint(series));
            item.setDataset(plain.getDataset());
            item.setDatasetIndex(plain.getDatasetIndex());
            item.setSeriesKey(plain.getSeriesKey());
            item.setSeriesIndex(series);
            return item;
        }
    }

    private static ValueMarker marker(String label) {
        ValueMarker m = new ValueMarker(0, Color.BLACK, MARKER);
        m.setLabel(label);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        return m;
    }

    private static TextTitle note() {
        TextTitle t = new TextTitle("", new Font(Font.SANS_SERIF, Font.ITALIC, 11));
        return t;
    }
}
