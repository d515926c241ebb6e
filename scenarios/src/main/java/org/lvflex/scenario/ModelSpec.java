package org.lvflex.scenario;

import org.lvflex.core.Param;

/** Which smart-charging model runs, and the settings of each (DOMAIN.md section 5). */
public record ModelSpec(
        @Param("The smart-charging model: UNMANAGED, STATIC_TOU, D1, D2, A1, A2, A3, C1, C2 or C3")
        ModelType type,
        TouControlSpec tou,
        D1Spec d1,
        D2Spec d2,
        A1Spec a1,
        A2Spec a2,
        A3Spec a3,
        C1Spec c1,
        C2Spec c2,
        C3Spec c3,
        ProtectionSpec protection) {

    public static ModelSpec defaults() {
        return new ModelSpec(ModelType.UNMANAGED, TouControlSpec.defaults(), D1Spec.defaults(), D2Spec.defaults(), A1Spec.defaults(),
                A2Spec.defaults(), A3Spec.defaults(), C1Spec.defaults(), C2Spec.defaults(), C3Spec.defaults(), ProtectionSpec.defaults());
    }

    /** The same settings with another model type. */
    public ModelSpec withType(ModelType t) {
        return new ModelSpec(t, tou, d1, d2, a1, a2, a3, c1, c2, c3, protection);
    }
}
