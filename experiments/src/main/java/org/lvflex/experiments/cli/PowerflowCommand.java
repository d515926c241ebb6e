package org.lvflex.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lvflex.core.AtomicFiles;
import org.lvflex.core.Fmt;
import org.lvflex.core.InputException;
import org.lvflex.network.Load;
import org.lvflex.network.Network;
import org.lvflex.network.io.IeeeEuLv;
import org.lvflex.network.io.LoadSchedule;
import org.lvflex.network.io.LoadShapes;
import org.lvflex.network.io.NetworkJson;
import org.lvflex.network.powerflow.PowerFlow;
import org.lvflex.network.powerflow.PowerFlowOptions;
import org.lvflex.network.powerflow.PowerFlowResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code powerflow}: solves a feeder with every load at its load-shape value for one minute (voltages
 * per bus) or for all 1440 minutes of the day (transformer power and load voltages per minute).
 */
@Command(name = "powerflow", mixinStandardHelpOptions = true,
        description = {
            "Solves the unbalanced three-phase power flow of an LV feeder with every load at its load-shape value.",
            "--minute M writes one row per bus: bus,va_v,va_deg,vb_v,vb_deg,vc_v,vc_deg (phase-to-neutral).",
            "--series solves minutes 1..1440 and writes transformer secondary P and Q per phase per minute to --out,"
                    + " and the voltage of every load per minute to <out>-load-voltages.csv.",
            "Exit codes: 0 solved, 1 a power flow did not converge, 2 bad input."})
public final class PowerflowCommand implements Callable<Integer> {

    @Option(names = "--network", defaultValue = "ieee-eu-lv", paramLabel = "ieee-eu-lv|FILE.json",
            description = "The bundled IEEE European LV feeder, or an lvflex JSON network file (default: ${DEFAULT-VALUE}).")
    String network;

    @Option(names = "--minute", paramLabel = "M", description = "Minute of the day to solve, 1..1440 (row M of each load shape).")
    Integer minute;

    @Option(names = "--series", description = "Solve all 1440 minutes of the day.")
    boolean series;

    @Option(names = "--out", paramLabel = "FILE", description = "CSV output (standard output if omitted with --minute; required with --series).")
    Path out;

    @Override
    public Integer call() {
        if (series == (minute != null)) {
            throw new InputException("powerflow: give exactly one of --minute M (1..1440) or --series");
        }
        if (minute != null && (minute < 1 || minute > LoadShapes.MINUTES)) {
            throw new InputException("powerflow: --minute " + minute + " is not allowed; it must lie in 1.." + LoadShapes.MINUTES);
        }
        if (series && out == null) {
            throw new InputException("powerflow: --series needs --out FILE.csv (it writes two files)");
        }
        Network net = loadNetwork(network);
        LoadSchedule schedule = new LoadSchedule(net, IeeeEuLv.loadShapes());
        PowerFlow pf = new PowerFlow(net, PowerFlowOptions.defaults());
        return series ? runSeries(net, schedule, pf) : runMinute(net, schedule, pf);
    }

    static Network loadNetwork(String name) {
        if (name.equals("ieee-eu-lv")) {
            return IeeeEuLv.network();
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw new InputException("powerflow: --network '" + name + "' is not allowed; use ieee-eu-lv or a .json network file");
        }
        return NetworkJson.read(Path.of(name));
    }

    private int runMinute(Network net, LoadSchedule schedule, PowerFlow pf) {
        long t0 = System.nanoTime();
        schedule.apply(pf, minute);
        PowerFlowResult r = pf.solve();
        double ms = (System.nanoTime() - t0) / 1e6;
        System.err.printf(Locale.ROOT, "powerflow %s minute %d: converged=%s iterations=%d min voltage %.2f V (bus %s"
                        + " phase %s) time %.1f ms%n", net.name(), minute, r.converged(), r.iterations(), r.minVoltageV(),
                net.busName(r.minVoltageBus()), Load.phaseName(r.minVoltagePhase()), ms);
        if (!r.converged()) {
            System.err.printf(Locale.ROOT, "powerflow: minute %d did not converge (mismatch %.3g V after %d sweeps);"
                    + " no voltages written%n", minute, r.mismatch(), r.iterations());
            return 1;
        }
        AtomicFiles.TextBody body = w -> {
            w.write("bus,va_v,va_deg,vb_v,vb_deg,vc_v,vc_deg\n");
            StringBuilder sb = new StringBuilder(96);
            for (int b = 0; b < net.busCount(); b++) {
                sb.setLength(0);
                sb.append(net.busName(b));
                for (int ph = 0; ph < 3; ph++) {
                    Fmt.fixed(sb.append(','), r.busVoltageV(b, ph), 4);
                    Fmt.fixed(sb.append(','), r.busVoltageDeg(b, ph), 3);
                }
                w.append(sb.append('\n'));
            }
        };
        if (out == null) {
            try {
                Writer w = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
                body.write(w);
                w.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            AtomicFiles.writeText(out, body);
        }
        return 0;
    }

    private int runSeries(Network net, LoadSchedule schedule, PowerFlow pf) {
        int n = LoadShapes.MINUTES;
        int loads = net.loadCount();
        double[] p = new double[3 * n];
        double[] q = new double[3 * n];
        double[] v = new double[loads * n];
        boolean[] ok = new boolean[n];
        int failed = 0;
        int sweeps = 0;
        double vmin = Double.POSITIVE_INFINITY;
        String vminWhere = "";
        long t0 = System.nanoTime();
        for (int m = 1; m <= n; m++) {
            schedule.apply(pf, m);
            PowerFlowResult r = pf.solve();
            ok[m - 1] = r.converged();
            failed += r.converged() ? 0 : 1;
            sweeps += r.iterations();
            for (int ph = 0; ph < 3; ph++) {
                p[3 * (m - 1) + ph] = r.transformerPKw(ph);
                q[3 * (m - 1) + ph] = r.transformerQKvar(ph);
            }
            for (int l = 0; l < loads; l++) {
                double lv = r.loadVoltageV(l);
                v[(m - 1) * loads + l] = lv;
                if (r.converged() && lv < vmin) {
                    vmin = lv;
                    vminWhere = net.loadName(l) + " minute " + m;
                }
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        System.err.printf(Locale.ROOT, "powerflow %s series: converged %d/%d minutes, %.2f iterations/minute, lowest load"
                + " voltage %.2f V (%s), time %.1f ms%n", net.name(), n - failed, n, sweeps / (double) n, vmin, vminWhere, ms);
        AtomicFiles.writeText(out, w -> {
            w.write("minute,phase,p_kw,q_kvar,converged\n");
            StringBuilder sb = new StringBuilder(64);
            for (int m = 1; m <= n; m++) {
                for (int ph = 0; ph < 3; ph++) {
                    sb.setLength(0);
                    sb.append(m).append(',').append(Load.phaseName(ph));
                    Fmt.fixed(sb.append(','), p[3 * (m - 1) + ph], 5);
                    Fmt.fixed(sb.append(','), q[3 * (m - 1) + ph], 5);
                    w.append(sb.append(',').append(ok[m - 1]).append('\n'));
                }
            }
        });
        AtomicFiles.writeText(loadVoltagesFile(out), w -> {
            w.write("minute,load,bus,phase,v_v\n");
            StringBuilder sb = new StringBuilder(64);
            for (int m = 1; m <= n; m++) {
                for (int l = 0; l < loads; l++) {
                    sb.setLength(0);
                    sb.append(m).append(',').append(net.loadName(l)).append(',').append(net.busName(net.loadBus(l))).append(',')
                            .append(Load.phaseName(net.loadPhase(l))).append(',');
                    w.append(Fmt.fixed(sb, v[(m - 1) * loads + l], 4).append('\n'));
                }
            }
        });
        if (failed > 0) {
            System.err.printf(Locale.ROOT, "powerflow: %d minutes did not converge (converged=false in %s)%n", failed, out);
            return 1;
        }
        return 0;
    }

    /** {@code results.csv} -> {@code results-load-voltages.csv}. */
    static Path loadVoltagesFile(Path out) {
        String name = out.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return out.resolveSibling(stem + "-load-voltages.csv");
    }
}
