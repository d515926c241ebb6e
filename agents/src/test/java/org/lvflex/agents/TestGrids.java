package org.lvflex.agents;

import org.lvflex.agents.grid.CopperPlateGrid;

/** Small networks for agent tests. */
final class TestGrids {
    private TestGrids() {}

    /** {@code n} single-phase connections spread A, B, C in turn over {@code feeders} feeders. */
    static CopperPlateGrid copperPlate(int n, int feeders, double kva) {
        int[] phase = new int[n];
        int[] feeder = new int[n];
        for (int i = 0; i < n; i++) {
            phase[i] = i % 3;
            feeder[i] = i % feeders;
        }
        return new CopperPlateGrid(phase, feeder, kva);
    }
}
