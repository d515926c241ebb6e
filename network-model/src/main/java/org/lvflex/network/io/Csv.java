package org.lvflex.network.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.lvflex.core.InputException;

/** Minimal reader for the simple comma-separated files bundled with lvflex (no quoted fields). */
final class Csv {
    private Csv() {}

    /** Lines of a classpath resource, trimmed; blank lines and {@code #} comments dropped. */
    static List<String[]> resourceRows(String path) {
        InputStream in = Csv.class.getResourceAsStream(path);
        if (in == null) {
            throw new InputException("bundled resource " + path + " is missing from the classpath");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#") || t.startsWith("[")) {
                    continue;
                }
                String[] cells = t.split(",", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + path, e);
        }
        return rows;
    }

    static double number(String file, String element, String column, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new InputException(file + ": " + element + ": " + column + " '" + text + "' is not a number");
        }
    }
}
