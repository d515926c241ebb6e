package org.lvflex.experiments.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.ZoneOffset;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.Minute;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.lvflex.agents.Columns;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.core.SimClock;
import org.lvflex.core.TimeSeriesRecorder;

/** The charts of a single run. */
public final class Charts {
    /** The colours of phases A, B and C, in every chart (the run's and the GUI's live charts). */
    public static final Color[] PHASE = {new Color(0xC0392B), new Color(0x2471A3), new Color(0x229954)};

    private Charts() {}

    /** Transformer demand per phase and in total over the run, with firm capacity. */
    public static JFreeChart transformerDemand(LvFlexModel m) {
        TimeSeriesRecorder r = m.recorder();
        Columns c = m.columns();
        int n = m.stepsDone();
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(series("Total (kVA)", r.series(c.s), n, r.clock()));
        int[] cols = {c.pA, c.pB, c.pC};
        for (int k = 0; k < 3; k++) {
            data.addSeries(series("Phase " + "ABC".charAt(k) + " (kW)", r.series(cols[k]), n, r.clock()));
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(
                "Transformer demand — " + m.scenario().name() + " (" + m.modelType().label() + ")",
                "Time", "kW / kVA", data, true, false, false);
        XYPlot plot = chart.getXYPlot();
        ((DateAxis) plot.getDomainAxis()).setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        plot.getRenderer().setSeriesPaint(0, Color.DARK_GRAY);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(1.6f));
        for (int k = 0; k < 3; k++) {
            plot.getRenderer().setSeriesPaint(k + 1, PHASE[k]);
        }
        double firm = r.get(c.ratingKva, 0);
        double max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, r.series(c.s)[i]);
        }
        plot.addRangeMarker(firmMarker(firm));
        if (firm > 1.15 * max) {
            chart.addSubtitle(new TextTitle("Firm capacity " + Math.round(firm) + " kVA is above the plotted range (peak "
                    + Math.round(max) + " kVA)"));
        } else {
            plot.getRangeAxis().setRange(0, Math.max(firm, max) * 1.08);
        }
        return chart;
    }

    /** The firm-capacity line: black, dashed, labelled "firm capacity N kVA". */
    static ValueMarker firmMarker(double firm) {
        ValueMarker marker = new ValueMarker(firm, Color.BLACK, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
        marker.setLabel("firm capacity " + Math.round(firm) + " kVA");
        return marker;
    }

    /** A recorded series as a JFreeChart time series, at most ~4000 points (bucket maxima). */
    static TimeSeries series(String name, double[] y, int n, SimClock clock) {
        TimeSeries ts = new TimeSeries(name);
        double[][] d = ChartFiles.downsampleMax(y, n, 4000);
        for (int i = 0; i < d[0].length; i++) {
            var t = clock.dateTime(clock.timeOf((int) d[0][i]));
            ts.addOrUpdate(new Minute(java.util.Date.from(t.toInstant(ZoneOffset.UTC)), java.util.TimeZone.getTimeZone("UTC"),
                    java.util.Locale.UK), d[1][i]);
        }
        return ts;
    }
}
