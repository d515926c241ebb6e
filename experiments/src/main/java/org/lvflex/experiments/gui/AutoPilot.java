package org.lvflex.experiments.gui;

import java.awt.AWTException;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.swing.Timer;
import org.lvflex.core.AtomicFiles;
import sim.display.Console;

/**
 * Drives the Console for scripts and measurements (no lecturer at the keyboard): presses play,
 * lets MASON pause after a number of simulated hours, reports how long they took with every display
 * drawing, optionally saves a screenshot of the whole screen and closes the Console as a user would
 * (which ends the process).
 */
public final class AutoPilot {
    /** How long to let Swing finish drawing after the pause before taking the screenshot, ms. */
    private static final int SETTLE_MS = 1500;

    private final Console console;
    private final ClassroomGui gui;
    private final double playHours;
    private final Path screenshot;
    private final boolean close;
    private final PrintStream out;
    private volatile double pauseAt = Double.POSITIVE_INFINITY;
    private volatile long playStarted;
    private volatile long reached;

    public AutoPilot(Console console, ClassroomGui gui, double playHours, Path screenshot, boolean close, PrintStream out) {
        this.console = console;
        this.gui = gui;
        this.playHours = playHours;
        this.screenshot = screenshot;
        this.close = close;
        this.out = out;
    }

    /** Presses play; call on the Swing thread once the Console is visible. */
    public void begin() {
        gui.afterStart(() -> {
            pauseAt = gui.displayStartMinutes() + 60 * playHours;
            console.setWhenShouldPauseTime(pauseAt);
            playStarted = System.nanoTime();
            gui.scheduleRepeatingImmediatelyAfter(s -> {
                if (reached == 0 && s.schedule.getTime() >= pauseAt) {
                    reached = System.nanoTime();
                }
            });
        });
        console.pressPlay();
        Timer poll = new Timer(100, null);
        poll.addActionListener(e -> {
            if (reached != 0 && console.getPlayState() != Console.PS_PLAYING) {
                poll.stop();
                arrived();
            } else if (console.getPlayState() == Console.PS_STOPPED && reached == 0 && playStarted != 0) {
                poll.stop();
                out.println("lvflex gui: the run ended before " + playHours + " simulated hours");
                finish();
            }
        });
        poll.start();
    }

    private void arrived() {
        double seconds = (reached - playStarted) / 1e9;
        var m = gui.model();
        out.printf(Locale.ROOT, "lvflex gui: played %.1f simulated hours (%d steps of %d min, %s%s) with the displays and charts drawing in %.1f s; paused at %s%n",
                playHours, (int) Math.round(60 * playHours / m.clock().stepMinutes()), m.clock().stepMinutes(), m.modelType(),
                gui.secondModel() == null ? "" : " beside " + gui.secondModel().modelType(), seconds,
                m.clock().dateTime(m.now()).toString().replace('T', ' '));
        gui.drainCharts();
        if (screenshot == null) {
            finish();
            return;
        }
        Timer settle = new Timer(SETTLE_MS, e -> {
            save();
            finish();
        });
        settle.setRepeats(false);
        settle.start();
    }

    private void save() {
        Rectangle all = new Rectangle();
        for (GraphicsDevice d : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            all = all.union(d.getDefaultConfiguration().getBounds());
        }
        try {
            BufferedImage img = new Robot().createScreenCapture(all);
            AtomicFiles.writeBinary(screenshot, os -> ImageIO.write(img, "png", os));
            out.println("lvflex gui: screenshot " + screenshot + " (" + all.width + "x" + all.height + ")");
        } catch (AWTException e) {
            out.println("lvflex gui: cannot take a screenshot here: " + e.getMessage());
        }
    }

    private void finish() {
        if (close) {
            // what the window manager sends when the user closes the Console
            console.dispatchEvent(new WindowEvent(console, WindowEvent.WINDOW_CLOSING));
        }
    }
}
