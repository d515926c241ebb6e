package org.lvflex.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.lvflex.core.Param;

/**
 * One scenario field to vary: either a list of values, or a range from/to with a step (a GRID of
 * evenly spaced values) or without one (sampled continuously by a LATIN_HYPERCUBE design).
 */
public record SweepParameter(
        @Param("Scenario field to vary, as a dotted path such as ev.share or dno.reinforcementTriggerPct (see docs/scenario-reference.md)")
        String path,
        @Param("The values to run: numbers, names or true/false, each valid for the field; leave empty to give a range")
        List<JsonNode> values,
        @Param("Start of the range, inclusive (with 'to')") Double from,
        @Param("End of the range, inclusive (with 'from')") Double to,
        @Param("Spacing of the range's values; leave out under a LATIN_HYPERCUBE design to sample the range continuously")
        Double step) {

    public static SweepParameter defaults() {
        return new SweepParameter("", List.of(), null, null, null);
    }

    /** True when the parameter is a continuous range (from/to without step). */
    public boolean continuous() {
        return values.isEmpty() && step == null;
    }
}
