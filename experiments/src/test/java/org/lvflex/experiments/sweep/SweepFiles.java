package org.lvflex.experiments.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small sweep files for tests: 1-day runs of the IEEE feeder. */
final class SweepFiles {
    private SweepFiles() {}

    /**
     * Two EV shares x 2 replications x UNMANAGED and STATIC_TOU on the copper-plate solver: 8 runs
     * of well under a second each.
     */
    static final String SMALL = """
            {
              "name": "small",
              "base": "ieee-eu-lv-unmanaged",
              "seed": 11,
              "replications": 2,
              "days": 1,
              "models": ["UNMANAGED", "STATIC_TOU"],
              "overrides": { "network.solver": "COPPER_PLATE", "run.warmupDays": 1 },
              "parameters": [ { "path": "ev.share", "values": [0.2, 0.8] } ]
            }
            """;

    static Path write(Path dir, String name, String json) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, json);
        return f;
    }
}
