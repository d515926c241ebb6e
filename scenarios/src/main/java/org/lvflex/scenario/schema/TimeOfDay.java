package org.lvflex.scenario.schema;

/** Clock times in scenario files, written {@code "HH:MM"}. */
public final class TimeOfDay {
    private TimeOfDay() {}

    /** Minutes after midnight of {@code "HH:MM"}, or -1 if malformed. */
    public static int minutes(String hhmm) {
        if (hhmm == null || !hhmm.matches("\\d{1,2}:\\d{2}")) {
            return -1;
        }
        int h = Integer.parseInt(hhmm.substring(0, hhmm.indexOf(':')));
        int m = Integer.parseInt(hhmm.substring(hhmm.indexOf(':') + 1));
        return h < 24 && m < 60 ? h * 60 + m : -1;
    }

    /** Adds a problem unless {@code value} is a valid "HH:MM". */
    public static void check(String path, String value, Problems problems) {
        if (minutes(value) < 0) {
            problems.add(path, "\"" + value + "\"", "a time of day \"HH:MM\" from 00:00 to 23:59");
        }
    }
}
