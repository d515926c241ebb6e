package org.lvflex.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvflex.experiments.cli.Main;

/** The Spark engine in local mode gives the same files as the local engine, and resumes like it. */
class SparkSweepEngineTest {
    /** 2 EV shares x 2 replications x 2 models of 1-day copper-plate runs,. */
    static final String SWEEP = """
            {
              "name": "spark-small",
              "base": "ieee-eu-lv-unmanaged",
              "seed": 3,
              "replications": 2,
              "days": 1,
              "models": ["UNMANAGED", "STATIC_TOU"],
              "overrides": { "network.solver": "COPPER_PLATE", "run.warmupDays": 1 },
              "parameters": [ { "path": "ev.share", "values": [0.3, 0.9] } ]
            }
            """;

    static Map<String, byte[]> outputs(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        for (String f : new String[] {"runs.csv", "results.csv", "sweep.json", "base-scenario.json"}) {
            out.put(f, Files.readAllBytes(dir.resolve(f)));
        }
        try (Stream<Path> runs = Files.list(dir.resolve("runs"))) {
            for (Path p : runs.toList()) {
                out.put("runs/" + p.getFileName(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void sparkLocalModeGivesTheLocalEnginesFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sweep.json");
        Files.writeString(file, SWEEP);
        Path local = dir.resolve("local");
        Path spark = dir.resolve("spark");
        Path batched = dir.resolve("batched");
        assertEquals(Main.OK, Main.execute("sweep", file.toString(), "--out", local.toString(), "--threads", "1", "--quiet"));
        assertEquals(Main.OK, Main.execute("sweep", file.toString(), "--out", spark.toString(), "--engine", "spark",
                "--master", "local[2]", "--quiet"));
        assertEquals(Main.OK, Main.execute("sweep", file.toString(), "--out", batched.toString(), "--engine", "spark",
                "--master", "local[2]", "--batch", "3", "--quiet"));
        Map<String, byte[]> expected = outputs(local);
        assertEquals(8 + 4, expected.size(), "8 run files and 4 tables");
        for (Path p : new Path[] {spark, batched}) {
            Map<String, byte[]> got = outputs(p);
            assertEquals(expected.keySet(), got.keySet());
            expected.forEach((k, v) -> assertArrayEquals(v, got.get(k), p.getFileName() + ": " + k + " differs from the local engine's"));
        }
        String results = Files.readString(spark.resolve("results.csv"));
        assertTrue(results.lines().count() > 8 * 30, "every run measured: " + results.lines().count() + " rows");
        assertTrue(Files.readString(spark.resolve("runs.csv")).lines().skip(1).allMatch(l -> l.endsWith(",ok,")));
    }

    @Test
    void sparkResumesALocalSweep(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sweep.json");
        Files.writeString(file, SWEEP.replace("[0.3, 0.9]", "[0.3]"));
        Path out = dir.resolve("out");
        assertEquals(Main.OK, Main.execute("sweep", file.toString(), "--out", out.toString(), "--quiet"));
        Files.writeString(file, SWEEP);
        assertEquals(Main.OK, Main.execute("sweep", file.toString(), "--out", out.toString(), "--engine", "spark",
                "--master", "local[2]", "--quiet"));
        Path clean = dir.resolve("clean");
        assertEquals(Main.OK, Main.execute("sweep", file.toString(), "--out", clean.toString(), "--quiet"));
        Map<String, byte[]> a = outputs(clean);
        Map<String, byte[]> b = outputs(out);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
    }

    @Test
    void noMasterIsBadInput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sweep.json");
        Files.writeString(file, SWEEP);
        assertEquals(Main.BAD_INPUT, Main.execute("sweep", file.toString(), "--out", dir.resolve("o").toString(), "--engine", "spark"));
    }
}
