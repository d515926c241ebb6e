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
