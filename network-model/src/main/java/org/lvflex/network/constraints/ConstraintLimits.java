package org.lvflex.network.constraints;

import org.lvflex.core.InputException;
import org.lvflex.core.Param;

/**
 * Network limits a step is checked against.
 *
 * @param minVoltageV              lowest allowed phase-to-neutral voltage at a supply terminal
 * @param maxVoltageV              highest allowed phase-to-neutral voltage at a supply terminal
 * @param maxBranchLoadingPct      largest allowed cable current, % of its thermal rating
 * @param maxTransformerLoadingPct largest allowed transformer phase current, % of rated current
 */
public record ConstraintLimits(
        @Param(value = "Lowest statutory LV phase-to-neutral voltage (230 V - 6 %)", unit = "V", min = 0, max = 1000,
                source = "Electricity Safety, Quality and Continuity Regulations 2002, reg. 27: 230 V +10 %/-6 %")
        double minVoltageV,
        @Param(value = "Highest statutory LV phase-to-neutral voltage (230 V + 10 %)", unit = "V", min = 0, max = 1000,
                source = "Electricity Safety, Quality and Continuity Regulations 2002, reg. 27: 230 V +10 %/-6 %")
        double maxVoltageV,
        @Param(value = "Cable current limit, % of thermal rating", unit = "%", min = 1, max = 1000,
                assumption = "100 %: the continuous rating, no cyclic or emergency uplift")
        double maxBranchLoadingPct,
        @Param(value = "Transformer current limit, % of rated current", unit = "%", min = 1, max = 1000,
                assumption = "100 %: nameplate rating, no cyclic or emergency uplift")
        double maxTransformerLoadingPct) {

    public ConstraintLimits {
        if (!(minVoltageV > 0 && maxVoltageV > minVoltageV)) {
            throw new InputException("constraint limits: voltage band [" + minVoltageV + ", " + maxVoltageV
                    + "] V is not allowed; it needs 0 < min < max");
        }
        if (!(maxBranchLoadingPct > 0) || !(maxTransformerLoadingPct > 0)) {
            throw new InputException("constraint limits: loading limits " + maxBranchLoadingPct + " % and "
                    + maxTransformerLoadingPct + " % are not allowed; they must be > 0");
        }
    }

    /** UK statutory 216.2-253.0 V; 100 % of cable and transformer ratings. */
    public static ConstraintLimits ukStatutory() {
        return new ConstraintLimits(216.2, 253.0, 100.0, 100.0);
    }
}
