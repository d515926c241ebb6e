package org.lvflex.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lvflex.core.AtomicFiles;
import org.lvflex.core.Fmt;
import org.lvflex.experiments.metrics.Metric;
import org.lvflex.experiments.run.Json;
import org.lvflex.scenario.ScenarioLoader;

/**
 * A sweep's output folder. Each finished run is written atomically as its own file
 * {@code runs/<run id>.json} the moment it finishes, so a killed sweep loses only the runs in
 * flight; the tables {@code runs.csv} and {@code results.csv} are assembled from those files in the
 * sweep's canonical order, whatever order the runs finished in.
 */
public final class ResultStore {
    public static final String RUNS_DIR = "runs";
    public static final String RUNS_CSV = "runs.csv";
    public static final String RESULTS_CSV = "results.csv";
    public static final String SWEEP_JSON = "sweep.json";
    public static final String BASE_JSON = "base-scenario.json";
    private static final Pattern RUN_FILE = Pattern.compile("[0-9a-f]{16}\\.json");

    private final Path dir;

    public ResultStore(Path dir) {
        this.dir = dir;
    }

    /** What is already in the folder: the runs that finished (ok or failed) and files it could not read. */
    public record Existing(Map<String, RunResult> results, List<String> unreadable) {}

    /** Reads every run file; one that cannot be parsed counts as not done (its run is redone). */
    public Existing load() {
        Map<String, RunResult> out = new HashMap<>();
        List<String> unreadable = new ArrayList<>();
        Path runs = dir.resolve(RUNS_DIR);
        if (!Files.isDirectory(runs)) {
            return new Existing(out, unreadable);
        }
        try (Stream<Path> files = Files.list(runs)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String name = f.getFileName().toString();
                if (!RUN_FILE.matcher(name).matches()) {
                    continue; // temporary files of writes cut short by a kill
                }
                try {
                    RunResult r = parse(ScenarioLoader.mapper().readTree(Files.readString(f)));
                    if (!name.equals(r.runId() + ".json")) {
                        throw new IOException("run id " + r.runId() + " does not match the file name");
                    }
                    out.put(r.runId(), r);
                } catch (IOException | RuntimeException e) {
                    unreadable.add(name + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + runs, e);
        }
        return new Existing(out, unreadable);
    }

    /** Writes one finished run, atomically. Safe to call from several threads (one file per run). */
    public void save(PlannedRun run, RunResult r) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("runId", r.runId());
        o.put("status", r.ok() ? "ok" : "error");
        if (!r.ok()) {
            o.put("error", r.error());
        }
        o.put("point", run.point().index());
        ObjectNode params = o.putObject("parameters");
        run.point().values().forEach(params::set);
        o.put("replication", run.replication());
        o.put("model", run.model().name());
        o.put("seed", run.seed());
        ArrayNode ms = o.putArray("metrics");
        for (Metric m : r.metrics()) {
            ObjectNode x = ms.addObject();
            x.put("name", m.name());
            x.put("value", m.value()); // NaN and infinities are written as strings and read back exactly
            x.put("unit", m.unit());
        }
        AtomicFiles.writeString(dir.resolve(RUNS_DIR).resolve(r.runId() + ".json"), Json.pretty(o));
    }

    static RunResult parse(JsonNode o) throws IOException {
        String id = o.path("runId").asText("");
        String status = o.path("status").asText("");
        if (id.isEmpty() || !(status.equals("ok") || status.equals("error"))) {
            throw new IOException("not a run file (runId and status ok|error expected)");
        }
        if (status.equals("error")) {
            return RunResult.failed(id, o.path("error").asText(""));
        }
        List<Metric> ms = new ArrayList<>();
        for (JsonNode x : o.path("metrics")) {
            JsonNode v = x.path("value");
            double d = v.isNumber() ? v.doubleValue() : Double.parseDouble(v.asText());
            ms.add(new Metric(x.path("name").asText(), d, x.path("unit").asText()));
        }
        return new RunResult(id, null, ms);
    }

    /** Writes the resolved sweep and base scenario, so the folder says what it holds. */
    public void writeInputs(Sweep sweep, String version) {
        Json.writeResolved(dir.resolve(SWEEP_JSON), sweep.resolved(), version);
        AtomicFiles.writeString(dir.resolve(BASE_JSON), Json.pretty(sweep.baseResolved()));
    }

    /**
     * Assembles runs.csv (one row per run: coordinates, parameters, status, error) and results.csv
     * (one row per finished run and metric), in the sweep's order. Runs not finished yet are listed
     * in runs.csv with status {@code pending}.
     */
    public void writeTables(Sweep sweep, Map<String, RunResult> results) {
        String coords = coordinatesHeader(sweep);
        AtomicFiles.writeText(dir.resolve(RUNS_CSV), w -> {
            w.append(coords).append(",status,error\n");
            for (PlannedRun run : sweep.runs()) {
                RunResult r = results.get(run.runId());
                coordinates(w, sweep, run);
                w.append(',').append(r == null ? "pending" : r.ok() ? "ok" : "error").append(',');
                w.append(r == null || r.ok() ? "" : Fmt.csvField(r.error())).append('\n');
            }
        });
        AtomicFiles.writeText(dir.resolve(RESULTS_CSV), w -> {
            w.append(coords).append(",metric,value,unit\n");
            for (PlannedRun run : sweep.runs()) {
                RunResult r = results.get(run.runId());
                if (r == null || !r.ok()) {
                    continue;
                }
                for (Metric m : r.metrics()) {
                    coordinates(w, sweep, run);
                    w.append(',').append(m.name()).append(',').append(number(m.value())).append(',').append(Fmt.csvField(m.unit())).append('\n');
                }
            }
        });
    }

    private static String coordinatesHeader(Sweep sweep) {
        StringBuilder sb = new StringBuilder("run_id,point,replication,model,seed");
        for (String p : sweep.parameters()) {
            sb.append(',').append(Fmt.csvField(p));
        }
        return sb.toString();
    }

    private static void coordinates(Writer w, Sweep sweep, PlannedRun run) throws IOException {
        w.append(run.runId()).append(',').append(String.valueOf(run.point().index())).append(',')
                .append(String.valueOf(run.replication())).append(',').append(run.model().name()).append(',')
                .append(Long.toString(run.seed()));
        for (String p : sweep.parameters()) {
            w.append(',').append(Fmt.csvField(Point.text(run.point().values().get(p))));
        }
    }

    /** Full precision, the same text on every machine; NaN empty, infinities as inf and -inf. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.toString(v);
    }
}
