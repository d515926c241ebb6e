package org.lvflex.experiments.sweep;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.lvflex.core.Param;
import org.lvflex.scenario.Scenario;
import org.lvflex.scenario.schema.DidYouMean;
import org.lvflex.scenario.schema.SchemaWalker;

/** Looks up dotted scenario paths (ev.share) in the scenario schema, with did-you-mean. */
public final class ScenarioFields {
    private ScenarioFields() {}

    /** A settable scenario field: its Java type and its metadata. */
    public record Field(String path, Type type, Param meta) {
        public Class<?> raw() {
            return SchemaWalker.rawClass(type);
        }

        /** True for int and long fields: sweep values are snapped to whole numbers. */
        public boolean whole() {
            Class<?> r = raw();
            return r == int.class || r == Integer.class || r == long.class || r == Long.class;
        }

        public boolean numeric() {
            Class<?> r = raw();
            return whole() || r == double.class || r == Double.class;
        }
    }

    /**
     * The field at {@code dotted}, or throws {@link IllegalArgumentException} with what is wrong
     * (an unknown name with the closest known one, or a section given where a field is needed).
     */
    public static Field find(String dotted) {
        if (dotted == null || dotted.isBlank()) {
            throw new IllegalArgumentException("a dotted scenario path such as ev.share");
        }
        Class<?> type = Scenario.class;
        String[] parts = dotted.split("\\.", -1);
        String at = "";
        for (int i = 0; i < parts.length; i++) {
            RecordComponent[] comps = type.getRecordComponents();
            List<String> names = Arrays.stream(comps).map(RecordComponent::getName).collect(Collectors.toList());
            String name = parts[i];
            RecordComponent c = Arrays.stream(comps).filter(x -> x.getName().equals(name)).findFirst().orElse(null);
            String here = at.isEmpty() ? parts[i] : at + "." + parts[i];
            if (c == null) {
                String guess = DidYouMean.closest(parts[i], names);
                throw new IllegalArgumentException("a scenario field; " + (at.isEmpty() ? "the scenario" : at) + " has no field '" + parts[i] + "'"
                        + (guess != null ? " (did you mean '" + (at.isEmpty() ? guess : at + "." + guess) + "'?)" : "; its fields are " + names));
            }
            Class<?> raw = SchemaWalker.rawClass(c.getGenericType());
            boolean last = i == parts.length - 1;
            if (raw.isRecord()) {
                if (last) {
                    throw new IllegalArgumentException("a single field, but " + here + " is a section with fields "
                            + Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toList()));
                }
                type = raw;
                at = here;
            } else {
                if (!last) {
                    throw new IllegalArgumentException("a scenario field; " + here + " is a single value and has no field '" + parts[i + 1] + "'");
                }
                return new Field(here, c.getGenericType(), c.getAnnotation(Param.class));
            }
        }
        throw new IllegalArgumentException("a scenario field");
    }
}
