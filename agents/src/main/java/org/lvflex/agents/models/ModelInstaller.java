package org.lvflex.agents.models;

import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.control.ImmediateCharging;
import org.lvflex.agents.control.TouTimer;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.tariff.TariffKind;
import org.lvflex.scenario.C3Spec;

/**
 * Wires each smart-charging model into a run (DOMAIN.md section 5; 001:L1402-1591): which tariff EV
 * households are on, who controls each charger, which external limits apply, which DNO and market
 * agents act; then the supply interruptions every model shares, with last-resort protection for the
 * models without DNO control (A2, C1, C2, C3).
 */
public final class ModelInstaller {
    private ModelInstaller() {}

    public static void install(LvFlexModel m) {
        switch (m.modelType()) {
            case UNMANAGED -> unmanaged(m);
            case STATIC_TOU -> staticTou(m);
            case D1 -> {
                // DNO limiter: no market, flat tariff, everyone charges on plug-in (001:L1404-1408)
                unmanaged(m);
                new D1Limiter(m);
            }
            case D2 -> new D2Gateway(m, Fleets.install(m));
            case A1 -> new A1LoadManagement(m, Fleets.install(m));
            case A2 -> new A2CapacityAuction(m, Fleets.install(m));
            case A3 -> new A3Flexibility(m, Fleets.install(m));
            case C1 -> new RisingBlock(m, Fleets.install(m));
            case C2 -> {
                Fleets.install(m);
                new DynamicDuos(m);
            }
            case C3 -> {
                Fleets f = Fleets.install(m);
                if (m.scenario().model().c3().networkCharging() == C3Spec.NetworkCharging.C1) {
                    new RisingBlock(m, f);
                } else {
                    new DynamicDuos(m);
                }
                new PeerToPeer(m, f);
            }
        }
        boolean protect = switch (m.modelType()) {
            case A2, C1, C2, C3 -> true;
            default -> false;
        };
        SupplyInterruptions.install(m, protect);
    }

    /** Everyone charges at full power on plug-in, flat tariff. */
    private static void unmanaged(LvFlexModel m) {
        m.assignTariffs(TariffKind.FLAT);
        ImmediateCharging immediate = new ImmediateCharging(m.chargeContext());
        for (Ev ev : m.evs()) {
            m.setController(ev, immediate);
        }
    }

    /** EV households with a smart meter on a static ToU tariff with a timer; the rest unmanaged. */
    private static void staticTou(LvFlexModel m) {
        m.assignTariffs(TariffKind.STATIC_TOU);
        ImmediateCharging immediate = new ImmediateCharging(m.chargeContext());
        TouTimer timer = new TouTimer(m.chargeContext(), m.supplier(), m.scenario().model().tou(), m.streams(), m.evs().size());
        for (Ev ev : m.evs()) {
            m.setController(ev, ev.household().getTariff() == TariffKind.STATIC_TOU ? timer : immediate);
        }
    }
}
