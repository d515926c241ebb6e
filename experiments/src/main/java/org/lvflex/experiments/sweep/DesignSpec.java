package org.lvflex.experiments.sweep;

import org.lvflex.core.Param;

/** How the parameters' values combine into the sweep's points. */
public record DesignSpec(
        @Param("GRID runs every combination of the parameters' values (the first parameter varies slowest); LATIN_HYPERCUBE draws 'samples' points, one in each of 'samples' equal slices of every parameter")
        Type type,
        @Param(value = "Number of points of a LATIN_HYPERCUBE design", min = 1, max = 100000,
                assumption = "10 points per varied parameter is the usual rule of thumb for a first screening")
        int samples,
        @Param("Seed of the Latin hypercube draw (apart from the run seeds, so the same points can be rerun with new replications)")
        long seed) {

    /** Kinds of design. */
    public enum Type { GRID, LATIN_HYPERCUBE }

    public static DesignSpec defaults() {
        return new DesignSpec(Type.GRID, 20, 1);
    }
}
