package org.lvflex.agents;

import org.lvflex.agents.control.ImmediateCharging;
import org.lvflex.agents.control.TouTimer;
import org.lvflex.agents.ev.Ev;
import org.lvflex.agents.models.ModelInstaller;
import org.lvflex.agents.tariff.TariffKind;

/**
 * Wires each smart-charging model into a run: which tariff EV households are on, who controls each
 * charger, which external limits apply, which DNO and market agents act.
 */
final class SmartChargingModels {
    private SmartChargingModels() {}

    static void install(LvFlexModel m) {
        switch (m.modelType()) {
            case UNMANAGED -> unmanaged(m);
            case STATIC_TOU -> staticTou(m);
            default -> ModelInstaller.install(m);
        }
        ModelInstaller.installCommon(m);
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
