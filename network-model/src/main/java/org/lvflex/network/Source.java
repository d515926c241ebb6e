package org.lvflex.network;

import org.lvflex.core.InputException;

/**
 * The upstream grid as a Thevenin source at the transformer primary: a balanced EMF behind a
 * short-circuit impedance given by fault levels, as OpenDSS's {@code Vsource} does.
 *
 * @param kv       nominal line-to-line voltage of the primary
 * @param pu       EMF magnitude in per unit of {@code kv}
 * @param angleDeg angle of phase A of the EMF
 * @param isc3A    three-phase short-circuit current; sets the positive-sequence impedance
 *                 {@code |Z1| = kV / (sqrt3 * Isc3)}
 * @param isc1A    single-phase short-circuit current; sets the zero-sequence impedance, which a
 *                 delta primary blocks, so it does not enter LV results (kept for completeness)
 * @param x1r1     X1/R1 ratio of the source impedance
 * @param x0r0     X0/R0 ratio of the source impedance
 */
public record Source(double kv, double pu, double angleDeg, double isc3A, double isc1A, double x1r1,
                     double x0r0) {

    public Source {
        check("kV", kv, 0.1, 1000);
        check("pu", pu, 0.5, 1.5);
        check("ISC3", isc3A, 1e-3, 1e9);
        check("ISC1", isc1A, 1e-3, 1e9);
        check("X1/R1", x1r1, 0, 1e4);
        check("X0/R0", x0r0, 0, 1e4);
        if (!Double.isFinite(angleDeg)) {
            throw new InputException("source: angle " + angleDeg + " deg is not a finite number");
        }
    }

    /** Magnitude of the positive-sequence source impedance on the primary side, ohm. */
    public double z1Ohm() {
        return kv * 1000.0 / (Math.sqrt(3) * isc3A);
    }

    /** Positive-sequence source resistance on the primary side, ohm. */
    public double r1Ohm() {
        return z1Ohm() / Math.sqrt(1 + x1r1 * x1r1);
    }

    /** Positive-sequence source reactance on the primary side, ohm. */
    public double x1Ohm() {
        return r1Ohm() * x1r1;
    }

    private static void check(String what, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new InputException("source: " + what + " " + v + " is not allowed; it must lie in ["
                    + min + ", " + max + "]");
        }
    }
}
