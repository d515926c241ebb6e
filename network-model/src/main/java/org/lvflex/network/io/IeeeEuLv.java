package org.lvflex.network.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lvflex.core.InputException;
import org.lvflex.network.LineCode;
import org.lvflex.network.Network;
import org.lvflex.network.NetworkBuilder;
import org.lvflex.network.Source;
import org.lvflex.network.Transformer;

/**
 * Loads the IEEE European Low Voltage Test Feeder (IEEE PES test feeder working group, 2015) from the
 * CSV files bundled under {@code data/ieee-eu-lv/}, with line ratings from {@link LineRatings}.
 *
 * <p>Modelling choices that reproduce the published OpenDSS solution: source EMF 1.05 pu behind the
 * impedance given by ISC3 = 3000 A with the OpenDSS default X1/R1 = 4; transformer %R 0.4 is the total
 * of both windings; the transformer is OpenDSS's delta-wye, i.e. LV lags HV by 30 degrees (Dyn1).
 */
public final class IeeeEuLv {
    static final String NETWORK = "/data/ieee-eu-lv/network/";
    static final String PROFILES = "/data/ieee-eu-lv/load-profiles/";
    /** OpenDSS Vsource default X1/R1 and X0/R0 ratios, used because the feeder's source gives none. */
    static final double OPENDSS_X1R1 = 4.0;
    static final double OPENDSS_X0R0 = 3.0;

    /** Read once per JVM: a {@link Network} is immutable, so every run and thread can share it. */
    private static volatile Network network;

    private IeeeEuLv() {}

    /** The feeder as published: 906 buses, 905 lines, 55 single-phase 1 kW loads (read once, then shared). */
    public static Network network() {
        Network n = network;
        if (n == null) {
            n = read(); // two threads may both read it once; either copy is the same network
            network = n;
        }
        return n;
    }

    /** The feeder's line codes (LineCodes.csv) with the ratings of {@link LineRatings}, without building the network. */
    public static List<LineCode> lineCodes() {
        Map<String, LineRatings.Rating> ratings = LineRatings.ieeeEuLv();
        String codes = NETWORK + "LineCodes.csv";
        List<LineCode> out = new ArrayList<>();
        for (String[] r : Csv.rowsAfterHeader(codes)) {
            LineRatings.Rating rating = ratings.get(r[0]);
            if (rating == null) {
                throw new InputException(LineRatings.RESOURCE + ": no rating for line code " + r[0]);
            }
            if (!r[8].equalsIgnoreCase("km")) {
                throw new InputException(codes + ": line code " + r[0] + ": units '" + r[8] + "'; expected km");
            }
            out.add(new LineCode(r[0], Csv.number(codes, r[0], "R1", r[2]), Csv.number(codes, r[0], "X1", r[3]),
                    Csv.number(codes, r[0], "R0", r[4]), Csv.number(codes, r[0], "X0", r[5]), rating.ampacityA(), rating.note()));
        }
        return List.copyOf(out);
    }

    private static Network read() {
        NetworkBuilder b = new NetworkBuilder("ieee-eu-lv");
        b.source(source());
        transformer(b);
        lineCodes().forEach(b::lineCode);
        String coords = NETWORK + "Buscoords.csv";
        for (String[] r : Csv.rowsAfterHeader(coords)) {
            b.bus(r[0], Csv.number(coords, r[0], "x", r[1]), Csv.number(coords, r[0], "y", r[2]));
        }
        String lines = NETWORK + "Lines.csv";
        for (String[] r : Csv.rowsAfterHeader(lines)) {
            if (!r[5].equalsIgnoreCase("m")) {
                throw new InputException(lines + ": line " + r[0] + ": units '" + r[5] + "'; expected m");
            }
            b.line(r[0], r[1], r[2], Csv.number(lines, r[0], "Length", r[4]), r[6]);
        }
        String loads = NETWORK + "Loads.csv";
        for (String[] r : Csv.rowsAfterHeader(loads)) {
            b.load(r[0], r[2], r[3], Csv.number(loads, r[0], "kW", r[7]), Csv.number(loads, r[0], "PF", r[8]), r[9]);
        }
        return b.build();
    }

    /** The bundled load shapes ({@code Shape_1..Shape_100}). */
    public static LoadShapes loadShapes() {
        return LoadShapes.ieeeEuLv();
    }

    private static Source source() {
        double kv = Double.NaN;
        double pu = Double.NaN;
        double isc3 = Double.NaN;
        double isc1 = Double.NaN;
        String file = NETWORK + "Source.csv";
        for (String[] row : Csv.resourceRows(file)) {
            String[] kvp = row[0].split("=");
            if (kvp.length != 2) {
                continue;
            }
            String value = kvp[1].replaceAll("[^0-9.eE+-]", "");
            switch (kvp[0].strip().toLowerCase(java.util.Locale.ROOT)) {
                case "voltage" -> kv = Csv.number(file, "source", "Voltage", value);
                case "pu" -> pu = Csv.number(file, "source", "pu", value);
                case "isc3" -> isc3 = Csv.number(file, "source", "ISC3", value);
                case "isc1" -> isc1 = Csv.number(file, "source", "ISC1", value);
                default -> { }
            }
        }
        return new Source(kv, pu, 0.0, isc3, isc1, OPENDSS_X1R1, OPENDSS_X0R0);
    }

    private static void transformer(NetworkBuilder b) {
        String file = NETWORK + "Transformer.csv";
        String[] r = Csv.rowsAfterHeader(file).get(0);
        String conn = r[7].equalsIgnoreCase("Delta") && r[8].equalsIgnoreCase("Wye") ? "Dyn1" : r[7] + "/" + r[8];
        Transformer t = new Transformer(r[0], Csv.number(file, r[0], "MVA", r[6]) * 1000, Csv.number(file, r[0], "kV_pri", r[4]),
                Csv.number(file, r[0], "kV_sec", r[5]), Csv.number(file, r[0], "% resistance", r[10]),
                Csv.number(file, r[0], "%XHL", r[9]), conn);
        b.transformer(t, r[3]);
    }
}
