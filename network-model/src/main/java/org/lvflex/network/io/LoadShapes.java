package org.lvflex.network.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.lvflex.core.InputException;

/**
 * Named one-minute load shapes (multipliers of a load's nominal kW), one value per minute of a day.
 * Minute {@code M} (1..1440) is row {@code M} of a shape file, whose first row is 00:01.
 */
public final class LoadShapes {
    /** Minutes in a day: the length of every shape. */
    public static final int MINUTES = 1440;

    private final Map<String, double[]> shapes;

    public LoadShapes(Map<String, double[]> shapes) {
        Map<String, double[]> copy = new LinkedHashMap<>();
        shapes.forEach((k, v) -> {
            if (v.length != MINUTES) {
                throw new InputException("load shape " + k + ": has " + v.length + " values; it needs " + MINUTES);
            }
            copy.put(k, v.clone());
        });
        this.shapes = Collections.unmodifiableMap(copy);
    }

    /**
     * The 100 household shapes of the IEEE European LV feeder, {@code Shape_N} = {@code Load_profile_N.csv}
     * ({@code LoadShapes.csv} names the 55 the feeder's loads use; the other 45 follow the same pattern).
     */
    public static LoadShapes ieeeEuLv() {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (String[] row : Csv.rowsAfterHeader(IeeeEuLv.NETWORK + "LoadShapes.csv")) {
            m.put(row[0], readProfile(IeeeEuLv.PROFILES + row[3]));
        }
        for (int n = 1; n <= 100; n++) {
            m.computeIfAbsent("Shape_" + n, k -> readProfile(IeeeEuLv.PROFILES + "Load_profile_" + k.substring(6) + ".csv"));
        }
        return new LoadShapes(m);
    }

    private static double[] readProfile(String file) {
        double[] v = new double[MINUTES];
        int i = 0;
        for (String[] r : Csv.rowsAfterHeader(file)) {
            if (i >= MINUTES) {
                throw new InputException(file + ": more than " + MINUTES + " rows");
            }
            v[i++] = Csv.number(file, "row " + i, "mult", r[1]);
        }
        if (i != MINUTES) {
            throw new InputException(file + ": " + i + " rows; a day needs " + MINUTES);
        }
        return v;
    }

    public Set<String> names() {
        return shapes.keySet();
    }

    public boolean contains(String name) {
        return shapes.containsKey(name);
    }

    /** Multiplier of shape {@code name} at {@code minute} (1..1440). */
    public double value(String name, int minute) {
        double[] v = shapes.get(name);
        if (v == null) {
            throw new InputException("load shape '" + name + "' does not exist; known shapes: " + shapes.size()
                    + " (e.g. " + shapes.keySet().stream().limit(3).toList() + ")");
        }
        checkMinute(minute);
        return v[minute - 1];
    }

    /** Rejects a minute of the day outside 1..1440. */
    static void checkMinute(int minute) {
        if (minute < 1 || minute > MINUTES) {
            throw new InputException("minute " + minute + " is not allowed; it must lie in 1.." + MINUTES);
        }
    }
}
