package org.lvflex.network.bench;

import java.util.concurrent.TimeUnit;
import org.lvflex.network.Network;
import org.lvflex.network.generator.UkFeederGenerator;
import org.lvflex.network.generator.UkFeederSpec;
import org.lvflex.network.io.IeeeEuLv;
import org.lvflex.network.io.LoadSchedule;
import org.lvflex.network.io.LoadShapes;
import org.lvflex.network.powerflow.PowerFlow;
import org.lvflex.network.powerflow.PowerFlowOptions;
import org.lvflex.network.powerflow.PowerFlowResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Power-flow speed (see docs/benchmarks.md). Each single-solve benchmark moves to the next minute of
 * the day first, so every solve sees new loads, as a simulation would.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PowerFlowBenchmark {
    private PowerFlow ieee;
    private LoadSchedule ieeeSchedule;
    private PowerFlow generated;
    private LoadSchedule generatedSchedule;
    private PowerFlow balanced;
    private LoadSchedule balancedSchedule;
    private OlfFeeder olf;
    private OlfFeeder olfCached;
    private double[][] olfP;
    private double[][] olfQ;
    private int minute;

    @Setup
    public void setup() {
        LoadShapes shapes = IeeeEuLv.loadShapes();
        Network net = IeeeEuLv.network();
        ieee = new PowerFlow(net, PowerFlowOptions.defaults());
        ieeeSchedule = new LoadSchedule(net, shapes);
        Network gen = UkFeederGenerator.generate(UkFeederSpec.defaults(), 1);
        generated = new PowerFlow(gen, PowerFlowOptions.defaults());
        generatedSchedule = new LoadSchedule(gen, shapes);
        Network bal = BalancedFeeders.balanced(net);
        balanced = new PowerFlow(bal, PowerFlowOptions.defaults());
        balancedSchedule = new LoadSchedule(bal, shapes);
        olf = new OlfFeeder(bal);
        olfCached = new OlfFeeder(bal, true);
        // the same per-minute loads for OpenLoadFlow, precomputed so its timing is the solve only
        olfP = new double[LoadShapes.MINUTES][bal.loadCount()];
        olfQ = new double[LoadShapes.MINUTES][bal.loadCount()];
        for (int m = 1; m <= LoadShapes.MINUTES; m++) {
            balancedSchedule.apply(balanced, m);
            for (int l = 0; l < bal.loadCount(); l++) {
                olfP[m - 1][l] = balanced.loadPKw(l);
                olfQ[m - 1][l] = balanced.loadQKvar(l);
            }
        }
        minute = 0;
    }

    private int nextMinute() {
        minute = minute % LoadShapes.MINUTES + 1;
        return minute;
    }

    /** One unbalanced solve of the IEEE European LV feeder (906 buses, 55 loads). */
    @Benchmark
    public double ieeeSolve() {
        ieeeSchedule.apply(ieee, nextMinute());
        return check(ieee.solve()).transformerPKw();
    }

    /** One unbalanced solve of a generated 5-way, 200-customer UK feeder (1 + 5 x (20 + 40) = 301 buses). */
    @Benchmark
    public double generated200Solve() {
        generatedSchedule.apply(generated, nextMinute());
        return check(generated.solve()).transformerPKw();
    }

    /** All 1440 minutes of the IEEE feeder, reading transformer P and Q per phase each minute. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double ieeeSeries1440() {
        double sum = 0;
        for (int m = 1; m <= LoadShapes.MINUTES; m++) {
            ieeeSchedule.apply(ieee, m);
            PowerFlowResult r = check(ieee.solve());
            for (int p = 0; p < 3; p++) {
                sum += r.transformerPKw(p) + r.transformerQKvar(p);
            }
        }
        return sum;
    }

    /** As {@link #ieeeSeries1440()} plus the minimum voltage over all 906 buses every minute. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double ieeeSeries1440WithMinVoltage() {
        double sum = 0;
        for (int m = 1; m <= LoadShapes.MINUTES; m++) {
            ieeeSchedule.apply(ieee, m);
            PowerFlowResult r = check(ieee.solve());
            sum += r.transformerPKw() + r.minVoltageV();
        }
        return sum;
    }

    /** lvflex on the balanced IEEE feeder (three-phase solve of balanced loads). */
    @Benchmark
    public double balancedIeeeLvflexSolve() {
        balancedSchedule.apply(balanced, nextMinute());
        return check(balanced.solve()).transformerPKw();
    }

    /**
     * PowSyBl OpenLoadFlow on the same balanced feeder (positive-sequence Newton-Raphson). Longer
     * iterations than lvflex's: at about 100 solves/s, 1 s warm-up iterations leave it still compiling.
     */
    @Benchmark
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 2)
    public boolean balancedIeeeOpenLoadFlowSolve() {
        return olfSolve(olf);
    }

    /** As {@link #balancedIeeeOpenLoadFlowSolve()} with OpenLoadFlow's network cache enabled. */
    @Benchmark
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 2)
    public boolean balancedIeeeOpenLoadFlowCachedSolve() {
        return olfSolve(olfCached);
    }

    private boolean olfSolve(OlfFeeder solver) {
        int m = nextMinute() - 1;
        for (int l = 0; l < olfP[m].length; l++) {
            solver.setLoad(l, olfP[m][l], olfQ[m][l]);
        }
        boolean ok = solver.solve().isOk();
        if (!ok) {
            throw new IllegalStateException("OpenLoadFlow did not converge at minute " + (m + 1));
        }
        return ok;
    }

    private static PowerFlowResult check(PowerFlowResult r) {
        if (!r.converged()) {
            throw new IllegalStateException("lvflex power flow did not converge");
        }
        return r;
    }
}
