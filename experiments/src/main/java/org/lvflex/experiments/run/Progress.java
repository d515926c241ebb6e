package org.lvflex.experiments.run;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import org.lvflex.core.LvSimState;
import org.lvflex.core.SimClock;

/**
 * A progress line on stderr for runs longer than a few seconds: simulated date, % done, ETA.
 * Silent for short runs and when disabled.
 */
public final class Progress implements LvSimState.ProgressListener {
    private static final DateTimeFormatter F = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final PrintStream out;
    private final SimClock clock;
    private final String label;
    private final long startNanos = System.nanoTime();
    private long lastPrint;
    private boolean printed;

    public Progress(PrintStream out, SimClock clock, String label) {
        this.out = out;
        this.clock = clock;
        this.label = label;
    }

    @Override
    public void update(double now, double horizon) {
        long t = System.nanoTime();
        if (t - lastPrint < 1_000_000_000L || t - startNanos < 2_000_000_000L) {
            return;
        }
        lastPrint = t;
        double frac = now / horizon;
        double elapsed = (t - startNanos) / 1e9;
        double eta = frac > 0 ? elapsed * (1 - frac) / frac : Double.NaN;
        out.printf("\r%s: simulated %s  %3.0f%%  ETA %s   ", label, F.format(clock.dateTime(now)), 100 * frac, duration(eta));
        out.flush();
        printed = true;
    }

    /** Ends the progress line, if one was printed. */
    public void done() {
        if (printed) {
            out.printf("\r%s: done in %s%s%n", label, duration((System.nanoTime() - startNanos) / 1e9), " ".repeat(30));
        }
    }

    /** A duration for a progress line: "42s", "12m05s", "3h20m"; "?" when unknown (NaN). */
    public static String duration(double s) {
        if (Double.isNaN(s)) {
            return "?";
        }
        if (s < 90) {
            return String.format("%.0fs", s);
        }
        if (s < 5400) {
            return String.format("%dm%02ds", (long) s / 60, (long) s % 60);
        }
        return String.format("%dh%02dm", (long) s / 3600, (long) s / 60 % 60);
    }
}
