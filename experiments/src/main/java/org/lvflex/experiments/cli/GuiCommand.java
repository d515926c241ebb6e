package org.lvflex.experiments.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.swing.SwingUtilities;
import org.lvflex.core.InputException;
import org.lvflex.experiments.gui.AutoPilot;
import org.lvflex.experiments.gui.ClassroomControls;
import org.lvflex.experiments.gui.ClassroomGui;
import org.lvflex.scenario.ModelType;
import org.lvflex.scenario.Scenario;
import org.lvflex.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sim.display.Console;

/** {@code lvflex gui}: classroom mode, the MASON Console over a live feeder. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Opens the classroom GUI: a MASON Console with the feeder view, its households and cables, live charts,",
            "and the model's controls in the Model tab. Press play; close the Console to quit. Lessons: docs/classroom.md.",
            "--seed also fills the Console's seed field. Needs a display (on a server: xvfb-run, see scripts/gui-screenshot.sh)."})
public final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "ieee-eu-lv-unmanaged",
            description = "Scenario JSON file or built-in name (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--model", paramLabel = "MODEL", converter = ModelTypeConverter.class, description = "Smart-charging model of the main feeder (overrides the scenario's): ${COMPLETION-CANDIDATES}.")
    ModelType model;

    @Option(names = "--compare", paramLabel = "MODEL", converter = ModelTypeConverter.class, description = "Run this model side by side on the same households and trips.")
    ModelType compare;

    @Mixin
    RunOverrides run;

    @Option(names = "--start-hour", paramLabel = "H", description = "Hour of the first reported day the display starts at; earlier steps run without drawing (0-23, default ${DEFAULT-VALUE}).",
            defaultValue = "0")
    int startHour;

    @Option(names = "--play", paramLabel = "HOURS", description = "Press play at once and pause after HOURS simulated hours, printing how long they took.")
    Double playHours;

    @Option(names = "--screenshot", paramLabel = "FILE", description = "With --play: save a PNG of the whole screen when paused.")
    Path screenshot;

    @Option(names = "--exit", description = "With --play: close the Console when paused (after the screenshot), ending the process.")
    boolean exit;

    @Override
    public Integer call() throws Exception {
        ScenarioLoader.Loaded loaded = run.load(scenario);
        if (startHour < 0 || startHour > 23) {
            throw new InputException("--start-hour: " + startHour + " is not allowed; use an hour 0-23");
        }
        if (playHours != null && !(playHours > 0)) {
            throw new InputException("--play: " + playHours + " is not allowed; use a number of hours > 0");
        }
        if ((screenshot != null || exit) && playHours == null) {
            throw new InputException("--screenshot and --exit need --play HOURS (they act when the run pauses)");
        }
        ClassroomControls controls = new ClassroomControls(loaded);
        if (model != null) {
            controls.model(model);
        }
        controls.compare(compare);
        controls.setStartHour(startHour);
        if (GraphicsEnvironment.isHeadless()) {
            throw new InputException("display: none available (java.awt.headless or no DISPLAY); lvflex gui needs a screen, "
                    + "or a virtual one: xvfb-run -a ./lvflex gui ... (scripts/gui-screenshot.sh)");
        }
        ClassroomGui gui;
        gui = new ClassroomGui(controls);
        System.out.println("lvflex gui: " + gui.describe());
        SwingUtilities.invokeAndWait(() -> {
            Console console = new Console(gui);
            console.setVisible(true);
            if (playHours != null) {
                new AutoPilot(console, gui, playHours, screenshot, exit, System.out).begin();
            }
        });
        gui.awaitQuit();
        return Main.OK;
    }
}
