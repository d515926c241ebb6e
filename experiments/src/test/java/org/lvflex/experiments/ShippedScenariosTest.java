package org.lvflex.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lvflex.scenario.ScenarioLoader;

/** Every scenario file shipped in scenarios/ is valid and names itself after its file. */
class ShippedScenariosTest {
    @Test
    void everyShippedScenarioValidates() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("..", "scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".json") && !p.toString().contains("/target/")
                    && !p.toString().contains("/src/") && !p.toString().contains("sweeps")).sorted().collect(Collectors.toList());
        }
        assertTrue(files.size() >= 10, "found " + files);
        for (Path f : files) {
            ScenarioLoader.Loaded l = ScenarioLoader.load(f.toString(), Map.of());
            assertEquals(f.getFileName().toString().replace(".json", ""), l.scenario().name(), f + " names itself after its file");
        }
    }
}
