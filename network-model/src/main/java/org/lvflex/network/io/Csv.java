package org.lvflex.network.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.lvflex.core.CsvRows;
import org.lvflex.core.InputException;

/** Minimal reader for the simple comma-separated files bundled with lvflex (no quoted fields). */
final class Csv {
    private Csv() {}

    /** Rows of a classpath resource ({@link CsvRows}), without {@code [Section]} lines. */
    static List<String[]> resourceRows(String path) {
        InputStream in = Csv.class.getResourceAsStream(path);
        if (in == null) {
            throw new InputException("bundled resource " + path + " is missing from the classpath");
        }
        try (in) {
            // "[Section]" lines (Source.csv) carry no data
            return CsvRows.read(in).stream().filter(r -> !r[0].startsWith("[")).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + path, e);
        }
    }

    /** {@link #resourceRows} after the first one, the column header. */
    static List<String[]> rowsAfterHeader(String path) {
        List<String[]> rows = resourceRows(path);
        return rows.isEmpty() ? rows : rows.subList(1, rows.size());
    }

    static double number(String file, String element, String column, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new InputException(file + ": " + element + ": " + column + " '" + text + "' is not a number");
        }
    }
}
