package org.lvflex.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One parameter point of a sweep: a value for each varied field, in the sweep file's order. */
public record Point(int index, Map<String, JsonNode> values) {
    public Point {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Canonical text of the point, {@code ev.share=0.5;dno.reinforcementTriggerPct=110.0}: seeds and labels use it. */
    public String key() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, JsonNode> e : values.entrySet()) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(e.getKey()).append('=').append(text(e.getValue()));
        }
        return sb.toString();
    }

    /** A value as it reads in CSV columns and labels: names without quotes, everything else as JSON. */
    public static String text(JsonNode v) {
        return v.isTextual() ? v.asText() : v.toString();
    }
}
