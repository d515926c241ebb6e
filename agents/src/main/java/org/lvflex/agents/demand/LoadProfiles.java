package org.lvflex.agents.demand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The 100 real one-minute household demand profiles published with the IEEE European LV Test
 * Feeder (kW, 1440 values from 00:01). Loaded once per JVM; read-only.
 */
public final class LoadProfiles {
    public static final int COUNT = 100;
    public static final int MINUTES = 1440;
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
                    profiles = load();
                }
                p = profiles;
            }
        }
        return p;
    }

    private static double[][] load() {
        double[][] out = new double[COUNT][MINUTES];
        for (int i = 0; i < COUNT; i++) {
            String res = "/data/ieee-eu-lv/load-profiles/Load_profile_" + (i + 1) + ".csv";
            try (InputStream in = LoadProfiles.class.getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + res);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                r.readLine(); // header time,mult
                for (int m = 0; m < MINUTES; m++) {
                    String line = r.readLine();
                    out[i][m] = Double.parseDouble(line.substring(line.indexOf(',') + 1).trim());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
