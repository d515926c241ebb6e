package org.lvflex.experiments.sweep;

import org.lvflex.experiments.metrics.Stats;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Sweep plots: a metric against one varied parameter, one line (or point cloud) per model. */
public final class SweepCharts {
    /** Above this many distinct values (a Latin hypercube) a parameter is plotted as a scatter of runs. */
    public static final int MAX_LINE_VALUES = 25;
    private static final Color[] MODEL = {new Color(0x2C3E50), new Color(0xC0392B), new Color(0x2471A3), new Color(0x229954),
        new Color(0x8E44AD), new Color(0xD68910), new Color(0x17A589), new Color(0x7F8C8D), new Color(0xA04000), new Color(0x1F618D)};

    private SweepCharts() {}

    /**
     * Mean of the metric at each value of the parameter, with its confidence band, per model.
     * {@code effects} are {@link SweepSummary#effects} at confidence {@code level} (computed once for every plot).
     */
    public static JFreeChart effect(List<SweepSummary.Effect> effects, String parameter, String metric, double level) {
        Map<String, List<SweepSummary.Effect>> byModel = new LinkedHashMap<>();
        String unit = "";
        for (SweepSummary.Effect e : effects) {
            if (e.parameter().equals(parameter) && e.metric().equals(metric)) {
                byModel.computeIfAbsent(e.model(), m -> new ArrayList<>()).add(e);
                unit = e.unit();
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Map.Entry<String, List<SweepSummary.Effect>> m : byModel.entrySet()) {
            YIntervalSeries series = new YIntervalSeries(m.getKey());
            List<SweepSummary.Effect> pts = new ArrayList<>(m.getValue());
            pts.sort(Comparator.comparingDouble(e -> SweepSummary.number(e.value())));
            for (SweepSummary.Effect e : pts) {
                Stats st = e.stats();
                if (st.n() == 0) {
                    continue;
                }
                boolean band = !Double.isNaN(st.ciLow());
                series.add(SweepSummary.number(e.value()), st.mean(), band ? st.ciLow() : st.mean(), band ? st.ciHigh() : st.mean());
            }
            data.addSeries(series);
        }
        DeviationRenderer r = new DeviationRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            Color c = MODEL[i % MODEL.length];
            r.setSeriesPaint(i, c);
            r.setSeriesFillPaint(i, c);
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        r.setAlpha(0.18f);
        JFreeChart chart = chart(data, r, parameter, metric, unit);
        chart.addSubtitle(new TextTitle(String.format("mean over runs at each value, band: %.0f%% confidence interval of the mean", 100 * level)));
        return chart;
    }

    /** Every run's metric against the parameter, per model (for continuously sampled parameters). */
    public static JFreeChart scatter(SweepSummary s, String parameter, String metric) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<String, List<double[]>> m : s.scatter(parameter, metric).entrySet()) {
            XYSeries series = new XYSeries(m.getKey(), true, true);
            for (double[] xy : m.getValue()) {
                series.add(xy[0], xy[1]);
            }
            data.addSeries(series);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, MODEL[i % MODEL.length]);
        }
        JFreeChart chart = chart(data, r, parameter, metric, s.unit(metric));
        chart.addSubtitle(new TextTitle("one point per run"));
        return chart;
    }

    private static JFreeChart chart(org.jfree.data.xy.XYDataset data, org.jfree.chart.renderer.xy.XYItemRenderer r, String parameter,
            String metric, String unit) {
        NumberAxis x = new NumberAxis(parameter);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(metric + (unit.isEmpty() ? "" : " (" + unit + ")"));
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return new JFreeChart(metric + " vs " + parameter, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }
}
