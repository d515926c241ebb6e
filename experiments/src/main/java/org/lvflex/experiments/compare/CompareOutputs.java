package org.lvflex.experiments.compare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.lvflex.core.AtomicFiles;
import org.lvflex.core.Fmt;
import org.lvflex.experiments.equity.AllocationTable;
import org.lvflex.experiments.equity.EquityTable;
import org.lvflex.experiments.metrics.BehaviourSummary;
import org.lvflex.experiments.run.RunSummary;
import org.lvflex.experiments.metrics.Metric;
import org.lvflex.experiments.report.HtmlReport;
import org.lvflex.experiments.run.Json;
import org.lvflex.experiments.run.Tables;
import org.lvflex.scenario.ModelType;

/**
 * Writes a comparison's files into a directory (callers stage it and publish it whole): metrics.csv,
 * summary.json, equity.csv, cost_allocation.csv, sessions.csv, households.csv,
 * scenario.resolved.json and report.html. Rows follow model order, then replication; nothing
 * depends on timing or thread count, so the same inputs give byte-identical files.
 */
public final class CompareOutputs {
    public static final String METRICS_HEADER = "model,replication,seed,metric,value,unit";
    public static final String EQUITY_HEADER = "model,replication,group_kind,group,households,metric,value,unit";
    public static final String ALLOCATION_HEADER = "model,replication,rule,group_kind,group,households,share_paid,share_caused,"
            + "paid_to_caused_ratio,paid_gbp,paid_gbp_per_household_year";

    private CompareOutputs() {}

    public static void write(Comparison.Result r, Path dir, String version) {
        AtomicFiles.writeText(dir.resolve("metrics.csv"), w -> {
            w.append(METRICS_HEADER).append('\n');
            StringBuilder sb = new StringBuilder(128);
            for (ModelType m : r.models()) {
                for (RunAnalysis a : r.of(m)) {
                    for (Metric x : a.metrics()) {
                        sb.setLength(0);
                        sb.append(m.name()).append(',').append(a.run().replication).append(',').append(a.run().seed).append(',')
                                .append(x.name()).append(',');
                        Fmt.fixed(sb, x.value(), 6).append(',').append(Fmt.csvField(x.unit())).append('\n');
                        w.append(sb);
                    }
                }
            }
        });
        AtomicFiles.writeText(dir.resolve("equity.csv"), w -> {
            w.append(EQUITY_HEADER).append('\n');
            StringBuilder sb = new StringBuilder(128);
            for (ModelType m : r.models()) {
                for (RunAnalysis a : r.of(m)) {
                    for (EquityTable.Row row : a.equity()) {
                        sb.setLength(0);
                        sb.append(m.name()).append(',').append(a.run().replication).append(',').append(row.kind().key()).append(',')
                                .append(row.group()).append(',').append(row.households()).append(',').append(row.metric()).append(',');
                        Fmt.fixed(sb, row.value(), 6).append(',').append(Fmt.csvField(row.unit())).append('\n');
                        w.append(sb);
                    }
                }
            }
        });
        AtomicFiles.writeText(dir.resolve("cost_allocation.csv"), w -> {
            w.append(ALLOCATION_HEADER).append('\n');
            StringBuilder sb = new StringBuilder(160);
            for (ModelType m : r.models()) {
                for (RunAnalysis a : r.of(m)) {
                    for (AllocationTable.Row row : a.allocation()) {
                        sb.setLength(0);
                        sb.append(m.name()).append(',').append(a.run().replication).append(',').append(row.rule().key()).append(',')
                                .append(row.kind().key()).append(',').append(row.group()).append(',').append(row.households()).append(',');
                        Fmt.fixed(sb, row.sharePaid(), 6).append(',');
                        Fmt.fixed(sb, row.shareCaused(), 6).append(',');
                        Fmt.fixed(sb, row.ratio(), 4).append(',');
                        Fmt.fixed(sb, row.paidGbp(), 2).append(',');
                        Fmt.fixed(sb, row.paidGbpPerHouseholdYear(), 4).append('\n');
                        w.append(sb);
                    }
                }
            }
        });
        AtomicFiles.writeText(dir.resolve("sessions.csv"), w -> {
            w.append(Tables.SESSIONS_HEADER).append('\n');
            for (ModelType m : r.models()) {
                for (RunAnalysis a : r.of(m)) {
                    w.append(a.run().sessionsCsv);
                }
            }
        });
        AtomicFiles.writeText(dir.resolve("households.csv"), w -> {
            w.append(Tables.HOUSEHOLDS_HEADER).append('\n');
            for (ModelType m : r.models()) {
                for (RunAnalysis a : r.of(m)) {
                    w.append(a.run().householdsCsv);
                }
            }
        });
        Json.writeResolved(dir.resolve("scenario.resolved.json"), r.base().resolved(), version);
        AtomicFiles.writeString(dir.resolve("summary.json"), Json.pretty(summary(r, version)));
        AtomicFiles.writeString(dir.resolve("report.html"), HtmlReport.html(r, version));
    }

    /**
     * summary.json: what ran, and per model and metric the mean over replications with its 95%
     * confidence interval (null when undefined), plus each model's behaviour summary.
     */
    static ObjectNode summary(Comparison.Result r, String version) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        RunResult first = r.runs()[0][0].run();
        root.put("scenario", r.scenario().name());
        root.put("source", r.base().source());
        root.put("lvflexVersion", version);
        root.put("startDate", r.scenario().run().startDate());
        root.put("days", r.scenario().run().days());
        root.put("stepMinutes", r.scenario().run().stepMinutes());
        root.put("network", r.scenario().network().source());
        root.put("households", first.households.size());
        root.put("evs", first.evs);
        root.put("v2gHouseholds", first.v2gHouseholds());
        root.put("replications", r.replications());
        ArrayNode seeds = root.putArray("seeds");
        for (long s : r.seeds()) {
            seeds.add(s);
        }
        ArrayNode models = root.putArray("models");
        r.models().forEach(m -> models.add(m.name()));
        root.put("confidenceLevel", 0.95);
        ObjectNode metrics = root.putObject("metrics");
        for (ModelType m : r.models()) {
            ObjectNode mo = metrics.putObject(m.name());
            List<RunAnalysis> runs = r.of(m);
            for (Metric x : runs.get(0).metrics()) {
                Estimate e = Headline.estimate(r, m, x.name());
                ObjectNode o = mo.putObject(x.name());
                RunSummary.put(o, "mean", e.mean());
                RunSummary.put(o, "ci95_low", e.low());
                RunSummary.put(o, "ci95_high", e.high());
                o.put("n", e.n());
                o.put("unit", x.unit());
            }
        }
        ObjectNode behaviour = root.putObject("behaviour");
        for (ModelType m : r.models()) {
            BehaviourSummary b = r.of(m).get(0).run().behaviour;
            behaviour.set(m.name(), RunSummary.simulated(b));
        }
        behaviour.set("electricNationTarget",
                RunSummary.electricNationTargets("Electric Nation headline figures (DOMAIN.md section 4); behaviour is of replication 0"));
        return root;
    }
}
