package org.lvflex.experiments.run;

import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.grid.GridFactory;
import org.lvflex.core.LvSimState;
import org.lvflex.scenario.Scenario;

/** Builds the network and the model of a scenario, and runs it to the end. */
public final class Runner {
    private Runner() {}

    public static LvFlexModel build(Scenario s) {
        return new LvFlexModel(s, GridFactory.build(s));
    }

    public static LvFlexModel run(Scenario s, LvSimState.ProgressListener progress) {
        LvFlexModel m = build(s);
        m.runToEnd(progress);
        return m;
    }
}
