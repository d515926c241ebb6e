package org.lvflex.scenario;

import org.lvflex.core.Param;

/** Which optional outputs a run writes. */
public record OutputSpec(
        @Param("Write sessions.csv (one row per plug-in session)") boolean sessions,
        @Param("Write households.csv (one row per household)") boolean households,
        @Param("Draw PNG charts") boolean charts) {

    public static OutputSpec defaults() {
        return new OutputSpec(true, true, true);
    }
}
