package org.lvflex.experiments.gui;

import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.grid.Grid;

/**
 * The secondary transformer as the feeder view draws it (a bar per phase) and MASON's inspector
 * shows it: demand per phase against firm capacity per phase (rating / 3, the same measure as the
 * run's transformer_max_phase_loading_pct), the lowest voltage on the feeder, reinforcement so far.
 */
public final class TransformerView {
    private final LvFlexModel m;
    private final String name;

    public TransformerView(LvFlexModel m, String name) {
        this.m = m;
        this.name = name;
    }

    private boolean solved() {
        return m.physicalSteps() > 0;
    }

    public String getName() {
        return name;
    }

    /** Firm capacity: the transformer rating, kVA (grows if the DNO reinforces). */
    public double getRatingKva() {
        return m.grid().transformerRatingKva();
    }

    public double getFirmCapacityPerPhaseKva() {
        return getRatingKva() / 3;
    }

    public double getPhaseAKva() {
        return kva(0);
    }

    public double getPhaseBKva() {
        return kva(1);
    }

    public double getPhaseCKva() {
        return kva(2);
    }

    public double getPhaseALoadingPct() {
        return loadingPct(0);
    }

    public double getPhaseBLoadingPct() {
        return loadingPct(1);
    }

    public double getPhaseCLoadingPct() {
        return loadingPct(2);
    }

    public double getTotalKw() {
        Grid g = m.grid();
        return solved() ? g.transformerPKw(0) + g.transformerPKw(1) + g.transformerPKw(2) : 0;
    }

    public double getLowestVoltageV() {
        return solved() ? m.grid().minVoltageV() : Double.NaN;
    }

    public double getLossesKw() {
        return solved() ? m.grid().lossesKw() : 0;
    }

    public int getReinforcements() {
        return m.dno().reinforcements().size();
    }

    public double getReinforcementCostGbp() {
        return m.dno().reinforcementCostGbp();
    }

    double kva(int phase) {
        return solved() ? m.grid().transformerSKva(phase) : 0;
    }

    /** Apparent power on a phase as % of firm capacity per phase. */
    double loadingPct(int phase) {
        return 100 * kva(phase) / getFirmCapacityPerPhaseKva();
    }

    @Override
    public String toString() {
        return "transformer " + name;
    }
}
