package org.lvflex.network.generator;

/** How the feeder generator puts single-phase customers on phases. */
public enum PhaseAllocation {
    /** A, B, C in turn along each way: counts per phase differ by at most one. */
    BALANCED,
    /** Each customer on a phase drawn uniformly at random (seeded): the unbalance real feeders show. */
    RANDOM
}
