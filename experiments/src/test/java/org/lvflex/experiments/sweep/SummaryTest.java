package org.lvflex.experiments.sweep;

import org.lvflex.experiments.metrics.Stats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvflex.experiments.cli.Main;

class SummaryTest {
    @Test
    void studentIntervalOfTheMean() {
        double[] x = {1, 2, 3, 4, 5};
        Stats s = Stats.of(x, 5, 0.95);
        assertEquals(3, s.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), s.sd(), 1e-12);
        // t(0.975, 4 degrees of freedom) = 2.7764451 (any statistics table)
        assertEquals(2.7764451 * Math.sqrt(2.5) / Math.sqrt(5), s.ciHigh() - s.mean(), 1e-6);
        assertEquals(s.mean() - s.ciLow(), s.ciHigh() - s.mean(), 1e-12);
        Stats wider = Stats.of(x, 5, 0.99);
        assertTrue(wider.ciHigh() > s.ciHigh());
        Stats one = Stats.of(new double[] {7}, 1, 0.95);
        assertEquals(7, one.mean());
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.ciLow()));
    }

    @Test
    void csvReaderHandlesQuotes() throws Exception {
        Csv c = new Csv(new BufferedReader(new StringReader("a,\"b,c\",\"say \"\"hi\"\"\"\r\n,\"x\ny\",\n")));
        assertEquals(List.of("a", "b,c", "say \"hi\""), c.next());
        assertEquals(List.of("", "x\ny", ""), c.next());
        assertEquals(null, c.next());
    }

    @Test
    void summarizeWritesMeansIntervalsAndPlots(@TempDir Path dir) throws Exception {
        Path file = SweepFiles.write(dir, "s.json", SweepFiles.SMALL);
        Path out = dir.resolve("out");
        assertEquals(Main.OK, Main.execute("sweep", file.toString(), "--out", out.toString(), "--quiet"));
        assertEquals(Main.OK, Main.execute("summarize", out.toString()));

        List<List<String>> results = SweepRunnerTest.csv(out.resolve(ResultStore.RESULTS_CSV));
        List<List<String>> summary = SweepRunnerTest.csv(out.resolve("summary").resolve("summary.csv"));
        assertEquals(List.of("point", "model", "ev.share", "metric", "unit", "n", "mean", "sd", "ci_low", "ci_high", "confidence"),
                summary.get(0));
        int metrics = (results.size() - 1) / 8;
        assertEquals(2 * 2 * metrics, summary.size() - 1, "one row per point, model and metric");
        // recompute one group from results.csv
        SummaryStatistics peak = new SummaryStatistics();
        for (List<String> r : results) {
            if (r.get(5).equals("0.8") && r.get(3).equals("STATIC_TOU") && r.get(6).equals("peak_demand_kw")) {
                peak.addValue(Double.parseDouble(r.get(7)));
            }
        }
        List<String> row = summary.stream().filter(r -> r.get(1).equals("STATIC_TOU") && r.get(2).equals("0.8")
                && r.get(3).equals("peak_demand_kw")).findFirst().orElseThrow();
        assertEquals("2", row.get(5));
        assertEquals(peak.getMean(), Double.parseDouble(row.get(6)), 1e-9);
        assertEquals(peak.getStandardDeviation(), Double.parseDouble(row.get(7)), 1e-9);
        assertTrue(Double.parseDouble(row.get(8)) < peak.getMean() && peak.getMean() < Double.parseDouble(row.get(9)));

        List<List<String>> effects = SweepRunnerTest.csv(out.resolve("summary").resolve("effects.csv"));
        assertEquals(2 * 2 * metrics, effects.size() - 1, "one row per value of ev.share, model and metric");
        List<Path> plots = new ArrayList<>();
        try (var s = Files.list(out.resolve("summary").resolve("plots"))) {
            s.forEach(plots::add);
        }
        assertTrue(plots.stream().anyMatch(p -> p.getFileName().toString().equals("peak_demand_kw-vs-ev.share.png")), plots.toString());
        for (Path p : plots) {
            byte[] b = Files.readAllBytes(p);
            assertTrue(b.length > 1000 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G', p + " is a PNG");
        }
        assertEquals(Main.OK, Main.execute("summarize", out.toString(), "--metric", "unmet_kwh"));
        try (var s = Files.list(out.resolve("summary").resolve("plots"))) {
            assertEquals(1, s.count(), "a rerun replaces the whole summary folder");
        }
        assertEquals(Main.BAD_INPUT, Main.execute("summarize", out.toString(), "--metric", "peak_demand_kwh"));
        assertEquals(Main.BAD_INPUT, Main.execute("summarize", dir.resolve("nothing").toString()));
        assertEquals(Main.BAD_INPUT, Main.execute("summarize", out.toString(), "--confidence", "95"));
    }
}
