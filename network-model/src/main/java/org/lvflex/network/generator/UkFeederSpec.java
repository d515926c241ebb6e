package org.lvflex.network.generator;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.lvflex.core.InputException;
import org.lvflex.core.Param;
import org.lvflex.core.ParamRange;

/**
 * What the {@link UkFeederGenerator} builds: a UK-style urban LV network, a ground-mounted 11 kV/LV
 * transformer with several LV ways (radial feeders), each a main along a street with service joints at
 * regular spacing and single-phase customers on short service cables.
 */
public record UkFeederSpec(
        @Param(value = "Transformer rating", unit = "kVA", min = 100, max = 1000,
                source = "001:L3642 (example secondary substation of 500 kVA); range 001:L3766 (100 kVA to 1000 kVA)")
        double transformerKva,
        @Param(value = "Transformer resistance (both windings), % on its rating", unit = "%", min = 0.2, max = 3,
                assumption = "about 1 % is typical of 300-1000 kVA 11 kV/LV units")
        double transformerPctR,
        @Param(value = "Transformer leakage reactance, % on its rating", unit = "%", min = 2, max = 8,
                assumption = "4-5 % is the usual impedance of 11 kV/LV distribution transformers")
        double transformerPctX,
        @Param(value = "Open-circuit secondary voltage, line to line", unit = "kV", min = 0.38, max = 0.45,
                assumption = "UK 11 kV/LV transformers are wound 11/0.433 kV")
        double secondaryKv,
        @Param(value = "Upstream 11 kV three-phase fault current at the transformer", unit = "A", min = 100, max = 25000,
                assumption = "about 8 kA (150 MVA) is a mid-range urban 11 kV fault level")
        double sourceIsc3A,
        @Param(value = "Source EMF in per unit of 11 kV", min = 0.9, max = 1.1,
                assumption = "nominal 1.0 pu; the 433 V winding already gives LV headroom")
        double sourcePu,
        @Param(value = "Number of LV ways (feeders) leaving the transformer", min = 1, max = 8,
                source = "001:L3644 (5 ways per secondary substation)")
        int lvWays,
        @Param(value = "Customers on each LV way", min = 1, max = 400,
                assumption = "40 houses per way, so the default substation serves 200 customers")
        int customersPerWay,
        @Param(value = "Customers sharing one service joint on the main (both sides of the street)", min = 1, max = 4,
                assumption = "two: one house each side of the street")
        int customersPerJoint,
        @Param(value = "Cable type of the LV mains (a cable library name)",
                assumption = "185 mm2 aluminium, the common modern UK LV main")
        String mainCable,
        @Param(value = "Cable type of the service connections (a cable library name)",
                assumption = "35 mm2 aluminium service cable")
        String serviceCable,
        @Param(value = "Distance along the main between service joints", unit = "m", min = 2, max = 200,
                assumption = "12 m: the frontage of a pair of semi-detached houses")
        double jointSpacingM,
        @Param(value = "Length of each service cable", unit = "m", min = 1, max = 200,
                assumption = "15 m from the main under the pavement to the meter")
        double serviceLengthM,
        @Param(value = "Random variation of joint spacing and service length, as a +/- fraction", min = 0, max = 0.9,
                assumption = "20 % spread so generated feeders are not perfectly regular")
        double lengthJitter,
        @Param(value = "How single-phase customers are spread over the phases",
                assumption = "balanced, the design intent; RANDOM models real-world drift")
        PhaseAllocation phaseAllocation,
        @Param(value = "Nominal demand of a customer, scaled by its load shape", unit = "kW", min = 0, max = 100,
                assumption = "1 kW, so the IEEE household shapes (in kW) give demand directly")
        double customerKw,
        @Param(value = "Customer power factor (lagging)", min = 0.5, max = 1,
                source = "IEEE European LV Test Feeder household loads, PF 0.95")
        double customerPf) {

    /** A 500 kVA, 5-way, 200-customer feeder with balanced phases. */
    public static UkFeederSpec defaults() {
        return new UkFeederSpec(500, 1.0, 4.5, 0.433, 8000, 1.0, 5, 40, 2, "4c_185", "35_SAC_XSC", 12, 15, 0.2,
                PhaseAllocation.BALANCED, 1.0, 0.95);
    }

    public UkFeederSpec withWays(int ways, int customersPerWay) {
        return new UkFeederSpec(transformerKva, transformerPctR, transformerPctX, secondaryKv, sourceIsc3A, sourcePu,
                ways, customersPerWay, customersPerJoint, mainCable, serviceCable, jointSpacingM, serviceLengthM,
                lengthJitter, phaseAllocation, customerKw, customerPf);
    }

    public UkFeederSpec withPhaseAllocation(PhaseAllocation p) {
        return new UkFeederSpec(transformerKva, transformerPctR, transformerPctX, secondaryKv, sourceIsc3A, sourcePu,
                lvWays, customersPerWay, customersPerJoint, mainCable, serviceCable, jointSpacingM, serviceLengthM,
                lengthJitter, p, customerKw, customerPf);
    }

    public UkFeederSpec withTransformerKva(double kva) {
        return new UkFeederSpec(kva, transformerPctR, transformerPctX, secondaryKv, sourceIsc3A, sourcePu,
                lvWays, customersPerWay, customersPerJoint, mainCable, serviceCable, jointSpacingM, serviceLengthM,
                lengthJitter, phaseAllocation, customerKw, customerPf);
    }

    public UkFeederSpec withCables(String main, String service) {
        return new UkFeederSpec(transformerKva, transformerPctR, transformerPctX, secondaryKv, sourceIsc3A, sourcePu,
                lvWays, customersPerWay, customersPerJoint, main, service, jointSpacingM, serviceLengthM,
                lengthJitter, phaseAllocation, customerKw, customerPf);
    }

    /** Checks every numeric component against its {@link Param} range; lists every violation. */
    public void validate() {
        List<String> problems = new ArrayList<>();
        for (RecordComponent c : UkFeederSpec.class.getRecordComponents()) {
            Param p = c.getAnnotation(Param.class);
            Object v;
            try {
                v = c.getAccessor().invoke(this);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (v == null) {
                problems.add("feeder spec: " + c.getName() + " is missing (" + p.value() + ")");
            } else if (v instanceof Number n) {
                double d = n.doubleValue();
                if (!ParamRange.contains(p, d)) {
                    problems.add("feeder spec: " + c.getName() + " " + v + (p.unit().isEmpty() ? "" : " " + p.unit())
                            + " is not allowed; it must lie in [" + ParamRange.number(p.min()) + ", " + ParamRange.number(p.max()) + "]");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }
}
