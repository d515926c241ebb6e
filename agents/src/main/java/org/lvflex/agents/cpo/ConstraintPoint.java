package org.lvflex.agents.cpo;

import org.lvflex.agents.grid.Grid;

/**
 * A network location the DNO monitors for the Smart Charging Connections (003:L499): the transformer
 * or the head of one LV way. Flows and limits are expressed as kW of balanced three-phase site load,
 * on the most loaded phase: a site drawing x kW adds x/3 to each phase, so it moves the most loaded
 * phase's equivalent by x (linearised at unity power factor and nominal voltage).
 */
final class ConstraintPoint {
    /** Canonical name: TRANSFORMER or FEEDER:n (n from 1). */
    final String name;
    /** Feeder index (from 0), or -1 for the transformer. */
    final int feeder;
    private final double limitPct;
    private final double ratingA;
    private final double phaseVoltageV;
    final PointHistorian historian;
    // this step
    double flowKw;
    double limitKw;

    ConstraintPoint(String name, int feeder, double limitPct, double ratingA, double phaseVoltageV, PointHistorian historian) {
        this.name = name;
        this.feeder = feeder;
        this.limitPct = limitPct;
        this.ratingA = ratingA;
        this.phaseVoltageV = phaseVoltageV;
        this.historian = historian;
    }

    /** Reads the solved network: the most loaded phase, as three-phase kW, and the limit. */
    void measure(Grid g) {
        double worst = 0;
        if (feeder < 0) {
            for (int ph = 0; ph < 3; ph++) {
                worst = Math.max(worst, g.transformerSKva(ph));
            }
            flowKw = 3 * worst;
            limitKw = g.transformerRatingKva() * limitPct / 100;
        } else {
            for (int ph = 0; ph < 3; ph++) {
                worst = Math.max(worst, g.feederHeadCurrentA(feeder, ph));
            }
            flowKw = 3 * phaseVoltageV * worst / 1000;
            limitKw = 3 * phaseVoltageV * ratingA * limitPct / 100 / 1000;
        }
    }

    boolean overloaded() {
        return flowKw > limitKw + 1e-9;
    }
}
