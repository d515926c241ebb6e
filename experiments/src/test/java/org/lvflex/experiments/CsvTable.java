package org.lvflex.experiments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A CSV file read back for assertions (lvflex writes no quoted commas in these tables). */
public final class CsvTable {
    public final List<String> header;
    public final List<String[]> rows = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    public CsvTable(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        header = List.of(lines.get(0).split(",", -1));
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
        for (String l : lines.subList(1, lines.size())) {
            rows.add(l.split(",", -1));
        }
    }

    public int col(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new AssertionError("no column " + name + " in " + header);
        }
        return i;
    }

    public String get(String[] row, String name) {
        return row[col(name)];
    }

    public double num(String[] row, String name) {
        return Double.parseDouble(row[col(name)]);
    }

    public double sum(String name) {
        return sum(name, r -> true);
    }

    public double sum(String name, Predicate<String[]> where) {
        double s = 0;
        for (String[] r : rows) {
            if (where.test(r)) {
                s += num(r, name);
            }
        }
        return s;
    }
}
