package org.lvflex.experiments.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.cpo.SiteSession;
import org.lvflex.core.AtomicFiles;
import org.lvflex.core.Fmt;
import org.lvflex.core.SimClock;
import org.lvflex.core.TimeSeriesRecorder;
import org.lvflex.core.InputException;
import org.lvflex.experiments.metrics.CurtailmentAnalysis;
import org.lvflex.experiments.run.Parallel;
import org.lvflex.experiments.run.Runner;
import org.lvflex.scenario.SccSchemeSpec;
import org.lvflex.scenario.ScenarioLoader;
import org.lvflex.scenario.schema.SchemaWalker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lvflex curtailment}: the curtailment analysis of every public site (003:L534-543), under the
 * schemes the scenario gives its sites, under one scheme forced on every site, or under each scheme in
 * turn. Runs of different schemes share the same households, cars, trips and visitors (common random
 * numbers), so their differences are the schemes'.
 */
@Command(name = "curtailment", mixinStandardHelpOptions = true,
        description = {"Curtailment analysis of every public charging site (SP Energy Networks Charge project, seed 003): maximum "
                + "curtailment, %% of time at full capacity, frequency and duration of restrictions, probability of each curtailment "
                + "level, energy curtailed and energy drivers did not get, fail-safe trips and constraint breaches, per site and scheme.",
            "Writes curtailment.csv, curtailment-levels.csv, curtailment-monthly.csv, site-sessions.csv and curtailment.md to --out "
                + "and prints the table."})
public final class CurtailmentCommand implements Callable<Integer> {
    /** The run name when every site keeps the scheme the scenario gives it. */
    public static final String AS_GIVEN = "as-given";

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario JSON file, or a built-in name (e.g. public-charging-generated).")
    String scenario;

    @Option(names = "--scheme", paramLabel = "SCHEME", description = "Force one scheme on every site (FIRM, TCC, TCC_PROFILE, "
            + "CLM_STATIC, CLM_DYNAMIC, LMC, CMC), or 'all' to run each in turn. Default: each site's own scheme.")
    String scheme;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (replaced if it exists). Default: results/<scenario>-curtailment-<timestamp>.")
    Path out;

    @Mixin
    RunOverrides run;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws Exception {
        ScenarioLoader.Loaded base = run.load(scenario);
        if (base.scenario().publicCharging().sites().isEmpty()) {
            throw new InputException(scenario + ": publicCharging.sites is empty; the curtailment analysis needs at least one public site");
        }
        List<String> runs = runs(scheme);
        List<ScenarioLoader.Loaded> loaded = new ArrayList<>();
        for (String r : runs) {
            loaded.add(r.equals(AS_GIVEN) ? base : withScheme(base, SccSchemeSpec.Type.valueOf(r)));
        }
        int n = threads.get();
        List<Result> results = runAll(loaded, runs, n);
        String name = base.scenario().name();
        Path target = OutputFolder.orDefault(out, name + "-curtailment");
        List<CurtailmentAnalysis.Row> rows = new ArrayList<>();
        for (Result r : results) {
            rows.addAll(r.rows());
        }
        String table = CurtailmentAnalysis.markdown(rows);
        AtomicFiles.writeDirectory(target, staging -> {
            AtomicFiles.writeText(staging.resolve("curtailment.csv"), w -> CurtailmentAnalysis.write(w, rows));
            AtomicFiles.writeText(staging.resolve("curtailment-levels.csv"), w -> {
                w.append(CurtailmentAnalysis.LEVELS_HEADER).append('\n');
                CurtailmentAnalysis.writeLevels(w, rows);
            });
            AtomicFiles.writeText(staging.resolve("curtailment-monthly.csv"), w -> {
                w.append(CurtailmentAnalysis.MONTHLY_HEADER).append('\n');
                CurtailmentAnalysis.writeMonthly(w, rows);
            });
            AtomicFiles.writeText(staging.resolve("site-sessions.csv"), w -> {
                w.append(SITE_SESSIONS_HEADER).append('\n');
                for (Result r : results) {
                    siteSessions(w, r);
                }
            });
            AtomicFiles.writeString(staging.resolve("curtailment.md"), "# Curtailment analysis: " + name + "\n\n"
                    + base.scenario().run().days() + " days from " + base.scenario().run().startDate() + ", seed "
                    + base.scenario().run().seed() + ", model " + base.scenario().model().type() + ".\n\n" + table);
            return null;
        });
        System.out.print(table);
        System.out.println("-> " + target);
        return Main.OK;
    }

    /** What one run left behind: its rows and its site sessions. */
    record Result(String run, List<CurtailmentAnalysis.Row> rows, List<SiteSession> sessions, SimClock clock) {}

    private static List<Result> runAll(List<ScenarioLoader.Loaded> loaded, List<String> runs, int threads) {
        List<Callable<Result>> tasks = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            ScenarioLoader.Loaded l = loaded.get(i);
            String run = runs.get(i);
            tasks.add(() -> {
                LvFlexModel m = Runner.run(l.scenario(), null);
                return new Result(run, CurtailmentAnalysis.of(m, run), List.copyOf(m.cpo().sessions()), m.clock());
            });
        }
        return Parallel.run("lvflex-curtailment", threads, tasks);
    }

    /** The runs {@code --scheme} asks for, in a fixed order. */
    static List<String> runs(String scheme) {
        if (scheme == null) {
            return List.of(AS_GIVEN);
        }
        List<String> names = new ArrayList<>();
        for (SccSchemeSpec.Type t : SccSchemeSpec.Type.values()) {
            names.add(t.name());
        }
        List<String> allowed = new ArrayList<>(names);
        allowed.add("all");
        String s = SchemaWalker.matchEnum(scheme.trim(), allowed);
        if (s == null) {
            throw new InputException("--scheme: got \"" + scheme + "\", expected " + SchemaWalker.enumExpectation(scheme.trim(), allowed));
        }
        return s.equals("all") ? names : List.of(s);
    }

    /** The scenario with every site's scheme type replaced (validated again like a file). */
    static ScenarioLoader.Loaded withScheme(ScenarioLoader.Loaded base, SccSchemeSpec.Type type) {
        JsonNode tree = base.resolved().deepCopy();
        for (JsonNode site : tree.path("publicCharging").path("sites")) {
            ((ObjectNode) site.path("scheme")).put("type", type.name());
        }
        return ScenarioLoader.fromTree(tree, base.source() + " with every site under " + type, Map.of());
    }

    static final String SITE_SESSIONS_HEADER = "run,site_id,user,household_id,plug_in_time,plug_out_time,charger_kw,"
            + "energy_charged_kwh,curtailed_kwh,flex_kwh,unmet_kwh,truncated";

    private static void siteSessions(Appendable w, Result r) throws java.io.IOException {
        DateTimeFormatter iso = TimeSeriesRecorder.ISO_MINUTE;
        StringBuilder sb = new StringBuilder(160);
        for (SiteSession s : r.sessions()) {
            sb.setLength(0);
            sb.append(r.run()).append(',').append(Fmt.csvField(s.siteId())).append(',').append(s.user()).append(',')
                    .append(s.householdId() < 0 ? "" : String.valueOf(s.householdId())).append(',')
                    .append(iso.format(r.clock().dateTime(s.plugIn()))).append(',')
                    .append(iso.format(r.clock().dateTime(s.plugOut()))).append(',');
            Fmt.fixed(sb, s.chargerKw(), 1).append(',');
            Fmt.fixed(sb, s.chargedKwh(), 4).append(',');
            Fmt.fixed(sb, s.curtailedKwh(), 4).append(',');
            Fmt.fixed(sb, s.flexKwh(), 4).append(',');
            Fmt.fixed(sb, s.unmetKwh(), 4).append(',').append(s.truncated()).append('\n');
            w.append(sb);
        }
    }
}
