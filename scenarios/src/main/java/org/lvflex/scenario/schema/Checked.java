package org.lvflex.scenario.schema;

/**
 * A parameter record with rules that span several fields (a window that must end after it starts,
 * weights that must match options). Called after every field passed its own type and range check.
 */
public interface Checked {
    /** Reports each broken rule as {@code path.field: got X, expected Y}. */
    void check(String path, Problems problems);
}
