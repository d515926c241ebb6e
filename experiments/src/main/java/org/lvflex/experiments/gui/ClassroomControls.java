package org.lvflex.experiments.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.lvflex.core.InputException;
import org.lvflex.core.Param;
import org.lvflex.experiments.sweep.ScenarioFields;
import org.lvflex.scenario.ModelType;
import org.lvflex.scenario.Scenario;
import org.lvflex.scenario.ScenarioLoader;
import sim.util.Interval;
import sim.util.Propertied;
import sim.util.SimpleProperties;

/**
 * What a class can change, shown in the MASON Console's Model tab (bean getters and setters, MASON
 * {@code domX} domains for sliders and pop-ups, {@code desX} tooltips, {@code nameX} labels).
 * Changes apply on the next press of play: the scenario is rebuilt from the loaded file with these
 * values as dotted-path overrides and validated like any scenario, with the Console's seed, so the
 * same households, cars and trips meet every model (common random numbers). Slider ranges come from
 * the parameters' {@link Param} annotations.
 */
public final class ClassroomControls {
    // the scenario fields the controls set (dotted paths, as in sweeps and overrides)
    static final String EV_SHARE = "ev.share";
    static final String EV_CHARGER_KW = "ev.chargerKw";
    static final String EV_CHARGER_WEIGHTS = "ev.chargerWeights";
    static final String V2G_SHARE = "v2g.share";
    static final String COMMS_RELIABILITY = "faults.commsReliability";
    static final String TOU_START = "tariffs.touOffPeakStart";
    static final String TOU_HOURS = "tariffs.touOffPeakHours";
    static final String TOU_DELAY = "model.tou.randomisedDelayMaxSeconds";

    private final ScenarioLoader.Loaded base;
    private final List<String> touStarts;
    private final List<Double> scenarioChargers;
    private final List<Double> scenarioChargerWeights;
    private int model;
    private int compareWith;
    private double evShare;
    private double v2gShare;
    private double commsReliability;
    private int homeCharger;
    private int touStart;
    private double touHours;
    private int delaySeconds;
    private int days;
    private int startHour;
    private volatile int colouring;

    /** Controls set to the values of a loaded scenario, no second model, the display starting at midnight. */
    public ClassroomControls(ScenarioLoader.Loaded base) {
        this.base = base;
        Scenario s = base.scenario();
        TreeSet<String> starts = new TreeSet<>();
        for (int m = 0; m < 24 * 60; m += 30) {
            starts.add(String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60));
        }
        starts.add(s.tariffs().touOffPeakStart());
        this.touStarts = List.copyOf(starts);
        this.scenarioChargers = s.ev().chargerKw();
        this.scenarioChargerWeights = s.ev().chargerWeights();
        this.model = s.model().type().ordinal();
        this.compareWith = 0;
        this.evShare = s.ev().share();
        this.v2gShare = s.v2g().share();
        this.commsReliability = s.faults().commsReliability();
        this.homeCharger = 0;
        this.touStart = touStarts.indexOf(s.tariffs().touOffPeakStart());
        this.touHours = s.tariffs().touOffPeakHours();
        this.delaySeconds = s.model().tou().randomisedDelayMaxSeconds();
        this.days = s.run().days();
        this.startHour = 0;
    }

    /** The scenario file (or built-in) these controls start from. */
    public ScenarioLoader.Loaded base() {
        return base;
    }

    // ---- the Model tab ---------------------------------------------------------------------------

    public int getModel() {
        return model;
    }

    public void setModel(int m) {
        if (m >= 0 && m < ModelType.values().length) {
            model = m;
        }
    }

    public String nameModel() {
        return "Smart-charging model";
    }

    public Object domModel() {
        String[] labels = new String[ModelType.values().length];
        for (ModelType t : ModelType.values()) {
            labels[t.ordinal()] = t.name() + ": " + t.label();
        }
        return labels;
    }

    public String desModel() {
        return "The smart-charging model of the main feeder view (DOMAIN.md section 5). Applies when you press play.";
    }

    public int getCompareWith() {
        return compareWith;
    }

    public void setCompareWith(int c) {
        if (c >= 0 && c <= ModelType.values().length) {
            compareWith = c;
        }
    }

    public Object domCompareWith() {
        String[] labels = new String[ModelType.values().length + 1];
        labels[0] = "none (one feeder)";
        for (ModelType t : ModelType.values()) {
            labels[t.ordinal() + 1] = t.name() + ": " + t.label();
        }
        return labels;
    }

    public String nameCompareWith() {
        return "Side by side with";
    }

    public String desCompareWith() {
        return "A second model run at the same time on the same households, cars and trips: a second feeder view and one chart overlaying both transformer curves.";
    }

    public double getEvShare() {
        return evShare;
    }

    public void setEvShare(double v) {
        evShare = v;
    }

    public Object domEvShare() {
        return interval(EV_SHARE);
    }

    public String nameEvShare() {
        return "EV uptake";
    }

    public String desEvShare() {
        return EV_SHARE + ": " + param(EV_SHARE).value();
    }

    public double getV2gShare() {
        return v2gShare;
    }

    public void setV2gShare(double v) {
        v2gShare = v;
    }

    public Object domV2gShare() {
        return interval(V2G_SHARE);
    }

    public String nameV2gShare() {
        return "V2G share";
    }

    public String desV2gShare() {
        return V2G_SHARE + ": " + param(V2G_SHARE).value();
    }

    public double getCommsReliability() {
        return commsReliability;
    }

    public void setCommsReliability(double r) {
        commsReliability = r;
    }

    public Object domCommsReliability() {
        return interval(COMMS_RELIABILITY);
    }

    public String nameCommsReliability() {
        return "Comms reliability";
    }

    public String desCommsReliability() {
        return COMMS_RELIABILITY + ": " + param(COMMS_RELIABILITY).value()
                + ". Matters where the DNO or an aggregator sends messages (D1, D2, A1, A3).";
    }

    public int getHomeCharger() {
        return homeCharger;
    }

    public void setHomeCharger(int c) {
        if (c >= 0 && c <= scenarioChargers.size()) {
            homeCharger = c;
        }
    }

    public Object domHomeCharger() {
        String[] labels = new String[scenarioChargers.size() + 1];
        StringBuilder mix = new StringBuilder("the scenario's mix:");
        double total = scenarioChargerWeights.stream().mapToDouble(Double::doubleValue).sum();
        for (int i = 0; i < scenarioChargers.size(); i++) {
            mix.append(String.format(Locale.ROOT, " %s kW (%.0f%%)", kw(scenarioChargers.get(i)), 100 * scenarioChargerWeights.get(i) / total));
            labels[i + 1] = "every home charger " + kw(scenarioChargers.get(i)) + " kW";
        }
        labels[0] = mix.toString();
        return labels;
    }

    public String nameHomeCharger() {
        return "Charger power";
    }

    public String desHomeCharger() {
        return EV_CHARGER_KW + ": " + param(EV_CHARGER_KW).value() + "; one option for everybody, or the scenario's mix.";
    }

    public int getTouWindowStart() {
        return touStart;
    }

    public void setTouWindowStart(int i) {
        if (i >= 0 && i < touStarts.size()) {
            touStart = i;
        }
    }

    public Object domTouWindowStart() {
        return touStarts.toArray(new String[0]);
    }

    public String nameTouWindowStart() {
        return "ToU window start";
    }

    public String desTouWindowStart() {
        return TOU_START + ": " + param(TOU_START).value();
    }

    public double getTouWindowHours() {
        return touHours;
    }

    public void setTouWindowHours(double h) {
        touHours = h;
    }

    public Object domTouWindowHours() {
        return interval(TOU_HOURS);
    }

    public String nameTouWindowHours() {
        return "ToU window length (h)";
    }

    public String desTouWindowHours() {
        return TOU_HOURS + ": " + param(TOU_HOURS).value();
    }

    public int getRandomisedDelaySeconds() {
        return delaySeconds;
    }

    public void setRandomisedDelaySeconds(int s) {
        delaySeconds = s;
    }

    public Object domRandomisedDelaySeconds() {
        Param p = param(TOU_DELAY);
        return new Interval((long) p.min(), (long) p.max());
    }

    public String nameRandomisedDelaySeconds() {
        return "Randomised delay (s)";
    }

    public String desRandomisedDelaySeconds() {
        return TOU_DELAY + ": " + param(TOU_DELAY).value();
    }

    public int getDays() {
        return days;
    }

    public void setDays(int d) {
        days = d;
    }

    public String nameDays() {
        return "Days to simulate";
    }

    public String desDays() {
        return "run.days: simulated days after the warm-up (the warm-up runs without the display when you press play).";
    }

    public int getStartHour() {
        return startHour;
    }

    public void setStartHour(int h) {
        if (h >= 0 && h < 24) {
            startHour = h;
        }
    }

    public Object domStartHour() {
        return new Interval(0L, 23L);
    }

    public String nameStartHour() {
        return "Display starts at hour";
    }

    public String desStartHour() {
        return "Play runs the warm-up days and the first day up to this hour without drawing, so the class starts, say, at 15:00 and watches the evening come.";
    }

    /**
     * What the Console's Model tab inspects: these controls in the order a class meets them (a
     * separate object, because MASON would recurse into a {@link Propertied} bean's own properties).
     */
    public Propertied modelTab() {
        return () -> new OrderedProperties(new SimpleProperties(this), List.of(nameModel(), nameCompareWith(), nameEvShare(),
                nameV2gShare(), nameCommsReliability(), nameHomeCharger(), nameTouWindowStart(), nameTouWindowHours(), nameRandomisedDelaySeconds(),
                nameStartHour(), nameDays(), nameHouseholdColours()));
    }

    public int getHouseholdColours() {
        return colouring;
    }

    public void setHouseholdColours(int c) {
        if (c >= 0 && c < HouseholdColouring.values().length) {
            colouring = c;
        }
    }

    public Object domHouseholdColours() {
        String[] labels = new String[HouseholdColouring.values().length];
        for (HouseholdColouring c : HouseholdColouring.values()) {
            labels[c.ordinal()] = c.title();
        }
        return labels;
    }

    public String nameHouseholdColours() {
        return "Colour households by";
    }

    public String desHouseholdColours() {
        return "What the colour of each household shows. Changes at once, even while playing (display only).";
    }

    // ---- used by the GUI (not bean properties: no get/set prefix) ---------------------------------

    public ModelType model() {
        return ModelType.values()[model];
    }

    public void model(ModelType t) {
        model = t.ordinal();
    }

    /** The side-by-side model, or null for one feeder. */
    public ModelType compare() {
        return compareWith == 0 ? null : ModelType.values()[compareWith - 1];
    }

    public void compare(ModelType t) {
        compareWith = t == null ? 0 : t.ordinal() + 1;
    }

    public int startHour() {
        return startHour;
    }

    public HouseholdColouring colouring() {
        return HouseholdColouring.values()[colouring];
    }

    public void colouring(HouseholdColouring c) {
        colouring = c.ordinal();
    }

    /**
     * The scenario the main feeder runs: the loaded file with the controls' values and this seed.
     * Throws {@link InputException} (naming the field) when a value is out of range.
     */
    public Scenario scenario(long seed) {
        Map<String, Object> o = ScenarioLoader.overrides(
                "run.seed", seed,
                "run.days", days,
                "model.type", model(),
                EV_SHARE, evShare,
                V2G_SHARE, v2gShare,
                COMMS_RELIABILITY, commsReliability,
                TOU_START, touStarts.get(touStart),
                TOU_HOURS, touHours,
                TOU_DELAY, delaySeconds);
        if (homeCharger > 0) {
            o.put(EV_CHARGER_KW, List.of(scenarioChargers.get(homeCharger - 1)));
            o.put(EV_CHARGER_WEIGHTS, List.of(1.0));
        }
        return ScenarioLoader.fromTree(base.resolved(), base.source(), o).scenario();
    }

    /** Every value of the Model tab, to restore after a failed restart. */
    public int[] snapshotChoices() {
        return new int[] {model, compareWith, homeCharger, touStart, delaySeconds, days, startHour};
    }

    public double[] snapshotValues() {
        return new double[] {evShare, v2gShare, touHours, commsReliability};
    }

    public void restore(int[] choices, double[] values) {
        model = choices[0];
        compareWith = choices[1];
        homeCharger = choices[2];
        touStart = choices[3];
        delaySeconds = choices[4];
        days = choices[5];
        startHour = choices[6];
        evShare = values[0];
        v2gShare = values[1];
        touHours = values[2];
        commsReliability = values[3];
    }

    /** One line per control, for the About tab and the terminal. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        out.add("model " + model() + (compare() != null ? " beside " + compare() : ""));
        out.add(String.format(Locale.ROOT, "EV uptake %.2f, V2G share %.2f, comms reliability %.2f, chargers %s", evShare, v2gShare,
                commsReliability,
                ((String[]) domHomeCharger())[homeCharger]));
        out.add(String.format(Locale.ROOT, "ToU window %s for %s h, randomised delay up to %d s", touStarts.get(touStart),
                kw(touHours), delaySeconds));
        return out;
    }

    private static String kw(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** The {@link Param} metadata of a scenario field (its range, and the source or assumption of its default). */
    static Param param(String path) {
        Param p = ScenarioFields.find(path).meta();
        if (p == null) {
            throw new IllegalStateException(path + " has no @Param");
        }
        return p;
    }

    private static Interval interval(String path) {
        Param p = param(path);
        return new Interval(p.min(), p.max());
    }
}
