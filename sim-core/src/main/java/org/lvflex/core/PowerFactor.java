package org.lvflex.core;

/** Reactive power from active power and a (lagging) power factor. */
public final class PowerFactor {
    private PowerFactor() {}

    /** tan(acos(pf)): kvar per kW at power factor {@code pf}. */
    public static double tanPhi(double pf) {
        return Math.tan(Math.acos(pf));
    }
}
