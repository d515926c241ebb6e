package org.lvflex.experiments.gui;

import java.awt.BorderLayout;
import java.awt.GraphicsEnvironment;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.core.InputException;
import org.lvflex.experiments.run.Runner;
import org.lvflex.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Classroom mode: a MASON {@link GUIState} around the same {@link LvFlexModel} the command line runs.
 *
 * <p>An lvflex model is built for one scenario and runs once, so every press of play builds a fresh
 * model from the Model tab's controls ({@link ClassroomControls}) and the Console's seed, and puts it
 * in {@link GUIState#state} before MASON starts it: MASON reads {@code state} anew on every call,
 * and the Console seeds the old state just before {@link #start()}, which is where the seed is read.
 * Side by side, a second model of the same scenario (another smart-charging model, the same seed:
 * the same households, cars and trips) is stepped after each step of the first, up to the same time,
 * under the same schedule lock.
 *
 * <p>Play first runs the warm-up days and the first day up to the chosen hour without drawing, then
 * the displays, inspectors and charts update every simulated step.
 */
public final class ClassroomGui extends GUIState {
    /** How often the charts take in new samples and redraw, ms of wall-clock time (display only). */
    static final int CHART_REFRESH_MS = 400;
    private final ClassroomControls controls;
    private final Rectangle screen;
    private ScreenPlan plan;
    /** Room the display frame takes around the drawing (tool bar, scroll bars), measured once, pixels. */
    private int chromeW;
    private int chromeH;
    private final FeederView left;
    private final FeederView right;
    private final LiveCharts charts = new LiveCharts();
    private final CountDownLatch quit = new CountDownLatch(1);
    private final List<Runnable> afterStart = new ArrayList<>();
    private LvFlexModel second;
    private boolean secondFinished;
    private LiveTotals totalsLeft;
    private LiveTotals totalsRight;
    private double displayStartMinutes;
    private Scenario builtScenario;
    private boolean pristine = true;
    private int[] goodChoices;
    private double[] goodValues;
    private Consumer<String> problems = msg -> System.err.println("lvflex gui: " + msg);
    private Display2D displayLeft;
    private Display2D displayRight;
    private JFrame frameLeft;
    private JFrame frameRight;
    private JFrame chartFrame;
    private Timer chartTimer;

    private final Steppable afterEachStep = s -> {
        stepSecondModel();
        totalsLeft.sample();
        if (totalsRight != null) {
            totalsRight.sample();
        }
    };

    public ClassroomGui(ClassroomControls controls) {
        this(controls, controls.scenario(controls.base().scenario().run().seed()));
    }

    private ClassroomGui(ClassroomControls controls, Scenario first) {
        super(Runner.build(first));
        this.controls = controls;
        this.builtScenario = first;
        this.goodChoices = controls.snapshotChoices();
        this.goodValues = controls.snapshotValues();
        this.screen = GraphicsEnvironment.isHeadless() ? null : GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        this.plan = ScreenPlan.of(screen, controls.compare() != null);
        this.left = new FeederView(this, plan.feederAspect(), "", controls::colouring);
        this.right = new FeederView(this, plan.feederAspect(), "right", controls::colouring);
        left.bind(model());
    }

    public static String getName() {
        return "lvflex classroom";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>lvflex classroom</h2>"
                + "<p>An LV feeder under one of UK Power Networks' SmartCAR smart-charging models. Each square is a household,"
                + " coloured by what its EV is doing (legend at the bottom left of the feeder view); the bar under it is the"
                + " battery's state of charge. Cables are coloured by loading; the transformer shows a bar per phase.</p>"
                + "<p><b>Model tab</b>: the smart-charging model, a second model side by side, EV uptake, V2G share, charger"
                + " power, the ToU window and the randomised delay. Changes apply when you stop and press play again; the"
                + " households, cars and trips stay the same (same seed), so only the rules change.</p>"
                + "<p><b>Play</b> runs the warm-up days and the first day up to the chosen hour without drawing, then draws"
                + " every simulated minute. Click a house, a cable or the transformer to inspect it.</p>"
                + "<p>Lessons: docs/classroom.md.</p></body></html>";
    }

    @Override
    public Object getSimulationInspectedObject() {
        return controls.modelTab();
    }

    /** The model of the main (left) feeder view: the {@link GUIState#state}. */
    public LvFlexModel model() {
        return (LvFlexModel) state;
    }

    /** The side-by-side model, or null. */
    public LvFlexModel secondModel() {
        return second;
    }

    public ClassroomControls controls() {
        return controls;
    }

    public FeederView leftView() {
        return left;
    }

    public LiveCharts charts() {
        return charts;
    }

    public LiveTotals totalsLeft() {
        return totalsLeft;
    }

    public LiveTotals totalsRight() {
        return totalsRight;
    }

    /** Schedule time (minutes) the display starts at: the end of the warm-up plus the chosen hour. */
    public double displayStartMinutes() {
        return displayStartMinutes;
    }

    /** Where problems go (a dialog in the GUI, stderr by default). */
    public void onProblem(Consumer<String> c) {
        problems = c;
    }

    /** Runs once after every start (on the thread that pressed play). */
    public void afterStart(Runnable r) {
        afterStart.add(r);
    }

    // ---- start, step, finish --------------------------------------------------------------------

    @Override
    public void start() {
        long seed = state.seed(); // the Console has just set its seed field here
        LvFlexModel[] models = buildOrRevert(seed);
        state = models[0];
        second = models[1];
        secondFinished = false;
        super.start();
        if (second != null) {
            second.start();
        }
        totalsLeft = new LiveTotals(model());
        totalsRight = second == null ? null : new LiveTotals(second);
        if (plan.twoModels() != (second != null)) { // side by side switched on or off in the Model tab
            plan = ScreenPlan.of(screen, second != null);
            left.aspect(plan.feederAspect());
            right.aspect(plan.feederAspect());
        }
        left.bind(model());
        right.bind(second);
        charts.reset(model(), second);
        fastForward();
        scheduleRepeatingImmediatelyAfter(afterEachStep);
        if (displayLeft != null) {
            showModels();
        }
        for (Runnable r : afterStart) {
            r.run();
        }
    }

    /** Builds the models the controls ask for; on bad values or a model that cannot run, says why and uses the last good settings. */
    private LvFlexModel[] buildOrRevert(long seed) {
        try {
            LvFlexModel[] m = build(seed);
            goodChoices = controls.snapshotChoices();
            goodValues = controls.snapshotValues();
            return m;
        } catch (InputException | IllegalStateException e) {
            problems.accept("cannot start with these settings: " + e.getMessage() + "\nStarting with the previous settings instead.");
            controls.restore(goodChoices, goodValues);
            return build(seed);
        }
    }

    private LvFlexModel[] build(long seed) {
        Scenario s = controls.scenario(seed);
        LvFlexModel a = pristine && s.equals(builtScenario) ? model() : Runner.build(s);
        pristine = false;
        builtScenario = s;
        LvFlexModel b = controls.compare() == null ? null : Runner.build(s.withModel(controls.compare()));
        return new LvFlexModel[] {a, b};
    }

    /** Runs the warm-up and the first day up to the chosen hour without drawing. */
    private void fastForward() {
        LvFlexModel m = model();
        int step = m.clock().stepMinutes();
        double target = Math.min(m.clock().timeOf(m.warmupSteps()) + 60.0 * controls.startHour(), m.clock().horizonMinutes() - step);
        displayStartMinutes = target;
        while (m.schedule.getTime() < target - step) {
            if (!m.schedule.step(m)) {
                break;
            }
            afterEachStep.step(m);
        }
    }

    /** Side by side: steps the second model up to the first one's time. */
    private void stepSecondModel() {
        if (second == null) {
            return;
        }
        double t = state.schedule.getTime();
        while (second.schedule.getTime() < t && second.schedule.step(second)) {
            // each step runs one event time of the second model
        }
    }

    @Override
    public void finish() {
        super.finish();
        if (second != null && !secondFinished) {
            secondFinished = true;
            second.finish();
        }
    }

    @Override
    public void quit() {
        if (chartTimer != null) {
            chartTimer.stop();
        }
        for (JFrame f : new JFrame[] {frameLeft, frameRight, chartFrame}) {
            if (f != null) {
                f.dispose();
            }
        }
        quit.countDown();
        super.quit();
    }

    /** Blocks until the Console is closed. */
    public void awaitQuit() throws InterruptedException {
        quit.await();
    }

    /** Moves any new samples into the charts (the Swing timer calls this; tests call it directly). */
    public void drainCharts() {
        LiveTotals a = totalsLeft;
        LiveTotals b = totalsRight;
        if (a != null) {
            charts.add(a.drain(), b == null ? null : b.drain());
        }
    }

    // ---- windows ----------------------------------------------------------------------------------

    @Override
    public void init(Controller c) {
        super.init(c);
        if (c instanceof Console console) {
            console.setIncrementSeedOnStop(false); // the same seed on every restart: common random numbers
            console.setNewMenuAllowed(false);
            disableCheckpointMenus(console);
            console.setBounds(plan.console());
            onProblem(msg -> JOptionPane.showMessageDialog(console, msg, "lvflex", JOptionPane.WARNING_MESSAGE));
        }
        displayLeft = display(left);
        frameLeft = frame(displayLeft, "Feeder");
        displayRight = display(right);
        frameRight = frame(displayRight, "Feeder, side by side");
        place(displayLeft, left, frameLeft, plan.left());
        place(displayRight, right, frameRight, plan.right());
        chartFrame = new JFrame("Live charts");
        chartFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        chartFrame.setBounds(plan.charts());
        c.registerFrame(frameLeft);
        c.registerFrame(frameRight);
        c.registerFrame(chartFrame);
        arrangeCharts(controls.compare() != null);
        frameLeft.setVisible(true);
        frameRight.setVisible(controls.compare() != null);
        chartFrame.setVisible(true);
        chartTimer = new Timer(CHART_REFRESH_MS, e -> drainCharts());
        chartTimer.start();
        showTitles();
    }

    /** lvflex models are rebuilt from their scenario, not saved to or loaded from MASON checkpoints. */
    private static void disableCheckpointMenus(Console console) {
        javax.swing.JMenuBar bar = console.getJMenuBar();
        for (int i = 0; bar != null && i < bar.getMenuCount(); i++) {
            javax.swing.JMenu menu = bar.getMenu(i);
            for (int j = 0; menu != null && j < menu.getItemCount(); j++) {
                javax.swing.JMenuItem item = menu.getItem(j);
                if (item != null && (item.getText().startsWith("Open") || item.getText().startsWith("Save"))) {
                    item.setEnabled(false);
                }
            }
        }
    }

    private Display2D display(FeederView view) {
        Display2D d = new Display2D(plan.displayWidth(), plan.displayHeight(), this);
        d.setBackdrop(Palette.BACKGROUND);
        d.setClipping(false);
        d.movieButton.setVisible(false); // movies need JMF, which lvflex leaves out
        view.attachTo(d);
        return d;
    }

    private JFrame frame(Display2D d, String title) {
        JFrame f = d.createFrame(); // packed around the drawing at scale 1
        f.setTitle(title);
        chromeW = f.getWidth() - (int) d.insideDisplay.width;
        chromeH = f.getHeight() - (int) d.insideDisplay.height;
        return f;
    }

    /** Puts a display's frame at its planned place, its drawing the plan's size, scaled to fit the frame. */
    private void place(Display2D d, FeederView view, JFrame f, Rectangle r) {
        double w = plan.displayWidth();
        double h = plan.displayHeight();
        if (w != d.insideDisplay.width || h != d.insideDisplay.height) {
            // MASON fixes each layer's bounds when it is attached: a new drawing size needs the layers again
            d.detatchAll();
            d.insideDisplay.width = w;
            d.insideDisplay.height = h;
            view.attachTo(d);
        }
        d.setScale(Math.min(1.0, Math.min((r.width - chromeW) / w, (r.height - chromeH) / h)));
        f.setBounds(r);
        f.validate();
    }

    /** Shows the rebuilt models: titles, the second display, the chart layout. Runs on the Swing thread. */
    private void showModels() {
        displayLeft.reset();
        displayRight.reset();
        place(displayLeft, left, frameLeft, plan.left());
        place(displayRight, right, frameRight, plan.right());
        chartFrame.setBounds(plan.charts());
        frameRight.setVisible(second != null);
        arrangeCharts(second != null);
        showTitles();
        displayLeft.repaint();
        displayRight.repaint();
    }

    private void showTitles() {
        frameLeft.setTitle("Feeder: " + model().modelType().label() + " (" + model().scenario().name() + ", seed " + model().seed() + ")");
        frameRight.setTitle(second == null ? "Feeder, side by side: no second model"
                : "Feeder: " + second.modelType().label() + " (side by side, same households and trips)");
    }

    /** One column of charts in a tall frame, one row in a wide one; the side-by-side chart first when there is a second model. */
    private void arrangeCharts(boolean twoModels) {
        List<JFreeChart> shown = new ArrayList<>();
        if (twoModels) {
            shown.add(charts.sideBySideChart());
        }
        shown.add(charts.demandChart());
        shown.add(charts.voltageChart());
        shown.add(charts.totalsChart());
        boolean wide = chartFrame.getWidth() > chartFrame.getHeight();
        JPanel panel = new JPanel(wide ? new GridLayout(1, shown.size()) : new GridLayout(shown.size(), 1));
        for (JFreeChart ch : shown) {
            ChartPanel p = new ChartPanel(ch);
            p.setMouseWheelEnabled(true);
            panel.add(p);
        }
        chartFrame.getContentPane().removeAll();
        chartFrame.getContentPane().add(panel, BorderLayout.CENTER);
        chartFrame.revalidate();
        chartFrame.repaint();
    }

    /** A one-line description of what is running, for the terminal. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: %d households, %d EVs, seed %d; %s", model().scenario().name(), model().households().size(),
                model().evs().size(), model().seed(), String.join("; ", controls.describe()));
    }

    /** For tests and the screenshot script: the state MASON runs, with its type. */
    public SimState simState() {
        return state;
    }
}
