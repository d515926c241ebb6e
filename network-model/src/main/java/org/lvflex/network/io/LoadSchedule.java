package org.lvflex.network.io;

import org.lvflex.core.PowerFactor;
import java.util.ArrayList;
import java.util.List;
import org.lvflex.core.InputException;
import org.lvflex.network.Network;
import org.lvflex.network.powerflow.PowerFlow;

/**
 * Drives every connection point of a network from its load shape: demand at minute M is
 * {@code kW * shape(M)} at the load's power factor. Shapes are resolved once, so applying a minute
 * costs one array read per load.
 */
public final class LoadSchedule {
    private final double[][] shapeOf;
    private final double[] kw;
    private final double[] tanPhi;

    /** Resolves each load's shape; a load with no shape name draws its nominal kW at every minute. */
    public LoadSchedule(Network net, LoadShapes shapes) {
        int n = net.loadCount();
        shapeOf = new double[n][];
        kw = new double[n];
        tanPhi = new double[n];
        List<String> problems = new ArrayList<>();
        for (int l = 0; l < n; l++) {
            String s = net.loadShape(l);
            kw[l] = net.loadKw(l);
            tanPhi[l] = PowerFactor.tanPhi(net.loadPf(l));
            if (s.isEmpty()) {
                continue;
            }
            if (!shapes.contains(s)) {
                problems.add("load " + net.loadName(l) + ": load shape '" + s + "' does not exist; known shapes are "
                        + "named like " + shapes.names().stream().limit(3).toList());
                continue;
            }
            shapeOf[l] = new double[LoadShapes.MINUTES];
            for (int m = 1; m <= LoadShapes.MINUTES; m++) {
                shapeOf[l][m - 1] = shapes.value(s, m);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /** Active power of load {@code l} at {@code minute} (1..1440), kW. */
    public double pKw(int l, int minute) {
        LoadShapes.checkMinute(minute);
        return shapeOf[l] == null ? kw[l] : kw[l] * shapeOf[l][minute - 1];
    }

    /** Sets every load of {@code pf} to its demand at {@code minute} (1..1440). */
    public void apply(PowerFlow pf, int minute) {
        LoadShapes.checkMinute(minute);
        for (int l = 0; l < kw.length; l++) {
            double p = shapeOf[l] == null ? kw[l] : kw[l] * shapeOf[l][minute - 1];
            pf.setLoad(l, p, p * tanPhi[l]);
        }
    }
}
