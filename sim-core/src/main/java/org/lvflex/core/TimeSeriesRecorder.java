package org.lvflex.core;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-step time series kept in preallocated primitive arrays (no boxing in the step loop) and
 * written once at the end as a tidy CSV: one row per step, a {@code time} column in ISO local time,
 * then one column per variable whose name carries its unit ({@code transformer_p_kw}).
 */
public final class TimeSeriesRecorder {
    /** The time format of every CSV lvflex writes: ISO local date and time to the minute, 2025-01-06T17:30. */
    public static final DateTimeFormatter ISO_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final SimClock clock;
    private final List<String> names = new ArrayList<>();
    private final List<Integer> decimals = new ArrayList<>();
    private final List<double[]> data = new ArrayList<>();

    public TimeSeriesRecorder(SimClock clock) {
        this.clock = clock;
    }

    /** Registers a column (before the run) and returns its index. */
    public int column(String nameWithUnit, int decimalsInCsv) {
        if (names.contains(nameWithUnit)) {
            throw new IllegalArgumentException("duplicate column " + nameWithUnit);
        }
        names.add(nameWithUnit);
        decimals.add(decimalsInCsv);
        data.add(new double[clock.steps()]);
        return names.size() - 1;
    }

    public void set(int column, int step, double value) {
        data.get(column)[step] = value;
    }

    public void add(int column, int step, double value) {
        data.get(column)[step] += value;
    }

    public double get(int column, int step) {
        return data.get(column)[step];
    }

    /** The live array of a column (read-only by convention; for metrics). */
    public double[] series(int column) {
        return data.get(column);
    }

    /** The live array of a column by name, or null. */
    public double[] series(String name) {
        int i = names.indexOf(name);
        return i < 0 ? null : data.get(i);
    }

    public SimClock clock() {
        return clock;
    }

    /** Writes the first {@code stepsDone} rows as CSV, atomically. */
    public void writeCsv(Path file, int stepsDone) {
        AtomicFiles.writeText(file, w -> writeCsv(w, stepsDone));
    }

    public void writeCsv(Writer w, int stepsDone) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        sb.append("time");
        for (String n : names) {
            sb.append(',').append(n);
        }
        w.append(sb).append('\n');
        int cols = names.size();
        double[][] cs = data.toArray(new double[0][]);
        int[] ds = decimals.stream().mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < stepsDone; k++) {
            sb.setLength(0);
            sb.append(ISO_MINUTE.format(clock.dateTime(clock.timeOf(k))));
            for (int c = 0; c < cols; c++) {
                sb.append(',');
                Fmt.fixed(sb, cs[c][k], ds[c]);
            }
            sb.append('\n');
            w.append(sb);
        }
    }
}
