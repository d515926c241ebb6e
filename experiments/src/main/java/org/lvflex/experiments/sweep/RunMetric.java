package org.lvflex.experiments.sweep;

import java.io.Serializable;

/** One metric of a finished run, as it travels back from an engine's worker. */
public record RunMetric(String name, double value, String unit) implements Serializable {}
