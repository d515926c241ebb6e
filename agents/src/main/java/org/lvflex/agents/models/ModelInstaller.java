package org.lvflex.agents.models;

import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.control.ImmediateCharging;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.tariff.TariffKind;
import org.lvflex.scenario.C3Spec;

/**
 * Installs the DNO-control and market models (DOMAIN.md section 5; 001:L1402-1591): their agents,
 * limits, prices and, for the models without DNO control (A2, C1, C2, C3), last-resort protection.
 */
public final class ModelInstaller {
    private ModelInstaller() {}

    /** Supply interruptions every model shares (scheduled outages, restart after them). */
    public static void installCommon(LvFlexModel m) {
        boolean protect = switch (m.modelType()) {
            case A2, C1, C2, C3 -> true;
            default -> false;
        };
        SupplyInterruptions.install(m, protect);
    }

    /** Wires the model of {@code m.modelType()} (not the baselines). */
    public static void install(LvFlexModel m) {
        switch (m.modelType()) {
            case D1 -> {
                // DNO limiter: no market, flat tariff, everyone charges on plug-in (001:L1404-1408)
                m.assignTariffs(TariffKind.FLAT);
                ImmediateCharging immediate = new ImmediateCharging(m.chargeContext());
                for (Ev ev : m.evs()) {
                    m.setController(ev, immediate);
                }
                new D1Limiter(m);
            }
            case D2 -> new D2Gateway(m, Fleets.install(m));
            case A1 -> new A1LoadManagement(m, Fleets.install(m));
            case A2 -> new A2CapacityAuction(m, Fleets.install(m));
            case A3 -> new A3Flexibility(m, Fleets.install(m));
            case C1 -> new RisingBlock(m, Fleets.install(m));
            case C2 -> new DynamicDuos(m, Fleets.install(m));
            case C3 -> {
                Fleets f = Fleets.install(m);
                if (m.scenario().model().c3().networkCharging() == C3Spec.NetworkCharging.C1) {
                    new RisingBlock(m, f);
                } else {
                    new DynamicDuos(m, f);
                }
                new PeerToPeer(m, f);
            }
            default -> throw new IllegalArgumentException("not a DNO or market model: " + m.modelType());
        }
    }
}
