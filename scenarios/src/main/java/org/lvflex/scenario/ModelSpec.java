package org.lvflex.scenario;

import org.lvflex.core.Param;

/** Which smart-charging model runs, and the settings of each. */
public record ModelSpec(
        @Param("The smart-charging model: UNMANAGED, STATIC_TOU, D1, D2, A1, A2, A3, C1, C2 or C3")
        ModelType type,
        TouControlSpec tou) {

    public static ModelSpec defaults() {
        return new ModelSpec(ModelType.UNMANAGED, TouControlSpec.defaults());
    }

    /** The same settings with another model type. */
    public ModelSpec withType(ModelType t) {
        return new ModelSpec(t, tou);
    }
}
