package org.lvflex.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.lvflex.scenario.ModelType;

/**
 * A validated sweep, expanded: its points and its runs in their canonical order (point, then
 * replication, then model in the file's order), each run with its seed and content-derived id.
 *
 * @param resolved the sweep file with every default filled in
 * @param baseResolved the base scenario with every default, the fixed overrides and days applied
 */
public record Sweep(SweepSpec spec, String source, JsonNode resolved, JsonNode baseResolved, SweepJob job,
        List<String> parameters, List<Point> points, List<ModelType> models, List<PlannedRun> runs) {}
