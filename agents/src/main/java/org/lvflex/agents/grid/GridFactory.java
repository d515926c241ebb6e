package org.lvflex.agents.grid;

import java.nio.file.Path;
import org.lvflex.agents.cpo.SiteConnections;
import org.lvflex.core.RandomStreams;
import org.lvflex.network.Network;
import org.lvflex.network.generator.UkFeederGenerator;
import org.lvflex.network.io.IeeeEuLv;
import org.lvflex.network.io.NetworkJson;
import org.lvflex.network.powerflow.PowerFlowOptions;
import org.lvflex.scenario.NetworkSpec;
import org.lvflex.scenario.Scenario;

/** Builds the network a scenario names and the {@link Grid} that solves it. */
public final class GridFactory {
    private GridFactory() {}

    /** The network of a scenario (the generator is seeded from the run seed). */
    public static Network network(Scenario s) {
        NetworkSpec n = s.network();
        return switch (n.source()) {
            case "ieee-eu-lv" -> IeeeEuLv.network();
            case "generated" -> UkFeederGenerator.generate(n.generator(), RandomStreams.derive(s.run().seed(), "network", 0));
            default -> NetworkJson.read(Path.of(n.source()));
        };
    }

    public static Grid build(Scenario s) {
        return build(s, network(s));
    }

    /** The grid of a scenario on {@code net}, with the scenario's public charging sites attached as three-phase connections. */
    public static Grid build(Scenario s, Network net) {
        net = SiteConnections.attach(s.publicCharging(), net);
        if (s.network().solver() == NetworkSpec.Solver.COPPER_PLATE) {
            int[] phase = new int[net.loadCount()];
            int[] feeder = new int[net.loadCount()];
            String[] names = new String[net.loadCount()];
            for (int i = 0; i < phase.length; i++) {
                phase[i] = net.loadPhase(i);
                feeder[i] = net.loadFeeder(i);
                names[i] = net.loadName(i);
            }
            return new CopperPlateGrid(phase, feeder, names, net.transformer().ratingKva());
        }
        return new PowerFlowGrid(net, PowerFlowOptions.defaults(), s.network().limits(), s.run().stepMinutes());
    }
}
