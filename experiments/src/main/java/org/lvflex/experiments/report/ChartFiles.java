package org.lvflex.experiments.report;

import java.awt.Color;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.lvflex.core.AtomicFiles;

/** Writes charts as PNG files, atomically. */
public final class ChartFiles {
    private ChartFiles() {}

    public static void png(JFreeChart chart, Path file, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        AtomicFiles.writeBinary(file, os -> ChartUtils.writeChartAsPNG(os, chart, width, height));
    }

    /** The chart as PNG bytes (for embedding in a self-contained HTML report). */
    public static byte[] pngBytes(JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot render chart " + chart.getTitle().getText(), e);
        }
        return out.toByteArray();
    }

    /**
     * Keeps at most {@code buckets} points of a series, each the maximum of its bucket (so peaks
     * survive): x[i] is the first index of bucket i.
     */
    public static double[][] downsampleMax(double[] y, int n, int buckets) {
        if (n <= buckets) {
            double[][] out = new double[2][n];
            for (int i = 0; i < n; i++) {
                out[0][i] = i;
                out[1][i] = y[i];
            }
            return out;
        }
        double[][] out = new double[2][buckets];
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets);
            int to = (int) ((long) (b + 1) * n / buckets);
            double max = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                max = Math.max(max, y[i]);
            }
            out[0][b] = from;
            out[1][b] = max;
        }
        return out;
    }
}
