package org.lvflex.scenario.schema;

import java.util.ArrayList;
import java.util.List;
import org.lvflex.core.InputException;

/** Collects every problem found in a file, so the user sees all of them at once. */
public final class Problems {
    private final List<String> list = new ArrayList<>();

    /** Adds {@code path: got X, expected Y}. */
    public void add(String path, String got, String expected) {
        list.add(path + ": got " + got + ", expected " + expected);
    }

    /** Adds a free-form problem already naming its field. */
    public void add(String message) {
        list.add(message);
    }

    /**
     * Checks that a list has {@code count} entries; if not, adds {@code field: got N <noun>,
     * expected <count> <noun>, <each>} (e.g. {@code each} = "one per hour of the day").
     * Returns whether the size is right.
     */
    public boolean checkSize(String field, List<?> list, int count, String noun, String each) {
        if (list.size() != count) {
            add(field, list.size() + " " + noun, count + " " + noun + ", " + each);
            return false;
        }
        return true;
    }

    /** Checks a list of relative weights: {@code count} of them (see {@link #checkSize}) and not all zero. */
    public void checkWeights(String field, List<Double> weights, int count, String each) {
        if (checkSize(field, weights, count, "weights", each) && weights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            add(field, "all zero", "at least one positive weight");
        }
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<String> list() {
        return List.copyOf(list);
    }

    /** Throws an {@link InputException} listing every problem, prefixed by {@code source}, if any. */
    public void throwIfAny(String source) {
        if (!list.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (String p : list) {
                lines.add(source + ": " + p);
            }
            throw new InputException(lines);
        }
    }
}
