package org.lvflex.experiments.metrics;

/** One named result of a run, with its unit (empty when dimensionless). */
public record Metric(String name, double value, String unit) {}
