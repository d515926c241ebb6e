package org.lvflex.scenario.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lvflex.core.Param;
import org.lvflex.core.ParamRange;

/**
 * Walks a user's JSON against the parameter records' types: fills every missing field from the
 * record defaults, and checks each given field's type, range ({@link Param#min()}/{@link Param#max()})
 * and allowed names, collecting every problem with its path ({@code ev.batteryKwh[2]}). Unknown
 * fields are reported with a did-you-mean. Records may declare {@code static T defaults()}; records
 * in a list are filled from their element type's defaults.
 */
public final class SchemaWalker {
    private final ObjectMapper mapper;

    public SchemaWalker(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The JSON tree of a record type's {@code defaults()}, or null when it has none. */
    public JsonNode defaultsTree(Class<?> recordType) {
        Object d = defaultsOf(recordType);
        return d == null ? null : mapper.valueToTree(d);
    }

    /** Returns {@code user} merged over {@code defaults} for {@code type}, adding problems found. */
    public JsonNode resolve(JsonNode user, Type type, JsonNode defaults, Param meta, String path, Problems problems) {
        Class<?> raw = rawClass(type);
        if (raw.isRecord()) {
            return resolveRecord(user, raw, defaults, path, problems);
        }
        if (List.class.isAssignableFrom(raw)) {
            return resolveList(user, type, meta, path, problems);
        }
        return checkScalar(user, raw, meta, path, problems);
    }

    private JsonNode resolveRecord(JsonNode user, Class<?> raw, JsonNode defaults, String path, Problems problems) {
        RecordComponent[] comps = raw.getRecordComponents();
        List<String> names = Arrays.stream(comps).map(RecordComponent::getName).collect(Collectors.toList());
        if (defaults == null || defaults.isNull()) {
            defaults = defaultsTree(raw);
        }
        if (!user.isObject()) {
            problems.add(label(path), describe(user), "an object with fields " + names);
            return defaults;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = user.fields(); it.hasNext(); ) {
            String field = it.next().getKey();
            if (!names.contains(field)) {
                String guess = DidYouMean.closest(field, names);
                problems.add(join(path, field) + ": unknown field"
                        + (guess != null ? "; did you mean '" + guess + "'?" : "; allowed fields are " + names));
            }
        }
        for (RecordComponent c : comps) {
            JsonNode given = user.get(c.getName());
            JsonNode def = defaults == null ? null : defaults.get(c.getName());
            String childPath = join(path, c.getName());
            if (given == null) {
                if (def == null) {
                    problems.add(childPath + ": missing, and it has no default");
                } else {
                    out.set(c.getName(), def);
                }
                continue;
            }
            out.set(c.getName(), resolve(given, c.getGenericType(), def, c.getAnnotation(Param.class), childPath, problems));
        }
        return out;
    }

    private JsonNode resolveList(JsonNode user, Type type, Param meta, String path, Problems problems) {
        if (!user.isArray()) {
            problems.add(label(path), describe(user), "a list");
            return user;
        }
        Type elem = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
        Class<?> elemRaw = rawClass(elem);
        JsonNode elemDefaults = elemRaw.isRecord() ? defaultsTree(elemRaw) : null;
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < user.size(); i++) {
            out.add(resolve(user.get(i), elem, elemDefaults, meta, path + "[" + i + "]", problems));
        }
        return out;
    }

    private JsonNode checkScalar(JsonNode v, Class<?> raw, Param meta, String path, Problems problems) {
        if (v.isNull()) {
            problems.add(label(path), "null", expectation(raw, meta));
            return v;
        }
        if (raw == double.class || raw == Double.class) {
            if (!v.isNumber()) {
                problems.add(label(path), describe(v), expectation(raw, meta));
            } else {
                checkRange(v.doubleValue(), raw, meta, path, problems);
            }
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            boolean whole = v.isIntegralNumber() || (v.isNumber() && v.doubleValue() == Math.rint(v.doubleValue()));
            if (!whole) {
                problems.add(label(path), describe(v), expectation(raw, meta));
            } else {
                checkRange(v.doubleValue(), raw, meta, path, problems);
                return v.isIntegralNumber() ? v : JsonNodeFactory.instance.numberNode(v.longValue());
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (!v.isBoolean()) {
                problems.add(label(path), describe(v), "true or false");
            }
        } else if (raw == String.class) {
            if (!v.isTextual()) {
                problems.add(label(path), describe(v), "a text string");
            }
        } else if (raw.isEnum()) {
            return checkEnum(v, raw, path, problems);
        }
        return v;
    }

    private JsonNode checkEnum(JsonNode v, Class<?> raw, String path, Problems problems) {
        List<String> allowed = Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name()).collect(Collectors.toList());
        if (!v.isTextual()) {
            problems.add(label(path), describe(v), "one of " + allowed);
            return v;
        }
        String match = matchEnum(v.asText(), allowed);
        if (match != null) {
            return TextNode.valueOf(match);
        }
        problems.add(label(path), describe(v), enumExpectation(v.asText(), allowed));
        return v;
    }

    /** The name in {@code allowed} that {@code text} spells, ignoring case and reading '-' as '_'; null if none. */
    public static String matchEnum(String text, List<String> allowed) {
        for (String a : allowed) {
            if (a.equalsIgnoreCase(text) || a.equalsIgnoreCase(text.replace('-', '_'))) {
                return a;
            }
        }
        return null;
    }

    /** What a name must be, "one of [A, B] (did you mean 'A'?)", with the closest to {@code text} if any is close. */
    public static String enumExpectation(String text, List<String> allowed) {
        return "one of " + allowed + DidYouMean.hint(text, allowed);
    }

    private static void checkRange(double x, Class<?> raw, Param meta, String path, Problems problems) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            problems.add(label(path), String.valueOf(x), "a finite number");
            return;
        }
        if (meta != null && !ParamRange.contains(meta, x)) {
            problems.add(label(path), ParamRange.number(x), expectation(raw, meta));
        }
    }

    /** Human wording of what a field accepts: type, range and unit. */
    public static String expectation(Class<?> raw, Param meta) {
        String kind = (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class)
                ? "a whole number" : "a number";
        if (meta == null) {
            return kind;
        }
        String unit = meta.unit().isEmpty() ? "" : " " + meta.unit();
        String range = ParamRange.text(meta);
        if (range.isEmpty()) {
            return kind + (unit.isEmpty() ? "" : " in" + unit);
        }
        return kind + (ParamRange.bothBounds(meta) ? " from " : " ") + range + unit;
    }

    /** How a JSON value reads in an error message. */
    public static String describe(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            return "\"" + v.asText() + "\"";
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "a list";
        }
        return v.toString();
    }

    private static String label(String path) {
        return path.isEmpty() ? "(top level)" : path;
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    /** Calls a record type's {@code static defaults()} if it has one. */
    public static Object defaultsOf(Class<?> recordType) {
        try {
            Method m = recordType.getMethod("defaults");
            if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0) {
                return m.invoke(null);
            }
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("defaults() of " + recordType.getSimpleName() + " failed", e);
        }
        return null;
    }

    /** Runs {@link Checked#check} on every record in a value tree, depth first. */
    public static void crossCheck(Object value, String path, Problems problems) {
        if (value == null) {
            return;
        }
        Class<?> c = value.getClass();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                try {
                    Object child = rc.getAccessor().invoke(value);
                    crossCheck(child, join(path, rc.getName()), problems);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (value instanceof Checked ch) {
                ch.check(path, problems);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                crossCheck(list.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    /** Lower-case enum names, for documentation. */
    public static List<String> enumNames(Class<?> e) {
        List<String> out = new ArrayList<>();
        for (Object o : e.getEnumConstants()) {
            out.add(((Enum<?>) o).name());
        }
        return out;
    }
}
