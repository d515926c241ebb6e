package org.lvflex.scenario.schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.lvflex.core.Param;
import org.lvflex.core.ParamRange;

/**
 * Generates the scenario reference (docs/scenario-reference.md) from the parameter records: every
 * field's path, type, default, unit, allowed range, and the seed citation or the assumption behind
 * its default. The documentation is therefore always the code's.
 */
public final class SchemaDoc {
    private SchemaDoc() {}

    public static String markdown(Class<?> root, Object defaults, String title, String intro) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(title).append("\n\n").append(intro).append("\n\n");
        sb.append("Generated from the code by `./lvflex schema --markdown docs/scenario-reference.md`; do not edit by hand.\n\n");
        sb.append("Legend: **source** = where the default comes from (seed `001:L3592` = file 001, line 3592); ")
                .append("**assumption** = no source gives the value, the reason is stated. Ranges are inclusive.\n");
        section(sb, root, defaults, "", 2);
        return sb.toString();
    }

    private static void section(StringBuilder sb, Class<?> type, Object value, String path, int depth) {
        RecordComponent[] comps = type.getRecordComponents();
        List<RecordComponent> leaves = Arrays.stream(comps).filter(c -> !isRecord(c.getGenericType())).collect(Collectors.toList());
        if (!leaves.isEmpty()) {
            sb.append("\n").append("#".repeat(Math.min(depth, 6))).append(" `").append(path.isEmpty() ? "(top level)" : path).append("`\n\n");
            sb.append("| field | type | default | unit | allowed | basis | meaning |\n|---|---|---|---|---|---|---|\n");
            for (RecordComponent c : leaves) {
                Param p = c.getAnnotation(Param.class);
                Object v = get(c, value);
                sb.append("| `").append(c.getName()).append("` | ").append(typeName(c.getGenericType())).append(" | ")
                        .append(cell(format(v))).append(" | ").append(p == null ? "" : cell(p.unit())).append(" | ")
                        .append(cell(allowed(c.getGenericType(), p))).append(" | ").append(cell(basis(p))).append(" | ")
                        .append(p == null ? "" : cell(p.value())).append(" |\n");
            }
        }
        for (RecordComponent c : comps) {
            String child = path.isEmpty() ? c.getName() : path + "." + c.getName();
            if (isRecord(c.getGenericType())) {
                section(sb, (Class<?>) c.getGenericType(), get(c, value), child, depth + 1);
            } else if (recordElement(c.getGenericType()) != null) {
                // a list of records: document one element, with the element type's defaults
                Class<?> elem = recordElement(c.getGenericType());
                section(sb, elem, SchemaWalker.defaultsOf(elem), child + "[]", depth + 1);
            }
        }
    }

    /** The record type of a list's elements, or null. */
    private static Class<?> recordElement(Type t) {
        if (t instanceof ParameterizedType p && List.class.isAssignableFrom(SchemaWalker.rawClass(t))
                && p.getActualTypeArguments()[0] instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        return null;
    }

    private static boolean isRecord(Type t) {
        return t instanceof Class<?> c && c.isRecord();
    }

    private static Object get(RecordComponent c, Object value) {
        try {
            return value == null ? null : c.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String typeName(Type t) {
        Class<?> raw = SchemaWalker.rawClass(t);
        if (List.class.isAssignableFrom(raw) && t instanceof ParameterizedType p) {
            return "list of " + typeName(p.getActualTypeArguments()[0]);
        }
        if (raw.isRecord()) {
            return "objects (fields below)";
        }
        if (raw.isEnum()) {
            return "name";
        }
        if (com.fasterxml.jackson.databind.JsonNode.class.isAssignableFrom(raw)) {
            return "JSON value";
        }
        if (raw == double.class || raw == Double.class) {
            return "number";
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return "integer";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true/false";
        }
        return "text";
    }

    private static String allowed(Type t, Param p) {
        Class<?> raw = SchemaWalker.rawClass(t);
        if (raw.isEnum()) {
            return String.join(", ", SchemaWalker.enumNames(raw));
        }
        return p == null ? "" : ParamRange.text(p);
    }

    private static String basis(Param p) {
        if (p == null) {
            return "";
        }
        if (!p.source().isEmpty()) {
            return "source: " + p.source();
        }
        if (!p.assumption().isEmpty()) {
            return "**assumption**: " + p.assumption();
        }
        return "";
    }

    private static String format(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return ParamRange.number(d);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(SchemaDoc::format).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof String s) {
            return "\"" + s + "\"";
        }
        if (v instanceof com.fasterxml.jackson.databind.JsonNode n) {
            return n.toString();
        }
        if (v.getClass().isRecord()) {
            return "(below)";
        }
        return String.valueOf(v);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
