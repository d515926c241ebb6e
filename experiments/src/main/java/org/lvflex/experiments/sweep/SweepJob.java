package org.lvflex.experiments.sweep;

import java.io.Serializable;

/**
 * What every run of a sweep shares: the sweep's name and the resolved base scenario (with the
 * sweep's fixed overrides) as JSON text. Engines broadcast it once to their workers.
 */
public record SweepJob(String name, String baseJson) implements Serializable {}
