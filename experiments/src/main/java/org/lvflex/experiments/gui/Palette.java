package org.lvflex.experiments.gui;

import java.awt.Color;
import org.lvflex.agents.HouseholdState;

/**
 * The colours of the feeder view and its legend: one per household state, and bands of cable and
 * transformer loading (% of rating). Chosen to be told apart on a projector; red always means
 * trouble (curtailed, overloaded).
 */
public final class Palette {
    private Palette() {}

    public static final Color BACKGROUND = new Color(0xFBFCFC);
    public static final Color OUTLINE = new Color(0x2C3E50);
    public static final Color TEXT = new Color(0x17202A);
    public static final Color PANEL = new Color(255, 255, 255, 225);

    /** Colour of a household in a state. */
    public static Color of(HouseholdState s) {
        return switch (s) {
            case NO_EV -> new Color(0xD5D8DC);
            case AWAY -> Color.WHITE;
            case HOME_UNPLUGGED -> new Color(0x808B96);
            case PLUGGED_IDLE -> new Color(0x5DADE2);
            case CHARGING -> new Color(0x1E8449);
            case V2G_EXPORTING -> new Color(0x8E44AD);
            case CURTAILED -> new Color(0xE74C3C);
            case UNDER_SIGNAL -> new Color(0xF39C12);
        };
    }

    /** What a state means, for the legend. */
    public static String label(HouseholdState s) {
        return switch (s) {
            case NO_EV -> "no EV";
            case AWAY -> "EV away (driving or parked elsewhere)";
            case HOME_UNPLUGGED -> "EV at home, not plugged in";
            case PLUGGED_IDLE -> "plugged in, not charging";
            case CHARGING -> "charging";
            case V2G_EXPORTING -> "V2G: exporting to the grid";
            case CURTAILED -> "curtailed (held below what it wants)";
            case UNDER_SIGNAL -> "under a DNO limit or signal";
        };
    }

    /** Upper edges of the loading bands (% of rating); the last band is open. */
    static final double[] LOADING_EDGES = {25, 50, 75, 100};
    private static final Color[] LOADING = {
        new Color(0xAAB7B8), new Color(0x27AE60), new Color(0xD4AC0D), new Color(0xE67E22), new Color(0xC0392B)};

    /** Colour of a cable or transformer phase at a loading (% of its rating); grey when unknown. */
    public static Color loading(double pct) {
        if (!(pct >= 0)) {
            return LOADING[0];
        }
        for (int i = 0; i < LOADING_EDGES.length; i++) {
            if (pct < LOADING_EDGES[i]) {
                return LOADING[i];
            }
        }
        return LOADING[LOADING.length - 1];
    }

    /** A state in two or three words, for the legend. */
    public static String shortLabel(HouseholdState s) {
        return switch (s) {
            case NO_EV -> "no EV";
            case AWAY -> "EV away";
            case HOME_UNPLUGGED -> "home, not plugged in";
            case PLUGGED_IDLE -> "plugged in, idle";
            case CHARGING -> "charging";
            case V2G_EXPORTING -> "V2G exporting";
            case CURTAILED -> "curtailed";
            case UNDER_SIGNAL -> "under a DNO limit";
        };
    }

    static int loadingBands() {
        return LOADING.length;
    }

    static Color loadingBand(int i) {
        return LOADING[i];
    }

    static String loadingBandLabel(int i) {
        if (i == 0) {
            return "below " + (int) LOADING_EDGES[0] + "%";
        }
        if (i == LOADING_EDGES.length) {
            return (int) LOADING_EDGES[i - 1] + "%+ overloaded";
        }
        return (int) LOADING_EDGES[i - 1] + "-" + (int) LOADING_EDGES[i] + "%";
    }
}
