package org.lvflex.network;

import org.lvflex.core.InputException;

/**
 * A cable or overhead-line type: sequence impedances per kilometre and a thermal rating.
 *
 * <p>The phase impedance matrix of a three-wire, Kron-reduced line with a perfectly grounded neutral
 * follows from the sequence impedances: self {@code Zs = (2 Z1 + Z0) / 3}, mutual
 * {@code Zm = (Z0 - Z1) / 3}. Shunt capacitance is neglected (irrelevant at LV cable lengths).
 *
 * @param name        unique name, e.g. {@code 4c_185}
 * @param r1OhmPerKm  positive-sequence resistance
 * @param x1OhmPerKm  positive-sequence reactance
 * @param r0OhmPerKm  zero-sequence resistance
 * @param x0OhmPerKm  zero-sequence reactance
 * @param ampacityA   continuous thermal rating per phase conductor
 * @param ratingNote  where the rating comes from (a source, or why it is an assumption)
 */
public record LineCode(String name, double r1OhmPerKm, double x1OhmPerKm, double r0OhmPerKm,
                       double x0OhmPerKm, double ampacityA, String ratingNote) {

    public LineCode {
        if (name == null || name.isBlank()) {
            throw new InputException("line code: name is empty; give every line code a unique name");
        }
        requirePositive(name, "R1", r1OhmPerKm, "ohm/km");
        requirePositive(name, "R0", r0OhmPerKm, "ohm/km");
        requireNonNegative(name, "X1", x1OhmPerKm, "ohm/km");
        requireNonNegative(name, "X0", x0OhmPerKm, "ohm/km");
        requirePositive(name, "ampacity", ampacityA, "A");
        ratingNote = ratingNote == null ? "" : ratingNote;
    }

    /**
     * Writes the 3x3 phase impedance of {@code lengthM} metres of this code, in ohm, row-major into
     * {@code re[offset..offset+8]} and {@code im[offset..offset+8]}.
     */
    public void phaseImpedance(double lengthM, double[] re, double[] im, int offset) {
        double km = lengthM / 1000.0;
        double rs = (2 * r1OhmPerKm + r0OhmPerKm) / 3 * km;
        double xs = (2 * x1OhmPerKm + x0OhmPerKm) / 3 * km;
        double rm = (r0OhmPerKm - r1OhmPerKm) / 3 * km;
        double xm = (x0OhmPerKm - x1OhmPerKm) / 3 * km;
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                re[offset + 3 * r + c] = r == c ? rs : rm;
                im[offset + 3 * r + c] = r == c ? xs : xm;
            }
        }
    }

    private static void requirePositive(String code, String what, double v, String unit) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new InputException("line code " + code + ": " + what + " " + v + " " + unit
                    + " is not allowed; it must be a finite number > 0");
        }
    }

    private static void requireNonNegative(String code, String what, double v, String unit) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new InputException("line code " + code + ": " + what + " " + v + " " + unit
                    + " is not allowed; it must be a finite number >= 0");
        }
    }
}
