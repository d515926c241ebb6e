package org.lvflex.experiments.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.experiments.metrics.HouseholdTotals;
import org.lvflex.experiments.metrics.RunMetrics;
import org.lvflex.experiments.run.Runner;
import org.lvflex.scenario.ScenarioLoader;

/**
 * Runs one sweep run from its base scenario and overrides, and measures it. Every engine calls
 * {@link #guarded}, so a run gives the same metrics, or the same recorded error, wherever it runs.
 */
public final class SweepTask {
    private static final TypeReference<LinkedHashMap<String, JsonNode>> OVERRIDES = new TypeReference<>() {};

    private SweepTask() {}

    /** How a run is executed; engines take one so tests can substitute a failing run. */
    @FunctionalInterface
    public interface Executor {
        RunResult execute(String baseJson, RunInput input) throws Exception;
    }

    /** Resolves the run's scenario, runs it to the end and computes its metrics. */
    public static RunResult execute(String baseJson, RunInput input) throws JsonProcessingException {
        JsonNode base = ScenarioLoader.mapper().readTree(baseJson);
        Map<String, Object> overrides = new LinkedHashMap<>(ScenarioLoader.mapper().readValue(input.overridesJson(), OVERRIDES));
        ScenarioLoader.Loaded loaded = ScenarioLoader.fromTree(base, "run " + input.runId(), overrides);
        LvFlexModel m = Runner.run(loaded.scenario(), null);
        return new RunResult(input.runId(), null, RunMetrics.compute(m, HouseholdTotals.of(m)));
    }

    /** Runs {@code executor}, turning anything a run throws into a recorded error so the sweep goes on. */
    public static RunResult guarded(Executor executor, String baseJson, RunInput input) {
        try {
            return executor.execute(baseJson, input);
        } catch (VirtualMachineError e) {
            if (e instanceof StackOverflowError || e instanceof OutOfMemoryError) {
                return RunResult.failed(input.runId(), describe(e));
            }
            throw e;
        } catch (Exception | LinkageError | AssertionError e) {
            return RunResult.failed(input.runId(), describe(e));
        }
    }

    /** The error's class, message and the first lvflex frame: enough to find it, and the same on every machine. */
    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(t.getClass().getName());
        if (t.getMessage() != null) {
            sb.append(": ").append(t.getMessage().replace('\n', ' ').replace('\r', ' '));
        }
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("org.lvflex.")) {
                sb.append(" (at ").append(e.getClassName()).append('.').append(e.getMethodName()).append(':')
                        .append(e.getLineNumber()).append(')');
                break;
            }
        }
        return sb.toString();
    }
}
