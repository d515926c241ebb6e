package org.lvflex.experiments.sweep;

import org.lvflex.scenario.schema.SchemaDoc;

/** The sweep file reference (docs/sweep-reference.md), generated from the sweep records. */
public final class SweepReference {
    private SweepReference() {}

    public static String markdown() {
        return SchemaDoc.markdown(SweepSpec.class, SweepSpec.defaults(), "Sweep file reference",
                "Every field of a sweep file (`./lvflex sweep SWEEP.json`). A file need only give the fields it changes. "
                + "How sweeps run, resume and scale: [sweeps.md](sweeps.md).")
                .replace("`./lvflex schema --markdown docs/scenario-reference.md`", "`./lvflex schema --sweep --markdown docs/sweep-reference.md`");
    }
}
