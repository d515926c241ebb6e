package org.lvflex.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvflex.experiments.cli.Main;

class SweepRunnerTest {
    static final EngineSettings ONE = new EngineSettings(1, null, 1);
    static final EngineSettings TWO = new EngineSettings(2, null, 1);

    static SweepRunner.Outcome run(Sweep s, Path dir, SweepEngine engine, EngineSettings settings, boolean retry) throws Exception {
        return SweepRunner.run(s, new ResultStore(dir), engine, settings, retry, "test", null);
    }

    /** Every file of a sweep folder's tables and run files, by name. */
    static Map<String, byte[]> outputs(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        for (String f : List.of(ResultStore.RUNS_CSV, ResultStore.RESULTS_CSV, ResultStore.SWEEP_JSON, ResultStore.BASE_JSON)) {
            out.put(f, Files.readAllBytes(dir.resolve(f)));
        }
        try (Stream<Path> runs = Files.list(dir.resolve(ResultStore.RUNS_DIR))) {
            for (Path p : runs.toList()) {
                out.put("runs/" + p.getFileName(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    static void assertSameOutputs(Map<String, byte[]> a, Map<String, byte[]> b) {
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k + " differs"));
    }

    static List<List<String>> csv(Path f) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (var r = Files.newBufferedReader(f)) {
            Csv c = new Csv(r);
            for (List<String> row = c.next(); row != null; row = c.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalFiles(@TempDir Path dir) throws Exception {
        Sweep s = SweepLoader.fromTree(org.lvflex.scenario.ScenarioLoader.mapper().readTree(SweepFiles.SMALL), "small.json", null, "test");
        SweepRunner.Outcome a = run(s, dir.resolve("one"), new LocalEngine(), ONE, false);
        SweepRunner.Outcome b = run(s, dir.resolve("two"), new LocalEngine(), TWO, false);
        assertEquals(8, a.ran());
        assertEquals(8, b.ran());
        assertEquals(0, a.failedTotal());
        assertSameOutputs(outputs(dir.resolve("one")), outputs(dir.resolve("two")));

        List<List<String>> rows = csv(dir.resolve("one").resolve(ResultStore.RESULTS_CSV));
        assertEquals(List.of("run_id", "point", "replication", "model", "seed", "ev.share", "metric", "value", "unit"), rows.get(0));
        int metrics = (rows.size() - 1) / 8;
        assertEquals(8 * metrics, rows.size() - 1, "one row per run and metric");
        // the sweep really varies the scenario: four times the EVs charge more at home
        Map<String, Double> homeCharging = new HashMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.get(6).equals("home_charging_kwh")) {
                homeCharging.merge(r.get(5), Double.parseDouble(r.get(7)), Double::sum);
            }
        }
        assertTrue(homeCharging.get("0.8") > 2 * homeCharging.get("0.2"), homeCharging.toString());
        // models at one point and replication share their seed; the metrics differ between models
        assertEquals(rows.get(1).get(4), rows.get(1 + metrics).get(4));
        assertFalse(rows.get(1).get(3).equals(rows.get(1 + metrics).get(3)));
    }

    @Test
    void aRunThatThrowsIsRecordedAndTheSweepGoesOn(@TempDir Path dir) throws Exception {
        Sweep s = SweepLoader.fromTree(org.lvflex.scenario.ScenarioLoader.mapper().readTree(SweepFiles.SMALL), "small.json", null, "test");
        String doomed = s.runs().get(3).runId();
        LocalEngine failing = new LocalEngine((base, in) -> {
            if (in.runId().equals(doomed)) {
                throw new IllegalStateException("solver blew up");
            }
            return SweepTask.execute(base, in);
        });
        SweepRunner.Outcome o = run(s, dir, failing, TWO, false);
        assertEquals(8, o.ran());
        assertEquals(1, o.failedNow());
        List<List<String>> runs = csv(dir.resolve(ResultStore.RUNS_CSV));
        assertEquals(9, runs.size());
        for (List<String> r : runs.subList(1, runs.size())) {
            boolean bad = r.get(0).equals(doomed);
            assertEquals(bad ? "error" : "ok", r.get(6), r.toString());
            assertEquals(bad ? "java.lang.IllegalStateException: solver blew up" : "", r.get(7).replaceAll(" \\(at .*\\)$", ""));
        }
        // the failed run counts as done ...
        assertEquals(0, run(s, dir, new LocalEngine(), TWO, false).ran());
        // ... until it is retried
        SweepRunner.Outcome retry = run(s, dir, new LocalEngine(), TWO, true);
        assertEquals(1, retry.ran());
        assertEquals(0, retry.failedTotal());
        Path clean = dir.resolveSibling(dir.getFileName() + "-clean");
        run(s, clean, new LocalEngine(), ONE, false);
        assertSameOutputs(outputs(clean), outputs(dir));
    }

    @Test
    void aFailingRunIsCaughtWithItsMessage() {
        RunResult r = SweepTask.guarded(SweepTask::execute, "{\"name\": \"x\"}", new RunInput("0123456789abcdef", "{\"ev.share\": 3}"));
        assertFalse(r.ok());
        assertTrue(r.error().contains("ev.share: got 3, expected a number from 0 to 1"), r.error());
        assertTrue(r.metrics().isEmpty());
    }

    /**
     * Kills a sweep running in another JVM once a few runs are saved, restarts it with the same
     * command line and checks that no run is missing, none is duplicated, the saved runs were not
     * redone, and the result equals an uninterrupted sweep's.
     */
    @Test
    void aKilledSweepRestartsWithNothingLostAndNothingRedone(@TempDir Path dir) throws Exception {
        // power-flow runs of several days (about a second each, even on a loaded machine) so the kill lands mid-sweep
        Path file = SweepFiles.write(dir, "kill.json", SweepFiles.SMALL.replace("\"network.solver\": \"COPPER_PLATE\", ", "")
                .replace("[0.2, 0.8]", "[0.2, 0.5, 0.8]").replace("\"days\": 1,", "\"days\": 4,"));
        Path out = dir.resolve("out");
        String[] args = {"sweep", file.toString(), "--out", out.toString(), "--threads", "2", "--quiet"};
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path runsDir = out.resolve(ResultStore.RUNS_DIR);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try {
            while (savedRuns(runsDir).size() < 3 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, writes in flight are cut
            p.waitFor(30, TimeUnit.SECONDS);
        }
        Map<String, FileTime> before = new HashMap<>();
        for (Path f : savedRuns(runsDir)) {
            before.put(f.getFileName().toString(), Files.getLastModifiedTime(f));
        }
        assertTrue(before.size() >= 3 && before.size() < 12, "killed part-way: " + before.size() + " of 12 runs saved; "
                + Files.readString(dir.resolve("child.log")));
        assertFalse(Files.exists(out.resolve(ResultStore.RESULTS_CSV)), "the killed sweep never assembled its tables");

        Thread.sleep(20); // so a rewritten file would get a later modification time
        assertEquals(Main.OK, Main.execute(args));
        List<List<String>> runs = csv(out.resolve(ResultStore.RUNS_CSV));
        List<String> ids = runs.subList(1, runs.size()).stream().map(r -> r.get(0)).toList();
        assertEquals(12, ids.size());
        assertEquals(12, ids.stream().distinct().count(), "no duplicate run");
        assertTrue(runs.subList(1, runs.size()).stream().allMatch(r -> r.get(6).equals("ok")), "no missing run");
        assertEquals(12, savedRuns(runsDir).size());
        for (Map.Entry<String, FileTime> e : before.entrySet()) {
            assertEquals(e.getValue(), Files.getLastModifiedTime(runsDir.resolve(e.getKey())), e.getKey() + " was redone");
        }
        Path clean = dir.resolve("clean");
        assertEquals(Main.OK, Main.execute("sweep", file.toString(), "--out", clean.toString(), "--threads", "2", "--quiet"));
        assertSameOutputs(outputs(clean), outputs(out));
    }

    static List<Path> savedRuns(Path runsDir) throws IOException {
        if (!Files.isDirectory(runsDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(runsDir)) {
            return s.filter(f -> f.getFileName().toString().matches("[0-9a-f]{16}\\.json")).toList();
        }
    }

    @Test
    void anExtendedSweepRunsOnlyItsNewRuns(@TempDir Path dir) throws Exception {
        Sweep small = SweepLoader.fromTree(org.lvflex.scenario.ScenarioLoader.mapper().readTree(SweepFiles.SMALL), "s", null, "test");
        run(small, dir, new LocalEngine(), TWO, false);
        Sweep bigger = SweepLoader.fromTree(org.lvflex.scenario.ScenarioLoader.mapper().readTree(
                SweepFiles.SMALL.replace("[0.2, 0.8]", "[0.2, 0.5, 0.8]")), "s", null, "test");
        SweepRunner.Outcome o = run(bigger, dir, new LocalEngine(), TWO, false);
        assertEquals(8, o.skipped());
        assertEquals(4, o.ran());
        assertEquals(12, csv(dir.resolve(ResultStore.RUNS_CSV)).size() - 1);
    }

    @Test
    void unreadableRunFilesAreRedone(@TempDir Path dir) throws Exception {
        Sweep s = SweepLoader.fromTree(org.lvflex.scenario.ScenarioLoader.mapper().readTree(SweepFiles.SMALL), "s", null, "test");
        run(s, dir, new LocalEngine(), TWO, false);
        Path victim = dir.resolve(ResultStore.RUNS_DIR).resolve(s.runs().get(2).runId() + ".json");
        byte[] good = Files.readAllBytes(victim);
        Files.writeString(victim, "{\"runId\": ");
        Files.writeString(dir.resolve(ResultStore.RUNS_DIR).resolve(".0123.json.tmp"), "half a file");
        SweepRunner.Outcome o = run(s, dir, new LocalEngine(), ONE, false);
        assertEquals(1, o.ran());
        assertEquals(1, o.unreadable().size());
        assertArrayEquals(good, Files.readAllBytes(victim));
    }
}
