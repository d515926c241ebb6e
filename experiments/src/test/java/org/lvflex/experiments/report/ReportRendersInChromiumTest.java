package org.lvflex.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvflex.experiments.TestScenarios;
import org.lvflex.experiments.compare.CompareOutputs;
import org.lvflex.experiments.compare.Comparison;
import org.lvflex.scenario.ModelType;

/**
 * Opens a comparison report in headless Chromium (Debian's chromium package) and checks that the
 * embedded charts were drawn: the screenshot must hold the bar colour of the charts' first series.
 * Skipped, with a message, where Chromium is not installed.
 */
class ReportRendersInChromiumTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void chartsRenderInHeadlessChromium(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium not installed (apt-get install chromium): report not rendered");
        Path scenario = TestScenarios.writeTiny(dir, 5);
        Comparison.Result r = Comparison.run(scenario.toString(), List.of(ModelType.STATIC_TOU), 1, 2, null);
        Path out = dir.resolve("report");
        CompareOutputs.write(r, out, "test");
        Path shot = dir.resolve("shot.png");
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"), "--screenshot=" + shot, "--window-size=1400,4000",
                out.resolve("report.html").toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(dir.resolve("chromium.log")));
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(1400, img.getWidth());
        int bar = CompareCharts.SERIES[0].getRGB() & 0xFFFFFF;
        int matches = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == bar) {
                    matches++;
                }
            }
        }
        assertTrue(matches > 2000, "chart bars visible in the rendered page (" + matches + " sampled pixels)");
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return "(no log)";
        }
    }
}
