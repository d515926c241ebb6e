package org.lvflex.network.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lvflex.core.InputException;
import org.lvflex.network.LineCode;

/**
 * Named cable types available to the feeder generator: the IEEE European LV feeder's line codes
 * (sequence impedances as published) with the ratings of {@link LineRatings}.
 */
public final class CableLibrary {
    private static volatile Map<String, LineCode> standard;

    private CableLibrary() {}

    /** All cable types by name. */
    public static Map<String, LineCode> standard() {
        Map<String, LineCode> s = standard;
        if (s == null) {
            Map<String, LineCode> m = new LinkedHashMap<>();
            IeeeEuLv.lineCodes().forEach(c -> m.put(c.name(), c));
            s = Collections.unmodifiableMap(m);
            standard = s;
        }
        return s;
    }

    /** The cable type called {@code name}; {@code role} (e.g. "main cable") names it in the error. */
    public static LineCode require(String name, String role) {
        LineCode c = standard().get(name);
        if (c == null) {
            throw new InputException(role + " '" + name + "' is not a known cable type; allowed: " + standard().keySet());
        }
        return c;
    }
}
