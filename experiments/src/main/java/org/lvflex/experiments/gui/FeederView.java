package org.lvflex.experiments.gui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.lvflex.agents.HouseholdState;
import org.lvflex.agents.LvFlexModel;
import org.lvflex.agents.grid.GridFactory;
import org.lvflex.agents.grid.PowerFlowGrid;
import org.lvflex.agents.population.Household;
import org.lvflex.network.Network;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;

/**
 * The feeder view of one model: MASON fields and portrayals for its cables (coloured by loading),
 * transformer (a bar per phase), households (coloured by state) and the clock-and-legend panels.
 * The same layers are attached to a {@link Display2D} in the GUI and drawn into an off-screen
 * image by {@link #render} (tests and screenshots), so both show the same thing.
 */
public final class FeederView {
    /** Shares of the display's height kept free for the status panel (top) and the legend (bottom). */
    static final double STATUS_BAND = 0.15;
    static final double LEGEND_BAND = 0.19;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("EEE d MMM yyyy  HH:mm", Locale.UK);

    private final GUIState gui;
    private double aspect;
    private final String side;
    private final Supplier<HouseholdColouring> colouring;
    final NetworkPortrayal2D cablePortrayal = new NetworkPortrayal2D();
    final ContinuousPortrayal2D transformerPortrayal = new ContinuousPortrayal2D();
    final ContinuousPortrayal2D housePortrayal = new ContinuousPortrayal2D();
    final OverlayPortrayal overlay = new OverlayPortrayal(this);
    private LvFlexModel model;
    private FeederLayout layout;
    private Network network;
    private final List<HouseholdView> houses = new ArrayList<>();
    private double[] houseX = new double[0];
    private double[] houseY = new double[0];

    /**
     * @param aspect    display width / height, so the feeder is drawn undistorted
     * @param side      shown before the model's name ("" for a single feeder, "left" / "right" side by side)
     * @param colouring what the household colours show, asked at every drawing (the Model tab can change it while playing)
     */
    public FeederView(GUIState gui, double aspect, String side, Supplier<HouseholdColouring> colouring) {
        this.gui = gui;
        this.aspect = aspect;
        this.side = side;
        this.colouring = colouring;
        bind(null);
    }

    /** What the household colours show now. */
    public HouseholdColouring colouring() {
        return colouring.get();
    }

    /** Shows {@code m} (null: an empty view with a hint). Call whenever the model is rebuilt. */
    public void bind(LvFlexModel m) {
        this.model = m;
        houses.clear();
        if (m == null) {
            layout = null;
            network = null;
            Continuous2D empty = new Continuous2D(1, aspect, 1);
            cablePortrayal.setField(new SpatialNetwork2D(empty, new sim.field.network.Network(false)));
            transformerPortrayal.setField(new Continuous2D(1, aspect, 1));
            housePortrayal.setField(new Continuous2D(1, aspect, 1));
            houseX = new double[0];
            houseY = new double[0];
            return;
        }
        Network net = networkOf(m);
        network = net;
        layout = FeederLayout.of(net, aspect, STATUS_BAND, LEGEND_BAND);
        double marker = layout.markerSize();
        double cell = 4 * marker;

        Continuous2D buses = new Continuous2D(cell, layout.width(), layout.height());
        sim.field.network.Network cables = new sim.field.network.Network(false);
        Object[] nodes = new Object[net.busCount()];
        for (int b = 0; b < nodes.length; b++) {
            nodes[b] = net.busName(b);
            buses.setObjectLocation(nodes[b], new Double2D(layout.x(b), layout.y(b)));
            cables.addNode(nodes[b]);
        }
        for (int br = 0; br < net.branchCount(); br++) {
            cables.addEdge(nodes[net.branchFrom(br)], nodes[net.branchTo(br)], new CableView(m, net, br));
        }
        cablePortrayal.setField(new SpatialNetwork2D(buses, cables));
        cablePortrayal.setPortrayalForAll(new CablePortrayal());

        Continuous2D tx = new Continuous2D(cell, layout.width(), layout.height());
        int txBus = net.transformerBus();
        tx.setObjectLocation(new TransformerView(m, net.transformer().name()), new Double2D(layout.x(txBus), layout.y(txBus)));
        transformerPortrayal.setField(tx);
        transformerPortrayal.setPortrayalForAll(new TransformerPortrayal(marker));

        // households sharing a bus sit on a small ring around it
        Continuous2D homes = new Continuous2D(cell, layout.width(), layout.height());
        int[] perBus = new int[net.busCount()];
        for (Household h : m.households()) {
            perBus[net.loadBus(h.connection())]++;
        }
        int[] seen = new int[net.busCount()];
        houseX = new double[m.households().size()];
        houseY = new double[m.households().size()];
        for (Household h : m.households()) {
            int b = net.loadBus(h.connection());
            double x = layout.x(b);
            double y = layout.y(b);
            if (perBus[b] > 1) {
                double a = 2 * Math.PI * seen[b]++ / perBus[b];
                x += 1.3 * marker * Math.cos(a);
                y += 1.3 * marker * Math.sin(a);
            }
            HouseholdView v = new HouseholdView(m, h);
            houses.add(v);
            houseX[h.getId()] = x;
            houseY[h.getId()] = y;
            homes.setObjectLocation(v, new Double2D(x, y));
        }
        housePortrayal.setField(homes);
        housePortrayal.setPortrayalForAll(new HouseholdPortrayal(marker, this));
    }

    /** The network drawn: the power flow's own, or (copper plate) the scenario's network for its layout. */
    static Network networkOf(LvFlexModel m) {
        return m.grid() instanceof PowerFlowGrid g ? g.network() : GridFactory.network(m.scenario());
    }

    /** Attaches the layers, bottom to top, to a MASON display. */
    public void attachTo(Display2D d) {
        d.attach(cablePortrayal, "Cables");
        d.attach(housePortrayal, "Households");
        d.attach(transformerPortrayal, "Transformer");
        d.attach(overlay, "Clock and legend");
    }

    private FieldPortrayal2D[] layers() {
        return new FieldPortrayal2D[] {cablePortrayal, housePortrayal, transformerPortrayal, overlay};
    }

    /** Draws every layer into a new image, as a display of that size at scale 1 would. */
    public BufferedImage render(int width, int height) {
        return render(width, height, true);
    }

    /** Draws the feeder into a new image, with or without the status and legend panels. */
    public BufferedImage render(int width, int height, boolean panels) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(Palette.BACKGROUND);
            g.fillRect(0, 0, width, height);
            Rectangle2D.Double all = new Rectangle2D.Double(0, 0, width, height);
            for (FieldPortrayal2D p : layers()) {
                if (panels || p != overlay) {
                    p.draw(p.getField(), g, new DrawInfo2D(gui, p, all, all));
                }
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Where a household is drawn in an image of {@link #render}'s size. */
    public Point2D.Double screenPosition(HouseholdView v, int width, int height) {
        int id = v.household().getId();
        return new Point2D.Double(houseX[id] * width / layout.width(), houseY[id] * height / layout.height());
    }

    /** Where the middle of a cable is drawn in an image of {@link #render}'s size. */
    Point2D.Double cableMidpoint(int branch, int width, int height) {
        int a = network.branchFrom(branch);
        int b = network.branchTo(branch);
        return new Point2D.Double((layout.x(a) + layout.x(b)) / 2 * width / layout.width(),
                (layout.y(a) + layout.y(b)) / 2 * height / layout.height());
    }

    /** Where the transformer is drawn, and the side of its panel, in an image of {@link #render}'s size: {x, y, side}. */
    double[] transformerPlace(int width, int height) {
        int b = network.transformerBus();
        double pxPerUnit = width / layout.width();
        double side = 3 * Math.max(HouseholdPortrayal.MIN_PX, Math.min(HouseholdPortrayal.MAX_PX, pxPerUnit * layout.markerSize())) + 6;
        return new double[] {layout.x(b) * pxPerUnit, layout.y(b) * height / layout.height(), side};
    }

    /** Size of a household marker in pixels in an image of {@link #render}'s width. */
    double markerPx(int width) {
        return Math.max(HouseholdPortrayal.MIN_PX, Math.min(HouseholdPortrayal.MAX_PX, width / layout.width() * layout.markerSize()));
    }

    /** Width / height of the display this view is laid out for. */
    public double aspect() {
        return aspect;
    }

    /** A new display shape: takes effect at the next {@link #bind}. */
    void aspect(double a) {
        aspect = a;
    }

    public LvFlexModel model() {
        return model;
    }

    public List<HouseholdView> households() {
        return houses;
    }

    /** The panel at the top left: clock, model, transformer, voltage, EVs. */
    List<String> statusLines() {
        List<String> out = new ArrayList<>();
        if (model == null) {
            out.add(side.isEmpty() ? "No model" : "No second model");
            out.add("Choose \"Side by side with\" in the Console's Model tab, then stop and press play.");
            return out;
        }
        String who = side.isEmpty() ? "" : side + ": ";
        double now = model.now();
        if (now < 0) {
            out.add(who + "ready: press play");
        } else if (now >= model.clock().horizonMinutes() || Double.isInfinite(now)) {
            out.add(who + "finished");
        } else {
            out.add(who + model.clock().dateTime(now).format(CLOCK) + (model.reporting() ? "" : "  (warm-up, not reported)"));
        }
        out.add(model.modelType().label() + ": " + model.modelType().mechanism());
        if (model.physicalSteps() > 0) {
            TransformerView t = new TransformerView(model, "");
            out.add(String.format(Locale.ROOT, "Transformer %.0f kVA: A %.0f%%, B %.0f%%, C %.0f%% of firm capacity per phase",
                    t.getRatingKva(), t.loadingPct(0), t.loadingPct(1), t.loadingPct(2)));
            double lo = model.scenario().network().limits().minVoltageV();
            out.add(model.grid().hasVoltages()
                    ? String.format(Locale.ROOT, "Lowest voltage %.1f V (statutory minimum %.1f V)", model.grid().minVoltageV(), lo)
                    : "No voltages: copper-plate network");
        }
        int[] n = new int[HouseholdState.values().length];
        for (HouseholdView v : houses) {
            n[v.state().ordinal()]++;
        }
        out.add(String.format(Locale.ROOT, "%d EVs: %d charging, %d curtailed, %d limited, %d V2G, %d idle, %d away",
                model.evs().size(),
                n[HouseholdState.CHARGING.ordinal()], n[HouseholdState.CURTAILED.ordinal()], n[HouseholdState.UNDER_SIGNAL.ordinal()],
                n[HouseholdState.V2G_EXPORTING.ordinal()], n[HouseholdState.PLUGGED_IDLE.ordinal()], n[HouseholdState.AWAY.ordinal()]));
        return out;
    }
}
