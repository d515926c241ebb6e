package org.lvflex.experiments.gui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.lvflex.agents.HouseholdState;

/**
 * What the colour of a household square shows: what its EV is doing now, how deprived its area is
 * (IMD decile), or how much charging it has lost to curtailment so far. Switched in the Model tab
 * while the model runs, with the legend following.
 */
public enum HouseholdColouring {
    STATE("what the EV is doing"),
    IMD_DECILE("IMD decile (1 = most deprived)"),
    CURTAILED_SO_FAR("energy curtailed so far");

    /** Viridis, dark (most deprived) to light (least deprived): ordered, and readable by colour-blind viewers. */
    private static final Color[] DECILE = {
        new Color(0x440154), new Color(0x482878), new Color(0x3E4A89), new Color(0x31688E), new Color(0x26828E),
        new Color(0x1F9E89), new Color(0x35B779), new Color(0x6DCD59), new Color(0xB4DE2C), new Color(0xFDE725)};
    /** Upper edges (kWh) of the curtailed-energy bands after "none"; the last band is open. */
    static final double[] CURTAILED_EDGES = {1, 5, 20};
    private static final Color[] CURTAILED = {
        new Color(0xE5E8E8), new Color(0xF5B7B1), new Color(0xEC7063), new Color(0xCB4335), new Color(0x78281F)};

    private final String title;

    HouseholdColouring(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The colour of a household under this colouring. */
    public Color of(HouseholdView v) {
        return switch (this) {
            case STATE -> Palette.of(v.state());
            case IMD_DECILE -> decile(v.getImdDecile());
            case CURTAILED_SO_FAR -> curtailed(v.getCurtailedKwh());
        };
    }

    static Color decile(int d) {
        return DECILE[Math.max(1, Math.min(10, d)) - 1];
    }

    static Color curtailed(double kwh) {
        if (!(kwh > 0)) {
            return CURTAILED[0];
        }
        for (int i = 0; i < CURTAILED_EDGES.length; i++) {
            if (kwh < CURTAILED_EDGES[i]) {
                return CURTAILED[i + 1];
            }
        }
        return CURTAILED[CURTAILED.length - 1];
    }

    /** A legend entry: a swatch colour and what it means. */
    record Entry(Color colour, String label) {}

    List<Entry> legend() {
        List<Entry> out = new ArrayList<>();
        switch (this) {
            case STATE -> {
                for (HouseholdState s : HouseholdState.values()) {
                    out.add(new Entry(Palette.of(s), Palette.shortLabel(s)));
                }
            }
            case IMD_DECILE -> {
                for (int d = 1; d <= 10; d++) {
                    out.add(new Entry(decile(d), "decile " + d + (d == 1 ? ", most deprived" : d == 10 ? ", least" : "")));
                }
            }
            case CURTAILED_SO_FAR -> {
                out.add(new Entry(CURTAILED[0], "none"));
                double lo = 0;
                for (int i = 0; i < CURTAILED_EDGES.length; i++) {
                    out.add(new Entry(CURTAILED[i + 1], fmt(lo) + "-" + fmt(CURTAILED_EDGES[i]) + " kWh"));
                    lo = CURTAILED_EDGES[i];
                }
                out.add(new Entry(CURTAILED[CURTAILED.length - 1], fmt(lo) + " kWh or more"));
            }
        }
        return out;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
