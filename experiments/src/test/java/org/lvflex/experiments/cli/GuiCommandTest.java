package org.lvflex.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code lvflex gui} on the command line (the tests run headless: the window itself is scripts/gui-screenshot.sh's job). */
class GuiCommandTest {

    static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void helpNamesTheOptions() {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "gui", "--help"));
        for (String o : new String[] {"--compare", "--model", "--start-hour", "--play", "--screenshot", "--exit", "SCENARIO"}) {
            assertTrue(out.toString().contains(o), o + " in\n" + out);
        }
    }

    @Test
    void withoutADisplayItSaysHowToGetOne() {
        StringWriter err = new StringWriter();
        assertEquals(Main.BAD_INPUT, run(new StringWriter(), err, "gui", "ieee-eu-lv-static-tou", "--compare", "UNMANAGED"));
        assertTrue(err.toString().contains("display") && err.toString().contains("xvfb-run"), err.toString());
        assertTrue(!err.toString().contains("Exception"), "no stack trace: " + err);
    }

    @Test
    void modelsAreReadAsInScenarioFilesAndByCompare() {
        StringWriter err = new StringWriter();
        assertEquals(Main.BAD_INPUT, run(new StringWriter(), err, "gui", "--model", "d1", "--compare", "static-tou"));
        assertTrue(err.toString().contains("display"), "lower case and '-' are accepted, as by compare --models: " + err);
        err = new StringWriter();
        assertEquals(Main.BAD_INPUT, run(new StringWriter(), err, "gui", "--model", "D7"));
        assertTrue(err.toString().contains("--model") && err.toString().contains("did you mean 'D1'?"), err.toString());
    }

    @Test
    void badOptionsAreBadInputNamingTheOption() {
        StringWriter err = new StringWriter();
        assertEquals(Main.BAD_INPUT, run(new StringWriter(), err, "gui", "--start-hour", "24"));
        assertTrue(err.toString().contains("--start-hour") && err.toString().contains("24"), err.toString());
        err = new StringWriter();
        assertEquals(Main.BAD_INPUT, run(new StringWriter(), err, "gui", "--screenshot", "x.png"));
        assertTrue(err.toString().contains("--play"), err.toString());
        err = new StringWriter();
        assertEquals(Main.BAD_INPUT, run(new StringWriter(), err, "gui", "no-such-scenario"));
        assertTrue(err.toString().contains("no-such-scenario"), err.toString());
    }
}
