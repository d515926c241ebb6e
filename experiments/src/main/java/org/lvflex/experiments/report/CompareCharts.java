package org.lvflex.experiments.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lvflex.experiments.compare.Comparison;
import org.lvflex.experiments.compare.Estimate;
import org.lvflex.experiments.compare.RunAnalysis;
import org.lvflex.experiments.compare.RunResult;
import org.lvflex.experiments.equity.AllocationTable;
import org.lvflex.experiments.equity.EquityTable;
import org.lvflex.experiments.equity.GroupKind;
import org.lvflex.scenario.AllocationRule;
import org.lvflex.scenario.ModelType;

/**
 * The charts of the comparison report. Bars show the mean over replications with the 95%
 * confidence interval as an error bar when there are several replications; profiles show
 * replication 0. Each model keeps one colour in every chart.
 */
public final class CompareCharts {
    /** One colour per model, by {@link ModelType} order. */
    static final Color[] MODEL_COLOURS = {new Color(0x333333), new Color(0x1F77B4), new Color(0xD62728), new Color(0xFF7F0E),
        new Color(0x2CA02C), new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x17BECF),
        new Color(0xBCBD22)};
    static final Color[] SERIES = {new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C), new Color(0xD62728),
        new Color(0x9467BD), new Color(0x8C564B)};

    private CompareCharts() {}

    public static Color colour(ModelType m) {
        return MODEL_COLOURS[m.ordinal() % MODEL_COLOURS.length];
    }

    /** Transformer demand over the day for every model: the mean day, or the day of each model's peak (replication 0). */
    public static JFreeChart dailyProfile(Comparison.Result r, boolean peakDay) {
        XYSeriesCollection data = new XYSeriesCollection();
        double firm = 0;
        double max = 0;
        for (ModelType m : r.models()) {
            RunResult run = r.of(m).get(0).run();
            double[] y = peakDay ? run.peakDayKva : run.meanDayKva;
            XYSeries s = new XYSeries(m.label() + (peakDay ? " (" + run.peakDay + ")" : ""), false, false);
            for (int k = 0; k < y.length; k++) {
                s.add(k * run.stepMinutes / 60.0, y[k]);
                max = Math.max(max, y[k]);
            }
            data.addSeries(s);
            firm = run.firmKva;
        }
        JFreeChart chart = ChartFactory.createXYLineChart(
                peakDay ? "Transformer demand on each model's peak day" : "Transformer demand, mean day",
                "Hour of day", "kVA", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer ren = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < r.models().size(); i++) {
            ren.setSeriesPaint(i, colour(r.models().get(i)));
            ren.setSeriesStroke(i, new BasicStroke(i == 0 ? 2.2f : 1.4f));
        }
        plot.setRenderer(ren);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setRange(0, 24);
        x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(2));
        plot.getRangeAxis().setRange(0, Math.max(firm, max) * 1.1);
        plot.addRangeMarker(firmMarker(firm));
        style(chart);
        return chart;
    }

    /** Peak and secondary peak per model (kW), with firm capacity. */
    public static JFreeChart peaks(Comparison.Result r) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (ModelType m : r.models()) {
            add(data, r, m, "peak_demand_kw", "Peak (kW)");
            add(data, r, m, "secondary_peak_kw", "Secondary peak, outside " + window(r) + " (kW)");
        }
        JFreeChart chart = bars("Peak and secondary peak", "kW", data, r.replications());
        double firm = r.of(r.models().get(0)).get(0).run().firmKva;
        chart.getCategoryPlot().addRangeMarker(firmMarker(firm));
        ensureVisible(chart.getCategoryPlot(), firm);
        return chart;
    }

    /** Curtailed and unmet energy per model (kWh over the run). */
    public static JFreeChart curtailment(Comparison.Result r) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (ModelType m : r.models()) {
            add(data, r, m, "curtailed_kwh", "Curtailed (kWh)");
            add(data, r, m, "unmet_kwh", "Unmet at departure (kWh)");
        }
        JFreeChart chart = bars("Curtailment and unmet energy over the run", "kWh", data, r.replications());
        boolean any = false;
        for (int i = 0; i < data.getRowCount(); i++) {
            for (int j = 0; j < data.getColumnCount(); j++) {
                Number v = data.getMeanValue(i, j);
                any |= v != null && v.doubleValue() > 0;
            }
        }
        if (!any) {
            chart.addSubtitle(new TextTitle("No model curtailed any charging and every departure target was met"));
            chart.getCategoryPlot().getRangeAxis().setRange(0, 1);
        }
        return chart;
    }

    /** V2G revenue per year against the share of the time plugged in at home, one point per V2G household and replication. */
    public static JFreeChart v2gRevenue(Comparison.Result r) {
        XYSeriesCollection data = new XYSeriesCollection();
        int points = 0;
        boolean anyRevenue = false;
        for (ModelType m : r.models()) {
            XYSeries s = new XYSeries(m.label(), false, true);
            for (RunAnalysis a : r.of(m)) {
                RunResult run = a.run();
                for (int i = 0; i < run.v2gHouseholds(); i++) {
                    s.add(100 * run.v2gPlugInShare[i], run.v2gRevenuePerYear[i]);
                    anyRevenue |= run.v2gRevenuePerYear[i] != 0;
                    points++;
                }
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createScatterPlot("V2G revenue against plug-in time (per V2G household)",
                "Time plugged in at home (% of the run)", "Net V2G revenue (GBP/yr)", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        for (int i = 0; i < r.models().size(); i++) {
            plot.getRenderer().setSeriesPaint(i, colour(r.models().get(i)));
        }
        ((NumberAxis) plot.getDomainAxis()).setRange(0, 100);
        if (points == 0) {
            chart.addSubtitle(new TextTitle("No household has V2G in this scenario"));
        } else if (!anyRevenue) {
            chart.addSubtitle(new TextTitle("No model in this comparison exports from V2G: revenue is zero for every household"));
            plot.getRangeAxis().setRange(-10, 100);
        }
        style(chart);
        return chart;
    }

    /** Net benefit per household per year by IMD decile, one line per model. */
    public static JFreeChart equityByDecile(Comparison.Result r) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (ModelType m : r.models()) {
            for (String decile : GroupKind.IMD_DECILE.groups()) {
                double[] v = r.of(m).stream().mapToDouble(a -> equity(a, GroupKind.IMD_DECILE, decile,
                        "net_benefit_gbp_per_household_year")).filter(x -> !Double.isNaN(x)).toArray();
                if (v.length > 0) {
                    Estimate e = Estimate.of(v);
                    data.add(e.mean(), r.replications() > 1 ? e.halfWidth() : 0, m.label(), decile);
                }
            }
        }
        JFreeChart chart = ChartFactory.createLineChart("Net benefit by IMD decile (1 = most deprived)", "IMD decile",
                "GBP per household per year", data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StatisticalLineAndShapeRenderer ren = new StatisticalLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getRowCount(); i++) {
            ren.setSeriesPaint(i, colour(ModelType.values()[modelIndex(r, data.getRowKey(i).toString())]));
            ren.setSeriesStroke(i, new BasicStroke(1.6f));
        }
        plot.setRenderer(ren);
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        style(chart);
        return chart;
    }

    /** Share paid / share caused of network cost by IMD quintile under each rule, for one model. */
    public static JFreeChart paidVsCaused(Comparison.Result r, ModelType model) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (AllocationRule rule : AllocationRule.values()) {
            for (String q : GroupKind.IMD_QUINTILE.groups()) {
                double[] v = r.of(model).stream().mapToDouble(a -> ratio(a, rule, GroupKind.IMD_QUINTILE, q))
                        .filter(x -> !Double.isNaN(x)).toArray();
                if (v.length > 0) {
                    Estimate e = Estimate.of(v);
                    data.add(e.mean(), r.replications() > 1 ? e.halfWidth() : 0, rule.label(), "Q" + q);
                }
            }
        }
        JFreeChart chart = bars("Network cost paid / caused by IMD quintile (Q1 most deprived) - " + model.label(),
                "share paid / share caused", data, r.replications());
        chart.getCategoryPlot().getDomainAxis().setLabel("IMD quintile");
        chart.getCategoryPlot().addRangeMarker(new ValueMarker(1, Color.BLACK, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f)));
        chart.addSubtitle(new TextTitle("Above 1: the group pays more than the share of the peak it causes"));
        return chart;
    }

    // ---- helpers --------------------------------------------------------------------------------

    static double equity(RunAnalysis a, GroupKind kind, String group, String metric) {
        for (EquityTable.Row row : a.equity()) {
            if (row.kind() == kind && row.group().equals(group) && row.metric().equals(metric)) {
                return row.value();
            }
        }
        return Double.NaN;
    }

    static double ratio(RunAnalysis a, AllocationRule rule, GroupKind kind, String group) {
        for (AllocationTable.Row row : a.allocation()) {
            if (row.rule() == rule && row.kind() == kind && row.group().equals(group)) {
                return row.ratio();
            }
        }
        return Double.NaN;
    }

    private static int modelIndex(Comparison.Result r, String label) {
        for (ModelType m : r.models()) {
            if (m.label().equals(label)) {
                return m.ordinal();
            }
        }
        return 0;
    }

    static String window(Comparison.Result r) {
        var a = r.scenario().analysis();
        int end = (a.primaryStartMinute() + a.primaryLengthMinutes()) % 1440;
        return a.primaryPeakStart() + "-" + String.format(java.util.Locale.ROOT, "%02d:%02d", end / 60, end % 60);
    }

    private static void add(DefaultStatisticalCategoryDataset data, Comparison.Result r, ModelType m, String metric, String series) {
        double[] v = r.of(m).stream().mapToDouble(a -> a.metric(metric)).toArray();
        Estimate e = Estimate.of(v);
        data.add(e.mean(), r.replications() > 1 ? e.halfWidth() : 0, series, m.label());
    }

    private static JFreeChart bars(String title, String unit, DefaultStatisticalCategoryDataset data, int replications) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, unit, data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer ren = replications > 1 ? new StatisticalBarRenderer() : new BarRenderer();
        ren.setBarPainter(new StandardBarPainter());
        ren.setShadowVisible(false);
        ren.setItemMargin(0.05);
        for (int i = 0; i < data.getRowCount(); i++) {
            ren.setSeriesPaint(i, SERIES[i % SERIES.length]);
        }
        if (ren instanceof StatisticalBarRenderer s) {
            s.setErrorIndicatorPaint(Color.BLACK);
        }
        plot.setRenderer(ren);
        CategoryAxis x = plot.getDomainAxis();
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        style(chart);
        if (replications > 1) {
            chart.addSubtitle(new TextTitle("Mean of " + replications + " replications; error bars: 95% confidence interval"));
        }
        return chart;
    }

    private static void ensureVisible(CategoryPlot plot, double value) {
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        if (y.getUpperBound() < value * 1.08) {
            y.setRange(0, value * 1.1);
        }
    }

    /** {@link Charts#firmMarker}, its label in the report's font at the top left of the line. */
    private static ValueMarker firmMarker(double firm) {
        ValueMarker m = Charts.firmMarker(firm);
        m.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
        m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
        return m;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font("SansSerif", Font.BOLD, 15));
        if (chart.getPlot() instanceof XYPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(new Color(0xDDDDDD));
            p.setRangeGridlinePaint(new Color(0xDDDDDD));
        } else if (chart.getPlot() instanceof CategoryPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setRangeGridlinePaint(new Color(0xDDDDDD));
        }
    }
}
