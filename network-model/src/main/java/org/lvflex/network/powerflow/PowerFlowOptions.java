package org.lvflex.network.powerflow;

import org.lvflex.core.InputException;
import org.lvflex.core.Param;

/**
 * Parameters of the power-flow solver, in one place (like PowSyBl OpenLoadFlow's parameters).
 *
 * @param maxIterations  sweeps before giving up and reporting non-convergence
 * @param toleranceV     convergence when no node voltage changes by more than this in a sweep
 * @param loadModel      voltage dependence of every load
 * @param nominalVoltageV phase-to-neutral voltage at which constant-current and constant-impedance
 *                       loads draw their set power
 * @param warmStart      start each solve from the previous converged solution
 * @param collapseVoltagePu a node voltage below this fraction of the LV nominal means voltage collapse:
 *                       the solve stops and reports non-convergence
 * @param reduceNetwork  merge load-free series chains and drop load-free dead ends before solving
 *                       (exact; switch off only to check the reduction or to time it)
 */
public record PowerFlowOptions(
        @Param(value = "Maximum backward/forward sweeps per solve", min = 1, max = 10000,
                assumption = "BFS on radial LV feeders converges in under 15 sweeps from flat start; 100 leaves margin")
        int maxIterations,
        @Param(value = "Largest node-voltage change in the final sweep for convergence", unit = "V", min = 1e-12, max = 1,
                assumption = "1e-4 V is 4e-7 pu on 240 V, far below the 1e-3 pu validation tolerance")
        double toleranceV,
        @Param(value = "Voltage dependence of loads", assumption = "constant power, as in the IEEE European LV feeder")
        LoadModel loadModel,
        @Param(value = "Phase-to-neutral voltage at which constant-I and constant-Z loads draw their set power",
                unit = "V", min = 1, max = 1000, source = "UK nominal 230 V (ESQCR 2002 reg. 27)")
        double nominalVoltageV,
        @Param(value = "Start each solve from the previous converged solution",
                assumption = "consecutive minutes differ little, so warm starts save sweeps")
        boolean warmStart,
        @Param(value = "Node voltage (fraction of LV nominal) below which the solve is declared collapsed",
                min = 0, max = 0.9, assumption = "no real feeder solution lies below 0.2 pu")
        double collapseVoltagePu,
        @Param(value = "Merge load-free series line chains into equivalent branches before solving",
                assumption = "exact for series impedances without shunts, and much faster")
        boolean reduceNetwork) {

    public PowerFlowOptions {
        if (maxIterations < 1) {
            throw new InputException("power flow: maxIterations " + maxIterations + " is not allowed; it must be >= 1");
        }
        if (!(toleranceV > 0 && toleranceV <= 1)) {
            throw new InputException("power flow: toleranceV " + toleranceV + " is not allowed; it must lie in (0, 1]");
        }
        if (loadModel == null) {
            throw new InputException("power flow: loadModel is missing; use CONSTANT_POWER, CONSTANT_CURRENT or CONSTANT_IMPEDANCE");
        }
        if (!(nominalVoltageV > 0)) {
            throw new InputException("power flow: nominalVoltageV " + nominalVoltageV + " is not allowed; it must be > 0");
        }
        if (!(collapseVoltagePu >= 0 && collapseVoltagePu < 1)) {
            throw new InputException("power flow: collapseVoltagePu " + collapseVoltagePu
                    + " is not allowed; it must lie in [0, 1)");
        }
    }

    /** Defaults: 100 sweeps, 1e-4 V, constant power, 230 V nominal, warm start, collapse below 0.2 pu, reduced. */
    public static PowerFlowOptions defaults() {
        return new PowerFlowOptions(100, 1e-4, LoadModel.CONSTANT_POWER, 230.0, true, 0.2, true);
    }

    public PowerFlowOptions withLoadModel(LoadModel m) {
        return new PowerFlowOptions(maxIterations, toleranceV, m, nominalVoltageV, warmStart, collapseVoltagePu, reduceNetwork);
    }

    public PowerFlowOptions withMaxIterations(int n) {
        return new PowerFlowOptions(n, toleranceV, loadModel, nominalVoltageV, warmStart, collapseVoltagePu, reduceNetwork);
    }

    public PowerFlowOptions withToleranceV(double tol) {
        return new PowerFlowOptions(maxIterations, tol, loadModel, nominalVoltageV, warmStart, collapseVoltagePu, reduceNetwork);
    }

    public PowerFlowOptions withReduceNetwork(boolean reduce) {
        return new PowerFlowOptions(maxIterations, toleranceV, loadModel, nominalVoltageV, warmStart, collapseVoltagePu,
                reduce);
    }
}
