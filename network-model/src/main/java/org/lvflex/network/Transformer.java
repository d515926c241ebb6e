package org.lvflex.network;

import java.util.Locale;
import org.lvflex.core.InputException;

/**
 * The distribution transformer feeding the LV network: delta primary, grounded-wye secondary.
 *
 * <p>The delta primary blocks zero-sequence current, so on the LV side the source appears as a
 * Thevenin equivalent with {@code Z1 = Z2 = Zsource(referred) + Ztx} and {@code Z0 = Ztx}.
 *
 * @param name        name, e.g. {@code TR1}
 * @param ratingKva   three-phase rating
 * @param kvPrimary   rated primary line-to-line voltage
 * @param kvSecondary rated secondary line-to-line voltage (the LV base: phase-to-neutral base is
 *                    {@code kvSecondary / sqrt3})
 * @param pctR        total series resistance of both windings, % on the transformer base. For the
 *                    IEEE European LV feeder the published 0.4 % is this total: it reproduces the
 *                    OpenDSS reference to 1e-5 pu, while 0.4 % per winding misses by 5e-4 pu
 * @param pctX        leakage reactance, % on the transformer base
 * @param connection  vector group: {@code Dyn1} (LV lags HV by 30 degrees, the OpenDSS delta-wye
 *                    convention used by the IEEE feeder) or {@code Dyn11} (LV leads by 30 degrees,
 *                    the usual UK 11 kV/LV connection)
 */
public record Transformer(String name, double ratingKva, double kvPrimary, double kvSecondary, double pctR,
                          double pctX, String connection) {

    public Transformer {
        if (name == null || name.isBlank()) {
            name = "TR1";
        }
        check(name, "rating", ratingKva, "kVA", 1, 1e5);
        check(name, "primary voltage", kvPrimary, "kV", 0.1, 1000);
        check(name, "secondary voltage", kvSecondary, "kV", 0.1, 100);
        check(name, "%R", pctR, "%", 1e-4, 50);
        check(name, "%X", pctX, "%", 0, 50);
        String c = connection == null ? "" : connection.trim();
        if (!c.equalsIgnoreCase("Dyn1") && !c.equalsIgnoreCase("Dyn11")) {
            throw new InputException("transformer " + name + ": connection '" + connection
                    + "' is not supported; use Dyn1 or Dyn11 (delta primary, grounded-wye secondary)");
        }
        connection = c.equalsIgnoreCase("Dyn1") ? "Dyn1" : "Dyn11";
    }

    /** Phase shift of the LV side relative to the HV side, degrees. */
    public double phaseShiftDeg() {
        return connection.equals("Dyn1") ? -30.0 : 30.0;
    }

    /** Nominal phase-to-neutral voltage of the secondary, V. */
    public double secondaryPhaseVoltageV() {
        return kvSecondary * 1000.0 / Math.sqrt(3);
    }

    /** Rated secondary phase current, A. */
    public double ratedCurrentA() {
        return ratingKva * 1000.0 / (Math.sqrt(3) * kvSecondary * 1000.0);
    }

    /** Series resistance referred to the secondary, ohm. */
    public double rOhmSecondary() {
        return pctR / 100.0 * baseOhmSecondary();
    }

    /** Series reactance referred to the secondary, ohm. */
    public double xOhmSecondary() {
        return pctX / 100.0 * baseOhmSecondary();
    }

    /** The same transformer re-rated to {@code kva}, keeping %R and %X on the new base. */
    public Transformer withRatingKva(double kva) {
        return new Transformer(name, kva, kvPrimary, kvSecondary, pctR, pctX, connection);
    }

    private double baseOhmSecondary() {
        return kvSecondary * kvSecondary * 1000.0 / ratingKva;
    }

    private static void check(String name, String what, double v, String unit, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new InputException(String.format(Locale.ROOT,
                    "transformer %s: %s %s %s is not allowed; it must lie in [%s, %s]", name, what, v, unit, min, max));
        }
    }
}
