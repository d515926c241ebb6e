package org.lvflex.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fast, locale-free, deterministic number formatting for CSV output (String.format is ~50x slower
 * and locale-dependent). Same value, same text, on every machine.
 */
public final class Fmt {
    private static final long[] POW10 = {1L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L,
        10000000L, 100000000L, 1000000000L};

    private Fmt() {}

    /** Appends {@code v} with exactly {@code decimals} (0..9) digits after the point; NaN as empty. */
    public static StringBuilder fixed(StringBuilder sb, double v, int decimals) {
        if (Double.isNaN(v)) {
            return sb;
        }
        if (Double.isInfinite(v)) {
            return sb.append(v > 0 ? "inf" : "-inf");
        }
        double scaledD = Math.abs(v) * POW10[decimals];
        if (scaledD >= 9.0e17) {
            return sb.append(BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString());
        }
        long scaled = Math.round(scaledD);
        if (v < 0 && scaled != 0) {
            sb.append('-');
        }
        long pow = POW10[decimals];
        sb.append(scaled / pow);
        if (decimals > 0) {
            sb.append('.');
            long frac = scaled % pow;
            for (long p = pow / 10; p > 1 && frac < p; p /= 10) {
                sb.append('0');
            }
            sb.append(frac);
        }
        return sb;
    }

    /** {@code v} with {@code decimals} digits, as a string. */
    public static String fixed(double v, int decimals) {
        return fixed(new StringBuilder(24), v, decimals).toString();
    }

    /** Quotes a CSV field if it holds a comma, quote or newline. */
    public static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
