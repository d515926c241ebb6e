package org.lvflex.experiments.sweep;

import java.io.Serializable;

/**
 * What one run of a sweep needs besides the base scenario: its id and its scenario overrides as a
 * JSON object of dotted paths (the point's values, run.days, run.seed, model.type). Small and
 * serialisable, so cluster engines ship it to their workers.
 */
public record RunInput(String runId, String overridesJson) implements Serializable {}
