package org.lvflex.network.powerflow;

/**
 * How a load's power depends on its voltage: {@code S(V) = S_set * (|V| / V_nom)^k}.
 */
public enum LoadModel {
    /** k = 0: the set power at any voltage (the IEEE feeder's loads). */
    CONSTANT_POWER(0),
    /** k = 1: the current magnitude of the set power at nominal voltage. */
    CONSTANT_CURRENT(1),
    /** k = 2: the impedance that draws the set power at nominal voltage. */
    CONSTANT_IMPEDANCE(2);

    private final int exponent;

    LoadModel(int exponent) {
        this.exponent = exponent;
    }

    /** The voltage exponent k. */
    public int exponent() {
        return exponent;
    }
}
