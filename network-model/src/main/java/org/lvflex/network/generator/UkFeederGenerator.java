package org.lvflex.network.generator;

import java.util.SplittableRandom;
import org.lvflex.network.LineCode;
import org.lvflex.network.Network;
import org.lvflex.network.NetworkBuilder;
import org.lvflex.network.Source;
import org.lvflex.network.Transformer;
import org.lvflex.network.io.CableLibrary;

/**
 * Builds a synthetic UK urban LV network from a {@link UkFeederSpec} and a seed. The same spec and seed
 * always give the same network.
 *
 * <p>Layout: the transformer bus {@code LV} sits at the origin; way {@code w} runs straight out at angle
 * {@code 360 * w / ways} degrees as a main with service joints {@code W<w>J<k>} every joint spacing
 * (jittered); each joint feeds {@code customersPerJoint} customers {@code W<w>C<i>} on service cables,
 * alternately to either side of the street. Customers follow one of the 100 IEEE household load shapes
 * ({@code Shape_1..Shape_100}), drawn at random.
 */
public final class UkFeederGenerator {
    private static final int HOUSEHOLD_SHAPES = 100;

    private UkFeederGenerator() {}

    public static Network generate(UkFeederSpec spec, long seed) {
        spec.validate();
        LineCode main = CableLibrary.require(spec.mainCable(), "main cable");
        LineCode service = CableLibrary.require(spec.serviceCable(), "service cable");
        SplittableRandom rng = new SplittableRandom(seed);
        NetworkBuilder b = new NetworkBuilder("uk-feeder-" + spec.lvWays() + "x" + spec.customersPerWay() + "-seed" + seed);
        b.source(new Source(11.0, spec.sourcePu(), 0.0, spec.sourceIsc3A(), spec.sourceIsc3A(), 4.0, 3.0));
        b.transformer(new Transformer("TX", spec.transformerKva(), 11.0, spec.secondaryKv(), spec.transformerPctR(),
                spec.transformerPctX(), "Dyn11"), "LV");
        b.lineCode(main);
        if (!service.name().equals(main.name())) {
            b.lineCode(service);
        }
        b.bus("LV", 0, 0);
        int phaseCounter = 0;
        for (int w = 0; w < spec.lvWays(); w++) {
            double angle = 2 * Math.PI * w / spec.lvWays();
            double ux = Math.cos(angle);
            double uy = Math.sin(angle);
            String prev = "LV";
            double along = 0;
            int customer = 0;
            int joints = (spec.customersPerWay() + spec.customersPerJoint() - 1) / spec.customersPerJoint();
            for (int k = 0; k < joints; k++) {
                double seg = spec.jointSpacingM() * jitter(rng, spec.lengthJitter());
                along += seg;
                String joint = "W" + (w + 1) + "J" + (k + 1);
                b.bus(joint, along * ux, along * uy);
                b.line("W" + (w + 1) + "M" + (k + 1), prev, joint, seg, main.name());
                prev = joint;
                for (int s = 0; s < spec.customersPerJoint() && customer < spec.customersPerWay(); s++) {
                    customer++;
                    double len = spec.serviceLengthM() * jitter(rng, spec.lengthJitter());
                    double side = s % 2 == 0 ? 1 : -1;
                    // services run perpendicular to the main, customers sharing a side are spread along it
                    double offset = (s / 2) * 3.0;
                    String house = "W" + (w + 1) + "C" + customer;
                    b.bus(house, (along + offset) * ux - side * len * uy, (along + offset) * uy + side * len * ux);
                    b.line("W" + (w + 1) + "S" + customer, joint, house, len, service.name());
                    int phase = spec.phaseAllocation() == PhaseAllocation.BALANCED ? phaseCounter++ % 3 : rng.nextInt(3);
                    String shape = "Shape_" + (1 + rng.nextInt(HOUSEHOLD_SHAPES));
                    b.load(house, house, "ABC".substring(phase, phase + 1), spec.customerKw(), spec.customerPf(), shape);
                }
            }
        }
        return b.build();
    }

    private static double jitter(SplittableRandom rng, double fraction) {
        return fraction == 0 ? 1.0 : 1.0 + fraction * (2 * rng.nextDouble() - 1);
    }
}
