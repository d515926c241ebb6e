package org.lvflex.network.bench;

import java.util.ArrayList;
import java.util.List;
import org.lvflex.network.Load;
import org.lvflex.network.Network;

/** Balanced three-phase versions of feeders, for comparison with a positive-sequence solver. */
final class BalancedFeeders {
    private BalancedFeeders() {}

    /** The same feeder with every load spread equally over the three phases. */
    static Network balanced(Network net) {
        List<Load> loads = new ArrayList<>();
        for (Load l : net.loads()) {
            loads.add(new Load(l.name(), l.bus(), Load.THREE_PHASE, l.kw(), l.pf(), l.shape()));
        }
        return net.withLoads(loads);
    }
}
