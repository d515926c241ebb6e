package org.lvflex.agents.demand;

import org.lvflex.network.io.LoadShapes;

/**
 * The 100 real one-minute household demand profiles published with the IEEE European LV Test
 * Feeder (kW, 1440 values from 00:01), as flat arrays for the step loop. Built once per JVM from
 * the network model's {@link LoadShapes}; read-only.
 */
public final class LoadProfiles {
    public static final int COUNT = 100;
    public static final int MINUTES = LoadShapes.MINUTES;
    private static volatile double[][] profiles;

    private LoadProfiles() {}

    /** Profile {@code i} (0-based): element m is the mean demand in minute m of the day (kW). */
    public static double[] profile(int i) {
        return all()[i];
    }

    public static double[][] all() {
        double[][] p = profiles;
        if (p == null) {
            synchronized (LoadProfiles.class) {
                if (profiles == null) {
                    LoadShapes shapes = LoadShapes.ieeeEuLv();
                    double[][] out = new double[COUNT][MINUTES];
                    for (int i = 0; i < COUNT; i++) {
                        for (int m = 0; m < MINUTES; m++) {
                            out[i][m] = shapes.value("Shape_" + (i + 1), m + 1);
                        }
                    }
                    profiles = out;
                }
                p = profiles;
            }
        }
        return p;
    }
}
