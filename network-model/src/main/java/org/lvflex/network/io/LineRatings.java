package org.lvflex.network.io;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thermal ratings of the IEEE European LV feeder's line codes, read from the bundled table
 * {@code data/ieee-eu-lv/line-ratings.csv}. The published feeder has no ampacities, so each value
 * there is a documented assumption (typical UK/EU buried rating for the cross-section), kept in data
 * rather than in code so it can be reviewed and changed.
 */
public final class LineRatings {
    /** The bundled table's classpath location. */
    public static final String RESOURCE = "/data/ieee-eu-lv/line-ratings.csv";

    private LineRatings() {}

    /** One row of the table. */
    public record Rating(String code, double ampacityA, String conductor, String note) {}

    /** Ratings by line-code name, in file order. */
    public static Map<String, Rating> ieeeEuLv() {
        Map<String, Rating> out = new LinkedHashMap<>();
        for (String[] row : Csv.rowsAfterHeader(RESOURCE)) {
            out.put(row[0], new Rating(row[0], Csv.number(RESOURCE, row[0], "ampacity_a", row[1]), row[2], row[3]));
        }
        return out;
    }
}
