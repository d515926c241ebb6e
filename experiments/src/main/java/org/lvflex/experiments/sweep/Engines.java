package org.lvflex.experiments.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.lvflex.core.InputException;

/** Finds a sweep engine by name: the built-in local one, or one on the classpath (ServiceLoader). */
public final class Engines {
    private Engines() {}

    public static SweepEngine byName(String name) {
        if (name.equalsIgnoreCase(LocalEngine.NAME)) {
            return new LocalEngine();
        }
        List<String> known = new ArrayList<>(List.of(LocalEngine.NAME));
        for (SweepEngine e : ServiceLoader.load(SweepEngine.class)) {
            if (e.name().equalsIgnoreCase(name)) {
                return e;
            }
            known.add(e.name());
        }
        if (name.equalsIgnoreCase("spark")) {
            throw new InputException("--engine spark: the Spark engine is not in this build; run the sweep through ./lvflex, which builds "
                    + "spark/target/lvflex-spark.jar when --engine spark is given, or submit that jar with spark-submit (docs/sweeps.md)");
        }
        throw new InputException("--engine: got \"" + name + "\", expected one of " + known);
    }
}
