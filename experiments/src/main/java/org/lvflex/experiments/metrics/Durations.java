package org.lvflex.experiments.metrics;

import java.util.List;
import org.HdrHistogram.DoubleHistogram;

/**
 * Distribution of event durations (curtailment events, DOMAIN.md section 8) through an HdrHistogram
 * with three significant digits: count, median and 90th percentile (to 0.1%), and the exact maximum,
 * in minutes. All zero when there were no events.
 */
public record Durations(long count, double p50, double p90, double max) {
    /** Durations below this (minutes) are recorded as it: the histogram needs positive values. */
    static final double SMALLEST = 1e-3;

    public static Durations of(List<Double> minutes) {
        if (minutes.isEmpty()) {
            return new Durations(0, 0, 0, 0);
        }
        DoubleHistogram h = new DoubleHistogram(3);
        double max = 0;
        for (double d : minutes) {
            h.recordValue(Math.max(d, SMALLEST));
            max = Math.max(max, d);
        }
        return new Durations(h.getTotalCount(), h.getValueAtPercentile(50), h.getValueAtPercentile(90), max);
    }
}
