package org.lvflex.agents.grid;

/**
 * What agents see of the LV network: connection points to draw power at, a solve per step, and the
 * measurements a DNO's monitoring would give (transformer per phase, feeder heads, voltages). Agents
 * never touch power-flow internals; the network never knows about tariffs.
 */
public interface Grid {
    /** Phase code of a single-phase connection: 0, 1, 2 = A, B, C; {@link #THREE_PHASE} = balanced. */
    int THREE_PHASE = 3;

    int connectionCount();

    /** 0, 1, 2 for single-phase connections, {@link #THREE_PHASE} for balanced three-phase ones. */
    int phaseOf(int connection);

    /** The LV way (transformer outgoing feeder) a connection sits on. */
    int feederOf(int connection);

    int feederCount();

    /** Name of the connection point in the network data (e.g. LOAD1). */
    String connectionName(int connection);

    /** Name of the bus a connection point sits at (empty when the grid has no buses). */
    String connectionBus(int connection);

    double transformerRatingKva();

    /** Reinforcement: a larger transformer (same per-unit impedance on its own base). */
    void setTransformerRatingKva(double kva);

    /** Demand at a connection for the coming solve; negative P is export. */
    void setDemand(int connection, double pKw, double qKvar);

    /** Solves the network with the demands set; results below refer to this solve. */
    void solve();

    /** The warm-up is over: counts kept over the solves start again. */
    default void beginReporting() {}

    double transformerPKw(int phase);

    double transformerQKvar(int phase);

    /** Apparent power through one transformer phase. */
    double transformerSKva(int phase);

    /** Loading of the most loaded transformer phase, % of a third of the rating. */
    default double maxPhaseLoadingPct() {
        double max = 0;
        for (int ph = 0; ph < 3; ph++) {
            max = Math.max(max, transformerSKva(ph));
        }
        return 100 * max / (transformerRatingKva() / 3);
    }

    /** Losses in the LV cables, downstream of the transformer secondary where import is measured (0 for a copper plate). */
    double lossesKw();

    /** Copper losses in the transformer itself, upstream of the secondary (0 for a copper plate). */
    double transformerLossesKw();

    /** Phase-to-neutral voltage magnitude at a connection (NaN when the solver has no voltages). */
    double connectionVoltageV(int connection);

    /** Lowest phase-to-neutral voltage at any connection point (supply terminal), V (NaN when not computed). */
    double minVoltageV();

    /** Highest phase-to-neutral voltage at any connection point, V (NaN when not computed). */
    double maxVoltageV();

    /** Largest voltage unbalance factor at the load buses, % (NaN when not computed). */
    double voltageUnbalancePct();

    /** Current at the head of a feeder on one phase, A (NaN when not computed). */
    double feederHeadCurrentA(int feeder, int phase);

    /** Thermal rating of a feeder's head cable, A (NaN when not known). */
    double feederHeadRatingA(int feeder);

    /** Loading of a feeder's head cable, % of its rating (NaN when not computed). */
    double feederHeadLoadingPct(int feeder);

    /** Most loaded cable in the network, % of its rating (NaN when not computed). */
    double maxBranchLoadingPct();

    /** Whether voltages and cable currents are computed (false for a copper plate). */
    boolean hasVoltages();
}
