package org.lvflex.experiments.sweep;

import java.io.PrintStream;
import org.lvflex.experiments.run.Progress;

/**
 * The sweep's progress line on stderr: runs done of the total, failures, throughput and ETA from
 * the runs finished in this invocation. At most one update a second; thread-safe.
 */
public final class SweepProgress {
    private final PrintStream out;
    private final String label;
    private final int total;
    private final int alreadyDone;
    private final long startNanos = System.nanoTime();
    private int done;
    private int failed;
    private long lastPrint;
    private boolean printed;

    public SweepProgress(PrintStream out, String label, int total, int alreadyDone) {
        this.out = out;
        this.label = label;
        this.total = total;
        this.alreadyDone = alreadyDone;
    }

    public synchronized void finished(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        long t = System.nanoTime();
        if (out != null && (t - lastPrint >= 1_000_000_000L || alreadyDone + done == total)) {
            lastPrint = t;
            out.print("\r" + line(t) + "   ");
            out.flush();
            printed = true;
        }
    }

    /** Ends the progress line, if one was printed. */
    public synchronized void close() {
        if (out != null && printed) {
            out.println();
            out.flush();
        }
    }

    public synchronized int done() {
        return done;
    }

    public synchronized int failed() {
        return failed;
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    String line(long now) {
        double elapsed = (now - startNanos) / 1e9;
        int remaining = total - alreadyDone - done;
        double eta = done > 0 ? elapsed / done * remaining : Double.NaN;
        return String.format("%s: %d/%d runs%s%s  %.1f runs/min  ETA %s", label, alreadyDone + done, total,
                alreadyDone > 0 ? " (" + alreadyDone + " from before)" : "", failed > 0 ? ", " + failed + " failed" : "",
                elapsed > 0 ? 60 * done / elapsed : 0.0, Progress.duration(eta));
    }
}
