package org.lvflex.network.bench;

import com.powsybl.iidm.network.Bus;
import com.powsybl.iidm.network.Generator;
import com.powsybl.iidm.network.Substation;
import com.powsybl.iidm.network.TopologyKind;
import com.powsybl.iidm.network.VoltageLevel;
import com.powsybl.iidm.network.extensions.SlackTerminalAdder;
import com.powsybl.loadflow.LoadFlow;
import com.powsybl.loadflow.LoadFlowParameters;
import com.powsybl.loadflow.LoadFlowResult;
import com.powsybl.openloadflow.OpenLoadFlowParameters;
import org.lvflex.network.LineCode;
import org.lvflex.network.Network;
import org.lvflex.network.Source;
import org.lvflex.network.Transformer;

/**
 * The positive-sequence (balanced) model of an lvflex {@link Network} in PowSyBl IIDM, solved by
 * OpenLoadFlow's Newton-Raphson: a 1.05 pu slack generator behind the source impedance, the
 * transformer's series impedance, lines with their positive-sequence impedance Z1 and every load as a
 * three-phase PQ load. Used only to cross-check and benchmark lvflex's balanced solution.
 */
final class OlfFeeder {
    final com.powsybl.iidm.network.Network iidm;
    private final Network net;
    private final com.powsybl.iidm.network.Load[] loads;
    private final Bus[] buses;
    private final LoadFlow.Runner runner = LoadFlow.find("OpenLoadFlow");
    final LoadFlowParameters parameters;

    OlfFeeder(Network net) {
        this(net, false);
    }

    /**
     * @param networkCache keep OpenLoadFlow's internal network between runs (its "network cache"
     *                     mode, which updates the cached model from IIDM changes instead of rebuilding)
     */
    OlfFeeder(Network net, boolean networkCache) {
        this.net = net;
        iidm = com.powsybl.iidm.network.Network.create(net.name() + "-balanced", "lvflex");
        Substation s = iidm.newSubstation().setId("S").add();
        Transformer t = net.transformer();
        Source src = net.source();
        VoltageLevel grid = s.newVoltageLevel().setId("GRID").setNominalV(t.kvPrimary())
                .setTopologyKind(TopologyKind.BUS_BREAKER).add();
        grid.getBusBreakerView().newBus().setId("EMF").add();
        Generator g = grid.newGenerator().setId("G").setBus("EMF").setConnectableBus("EMF").setMinP(-100).setMaxP(100)
                .setTargetP(0).setTargetV(src.pu() * src.kv()).setVoltageRegulatorOn(true).add();
        grid.newExtension(SlackTerminalAdder.class).withTerminal(g.getTerminal()).add();
        VoltageLevel hv = s.newVoltageLevel().setId("HV").setNominalV(t.kvPrimary())
                .setTopologyKind(TopologyKind.BUS_BREAKER).add();
        hv.getBusBreakerView().newBus().setId("SOURCEBUS").add();
        iidm.newLine().setId("ZSOURCE").setVoltageLevel1("GRID").setBus1("EMF").setVoltageLevel2("HV").setBus2("SOURCEBUS")
                .setR(src.r1Ohm()).setX(src.x1Ohm()).setG1(0).setB1(0).setG2(0).setB2(0).add();
        VoltageLevel lv = s.newVoltageLevel().setId("LV").setNominalV(t.kvSecondary())
                .setTopologyKind(TopologyKind.BUS_BREAKER).add();
        for (int b = 0; b < net.busCount(); b++) {
            lv.getBusBreakerView().newBus().setId(id(b)).add();
        }
        // IIDM two-winding transformer impedance is in ohm at side 2 (the LV side)
        s.newTwoWindingsTransformer().setId(t.name()).setVoltageLevel1("HV").setBus1("SOURCEBUS")
                .setVoltageLevel2("LV").setBus2(id(net.transformerBus())).setRatedU1(t.kvPrimary())
                .setRatedU2(t.kvSecondary()).setR(t.rOhmSecondary()).setX(t.xOhmSecondary()).setG(0).setB(0).add();
        for (int br = 0; br < net.branchCount(); br++) {
            LineCode c = net.branchCode(br);
            double km = net.branchLengthM(br) / 1000.0;
            iidm.newLine().setId("L" + br).setVoltageLevel1("LV").setBus1(id(net.branchFrom(br)))
                    .setVoltageLevel2("LV").setBus2(id(net.branchTo(br))).setR(c.r1OhmPerKm() * km)
                    .setX(c.x1OhmPerKm() * km).setG1(0).setB1(0).setG2(0).setB2(0).add();
        }
        loads = new com.powsybl.iidm.network.Load[net.loadCount()];
        for (int l = 0; l < net.loadCount(); l++) {
            String bus = id(net.loadBus(l));
            loads[l] = lv.newLoad().setId("LD" + l).setBus(bus).setConnectableBus(bus).setP0(0).setQ0(0).add();
        }
        buses = new Bus[net.busCount()];
        for (int b = 0; b < net.busCount(); b++) {
            buses[b] = iidm.getBusBreakerView().getBus(id(b));
        }
        parameters = new LoadFlowParameters()
                .setUseReactiveLimits(false)
                .setDistributedSlack(false)
                .setVoltageInitMode(LoadFlowParameters.VoltageInitMode.UNIFORM_VALUES);
        // tight stopping criterion: LV loads are ~1 kW, i.e. 1e-5 pu on the 100 MVA base
        OpenLoadFlowParameters.create(parameters).setNewtonRaphsonConvEpsPerEq(1e-10).setNetworkCacheEnabled(networkCache);
    }

    private static String id(int bus) {
        return "B" + bus;
    }

    /** Three-phase load of connection point {@code l}, kW and kvar. */
    void setLoad(int l, double pKw, double qKvar) {
        loads[l].setP0(pKw / 1000.0).setQ0(qKvar / 1000.0);
    }

    /** Solves; the first solve starts flat, later ones warm-start from the previous solution (like lvflex). */
    LoadFlowResult solve() {
        LoadFlowResult r = runner.run(iidm, parameters);
        parameters.setVoltageInitMode(LoadFlowParameters.VoltageInitMode.PREVIOUS_VALUES);
        return r;
    }

    /** Phase-to-neutral voltage magnitude of an original bus after a solve, V. */
    double busVoltageV(int bus) {
        return buses[bus].getV() * 1000.0 / Math.sqrt(3);
    }

    int busCount() {
        return net.busCount();
    }
}
