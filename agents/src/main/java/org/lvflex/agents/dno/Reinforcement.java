package org.lvflex.agents.dno;

/**
 * A reinforcement the DNO decided: when, from which capacity to which, the half-hourly peak that
 * triggered it and its cost. {@code inService} is when the new capacity is available (may lie after
 * the end of the run).
 */
public record Reinforcement(double decidedAt, double inService, double fromKva, double toKva, double peakKva, double costGbp) {}
