package org.lvflex.network.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.lvflex.network.Network;
import org.lvflex.network.io.IeeeEuLv;
import org.lvflex.network.io.LoadSchedule;
import org.lvflex.network.io.LoadShapes;
import org.lvflex.network.powerflow.PowerFlow;
import org.lvflex.network.powerflow.PowerFlowOptions;
import org.lvflex.network.powerflow.PowerFlowResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link PowerFlowBenchmark} and prints, side by side, lvflex and PowSyBl OpenLoadFlow on the
 * balanced IEEE feeder: speed ratio and the largest voltage difference over the day. Command in
 * docs/benchmarks.md.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {}

    public static void main(String[] args) throws RunnerException {
        double worst = largestBalancedDifferencePu();
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(PowerFlowBenchmark.class.getName())
                .build()).run();
        Map<String, double[]> score = new HashMap<>();
        System.out.println();
        System.out.println("| benchmark | score | error (99.9%) | unit |");
        System.out.println("|---|---:|---:|---|");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            double s = r.getPrimaryResult().getScore();
            double e = r.getPrimaryResult().getScoreError();
            score.put(name, new double[] {s, e});
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %s |%n", name, s, e, r.getPrimaryResult().getScoreUnit());
        }
        double lv = score.get("balancedIeeeLvflexSolve")[0];
        double olf = score.get("balancedIeeeOpenLoadFlowSolve")[0];
        double olfCached = score.get("balancedIeeeOpenLoadFlowCachedSolve")[0];
        System.out.printf(Locale.ROOT, "%nbalanced IEEE feeder: lvflex %.0f solves/s, OpenLoadFlow %.0f solves/s (ratio %.0fx),"
                + " OpenLoadFlow with network cache %.0f solves/s (ratio %.0fx);"
                + " largest |V| difference over every 10th minute of the day %.2e pu%n",
                lv, olf, lv / olf, olfCached, lv / olfCached, worst);
    }

    /** Largest |V| difference between lvflex and OpenLoadFlow on the balanced IEEE feeder, pu. */
    static double largestBalancedDifferencePu() {
        Network bal = BalancedFeeders.balanced(IeeeEuLv.network());
        LoadSchedule schedule = new LoadSchedule(bal, IeeeEuLv.loadShapes());
        PowerFlow pf = new PowerFlow(bal, PowerFlowOptions.defaults().withToleranceV(1e-9));
        OlfFeeder olf = new OlfFeeder(bal);
        double base = bal.transformer().secondaryPhaseVoltageV();
        double worst = 0;
        for (int m = 1; m <= LoadShapes.MINUTES; m += 10) {
            schedule.apply(pf, m);
            for (int l = 0; l < bal.loadCount(); l++) {
                olf.setLoad(l, pf.loadPKw(l), pf.loadQKvar(l));
            }
            PowerFlowResult r = pf.solve();
            if (!r.converged() || !olf.solve().isOk()) {
                throw new IllegalStateException("a solver failed at minute " + m);
            }
            for (int b = 0; b < bal.busCount(); b++) {
                worst = Math.max(worst, Math.abs(r.busVoltageV(b, 0) - olf.busVoltageV(b)) / base);
            }
        }
        return worst;
    }
}
