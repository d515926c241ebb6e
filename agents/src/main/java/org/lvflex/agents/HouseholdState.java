package org.lvflex.agents;

/** What a household's EV is doing, for displays and inspectors. */
public enum HouseholdState {
    NO_EV, AWAY, HOME_UNPLUGGED, PLUGGED_IDLE, CHARGING, V2G_EXPORTING, CURTAILED, UNDER_SIGNAL
}
