package org.lvflex.agents.cpo;

import java.util.ArrayList;
import java.util.List;
import org.lvflex.core.InputException;
import org.lvflex.network.Load;
import org.lvflex.network.Network;
import org.lvflex.scenario.PublicChargingSpec;
import org.lvflex.scenario.PublicSiteSpec;
import org.lvflex.scenario.schema.DidYouMean;

/**
 * Connects the public sites to the network: each site is one balanced three-phase connection point at
 * its bus, added after the network's own loads (households never sit on three-phase points).
 */
public final class SiteConnections {
    private SiteConnections() {}

    /** Name of a site's connection point in the network. */
    public static String loadName(PublicSiteSpec site) {
        return "site:" + site.id();
    }

    /** {@code net} with a connection point per site; every bad bus name is reported at once. */
    public static Network attach(PublicChargingSpec spec, Network net) {
        if (spec.sites().isEmpty()) {
            return net;
        }
        List<String> problems = new ArrayList<>();
        List<Load> loads = new ArrayList<>();
        for (int i = 0; i < spec.sites().size(); i++) {
            PublicSiteSpec s = spec.sites().get(i);
            int bus = net.busIndex(s.bus());
            if (bus < 0) {
                List<String> names = new ArrayList<>();
                for (int b = 0; b < net.busCount(); b++) {
                    names.add(net.busName(b));
                }
                String guess = DidYouMean.closest(s.bus(), names);
                problems.add("publicCharging.sites[" + i + "].bus: got \"" + s.bus() + "\", expected a bus of network "
                        + net.name() + (guess != null ? " (did you mean '" + guess + "'?)" : " (" + net.busCount() + " buses, e.g. '"
                        + net.busName(Math.min(1, net.busCount() - 1)) + "')"));
                continue;
            }
            // nominal rating and power factor only: the CPO sets the point's P and Q every step
            loads.add(new Load(loadName(s), bus, Load.THREE_PHASE, s.capacityKw() + s.otherLoadKw(), 1.0, ""));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return net.withExtraLoads(loads);
    }
}
