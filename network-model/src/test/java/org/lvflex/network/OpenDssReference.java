package org.lvflex.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The published OpenDSS solution of the IEEE European LV feeder at minute 566 (test resource). */
public final class OpenDssReference {
    private OpenDssReference() {}

    /** Magnitude (V) and angle (deg) of phase 1..3 of one bus. */
    public record BusVoltage(double[] magnitudeV, double[] angleDeg) {}

    /** Voltages by bus name (upper case, as OpenDSS writes them). */
    public static Map<String, BusVoltage> voltages() {
        Map<String, BusVoltage> out = new LinkedHashMap<>();
        String path = "/data/ieee-eu-lv/reference-minute-566/opendss-Voltages.csv";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                OpenDssReference.class.getResourceAsStream(path), StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split(",");
                if (c.length < 14) {
                    continue;
                }
                double[] mag = new double[3];
                double[] ang = new double[3];
                for (int k = 0; k < 3; k++) {
                    mag[k] = Double.parseDouble(c[3 + 4 * k].strip());
                    ang[k] = Double.parseDouble(c[4 + 4 * k].strip());
                }
                out.put(c[0].strip().toUpperCase(java.util.Locale.ROOT), new BusVoltage(mag, ang));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
