package org.lvflex.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvflex.core.InputException;
import org.lvflex.network.io.IeeeEuLv;
import org.lvflex.network.io.NetworkJson;
import picocli.CommandLine;

class PowerflowCommandTest {

    /** Runs the command as the lvflex main will: bad input becomes exit code 2. */
    static int run(StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new PowerflowCommand());
        cl.setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof InputException ie) {
                line.getErr().println(ie.getMessage());
                return 2;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    @Test
    void minute566WritesEveryBusMatchingOpenDssAtBus899(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("v.csv");
        assertEquals(0, run(new StringWriter(), "--network", "ieee-eu-lv", "--minute", "566", "--out", out.toString()));
        List<String> rows = Files.readAllLines(out);
        assertEquals("bus,va_v,va_deg,vb_v,vb_deg,vc_v,vc_deg", rows.get(0));
        assertEquals(907, rows.size());
        String bus899 = rows.stream().filter(r -> r.startsWith("899,")).findFirst().orElseThrow();
        double vb = Double.parseDouble(bus899.split(",")[3]);
        assertEquals(0.99246 * 416 / Math.sqrt(3), vb, 0.01);
    }

    @Test
    void seriesWritesTransformerPowerAndLoadVoltagesForEveryMinute(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("series.csv");
        assertEquals(0, run(new StringWriter(), "--series", "--out", out.toString()));
        List<String> tx = Files.readAllLines(out);
        assertEquals("minute,phase,p_kw,q_kvar,converged", tx.get(0));
        assertEquals(1 + 1440 * 3, tx.size());
        String m566b = tx.stream().filter(r -> r.startsWith("566,B,")).findFirst().orElseThrow();
        assertEquals(35.2927, Double.parseDouble(m566b.split(",")[2]), 0.005 * 35.2927);
        List<String> v = Files.readAllLines(dir.resolve("series-load-voltages.csv"));
        assertEquals("minute,load,bus,phase,v_v", v.get(0));
        assertEquals(1 + 1440 * 55, v.size());
        assertTrue(v.get(1).startsWith("1,LOAD1,34,A,"), v.get(1));
    }

    @Test
    void jsonNetworkFileIsAccepted(@TempDir Path dir) throws IOException {
        Path net = dir.resolve("ieee.json");
        NetworkJson.write(IeeeEuLv.network(), net);
        Path out = dir.resolve("v.csv");
        assertEquals(0, run(new StringWriter(), "--network", net.toString(), "--minute", "1", "--out", out.toString()));
        assertEquals(907, Files.readAllLines(out).size());
    }

    @Test
    void badInputIsExitCodeTwoWithAClearMessage(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "--minute", "0"));
        assertTrue(err.toString().contains("--minute 0") && err.toString().contains("1..1440"), err.toString());
        err = new StringWriter();
        assertEquals(2, run(err, "--series"));
        assertTrue(err.toString().contains("--out"), err.toString());
        err = new StringWriter();
        assertEquals(2, run(err, "--network", dir.resolve("missing.json").toString(), "--minute", "5"));
        assertTrue(err.toString().contains("missing.json"), err.toString());
        err = new StringWriter();
        assertEquals(2, run(err, "--network", "ieee-us", "--minute", "5"));
        assertTrue(err.toString().contains("ieee-us"), err.toString());
        assertEquals(2, run(new StringWriter(), "--network", "ieee-eu-lv"));
    }

    @Test
    void helpWorks() {
        assertEquals(0, new CommandLine(new PowerflowCommand()).setOut(new PrintWriter(new StringWriter())).execute("--help"));
    }
}
