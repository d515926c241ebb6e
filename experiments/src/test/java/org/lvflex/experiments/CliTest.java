package org.lvflex.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lvflex.experiments.cli.Main;
import picocli.CommandLine;

/** The command line: exit codes, clear errors for bad input, deterministic outputs. */
class CliTest {

    /** Runs a command line, capturing stderr; returns exit code and error text. */
    record Outcome(int code, String err, String out) {}

    static Outcome run(String... args) {
        StringWriter err = new StringWriter();
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter usage = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(usage, true));
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code = cl.execute(args);
            cl.getOut().flush();
            cl.getErr().flush();
            return new Outcome(code, err.toString(), usage + out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad JSON           | {\"run\": {\"days\": 7,,}}                   | bad JSON",
        "wrong type         | {\"run\": {\"days\": \"seven\"}}              | run.days: got \"seven\"",
        "negative power     | {\"ev\": {\"chargerKw\": [-7.0]}}             | ev.chargerKw[0]: got -7",
        "unknown field      | {\"ev\": {\"sahre\": 0.3}}                    | ev.sahre: unknown field; did you mean 'share'?",
        "step vs horizon    | {\"run\": {\"stepMinutes\": 7}}               | run.stepMinutes: got 7",
        "share above one    | {\"v2g\": {\"share\": 2}}                     | v2g.share: got 2",
        "unknown model      | {\"model\": {\"type\": \"D5\"}}                | model.type: got \"D5\"",
        "bad network source | {\"network\": {\"source\": \"ieee-eu-lw\"}}    | network.source: got \"ieee-eu-lw\"",
        "bad cable          | {\"network\": {\"generator\": {\"mainCable\": \"copper\"}}} | network.generator.mainCable: got \"copper\"",
        "negative days      | {\"run\": {\"days\": -3}}                     | run.days: got -3",
        "bad outage time    | {\"faults\": {\"outageStart\": \"tomorrow\"}}   | faults.outageStart: got \"tomorrow\"",
        "reliability > 1    | {\"faults\": {\"commsReliability\": 1.5}}       | faults.commsReliability: got 1.5",
    })
    void malformedScenarioExitsWithCode2AndNamesTheField(String label, String json, String expected, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, json);
        for (String command : new String[] {"run", "validate"}) {
            Outcome o = run(command, f.toString());
            assertEquals(Main.BAD_INPUT, o.code(), label + " (" + command + "): " + o.err());
            assertTrue(o.err().contains(expected), label + " -> " + o.err());
            assertFalse(o.err().contains("\tat "), "no stack trace: " + o.err());
        }
    }

    @Test
    void missingFileIsBadInput() {
        Outcome o = run("run", "/no/such/file.json");
        assertEquals(Main.BAD_INPUT, o.code());
        assertTrue(o.err().contains("no such file"), o.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("run", "ieee-eu-lv-unmanaged", "--dayz", "3").code());
    }

    @Test
    void everyCommandHasHelp() {
        CommandLine cl = Main.commandLine();
        assertTrue(cl.getSubcommands().size() >= 5);
        for (var e : cl.getSubcommands().entrySet()) {
            assertEquals(0, run(e.getKey(), "--help").code(), e.getKey());
            assertTrue(e.getValue().getUsageMessage().contains("Usage: lvflex " + e.getKey()), e.getKey());
        }
        assertEquals(0, run("--version").code());
    }

    @Test
    void sameScenarioAndSeedGiveByteIdenticalOutputs(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path c = dir.resolve("c");
        assertEquals(0, run("run", "ieee-eu-lv-static-tou", "--days", "2", "--seed", "5", "--out", a.toString(), "--quiet").code());
        assertEquals(0, run("run", "ieee-eu-lv-static-tou", "--days", "2", "--seed", "5", "--out", b.toString(), "--quiet").code());
        assertEquals(0, run("run", "ieee-eu-lv-static-tou", "--days", "2", "--seed", "6", "--out", c.toString(), "--quiet").code());
        for (String f : new String[] {"timeseries.csv", "summary.json", "sessions.csv", "households.csv", "scenario.resolved.json"}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " differs between identical runs");
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("timeseries.csv")), Files.readAllBytes(c.resolve("timeseries.csv"))),
                "another seed gives another run");
        assertTrue(Files.exists(a.resolve("transformer-demand.png")));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(3, left.count(), "no partial output folders left behind");
        }
    }

    @Test
    void resolvedScenarioReproducesTheRun(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, run("run", "ieee-eu-lv-unmanaged", "--days", "1", "--seed", "9", "--out", a.toString(), "--quiet").code());
        assertEquals(0, run("run", a.resolve("scenario.resolved.json").toString(), "--out", b.toString(), "--quiet").code());
        assertArrayEquals(Files.readAllBytes(a.resolve("timeseries.csv")), Files.readAllBytes(b.resolve("timeseries.csv")));
    }
}
