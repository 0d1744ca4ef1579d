package dev.sitrep.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes CSL-JSON as citeproc-java builds it (maps, lists, strings, numbers) in one fixed layout:
 * two-space indent, the usual CSL fields first in a fixed order and any others alphabetically,
 * arrays without objects (date-parts) on one line. citeproc-java's own string writer is compact
 * and orders keys by its source code, so the archived bibliography.json is written here instead.
 */
final class CslJsonWriter {

    private static final List<String> KEY_ORDER = List.of(
            "id", "type", "title", "container-title", "volume", "issue", "page", "publisher", "author", "issued",
            "accessed", "URL");

    private CslJsonWriter() {
    }

    static String write(Object json) {
        StringBuilder out = new StringBuilder();
        value(json, out, 0);
        return out.append('\n').toString();
    }

    private static void value(Object value, StringBuilder out, int depth) {
        if (value instanceof Map<?, ?> map) {
            object(map, out, depth);
        } else if (value instanceof Collection<?> || value instanceof Object[] || value instanceof int[]) {
            array(elements(value), out, depth);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value == null) {
            out.append("null");
        } else {
            string(value.toString(), out);
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out, int depth) {
        List<String> keys = map.keySet().stream().map(Object::toString).sorted((a, b) -> {
            int ia = rank(a);
            int ib = rank(b);
            return ia != ib ? Integer.compare(ia, ib) : a.compareTo(b);
        }).toList();
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append("  ".repeat(depth + 1));
            string(keys.get(i), out);
            out.append(": ");
            value(map.get(keys.get(i)), out, depth + 1);
        }
        out.append(keys.isEmpty() ? "" : "\n" + "  ".repeat(depth)).append('}');
    }

    private static void array(List<Object> elements, StringBuilder out, int depth) {
        boolean inline = elements.stream().noneMatch(e -> e instanceof Map<?, ?>);
        out.append('[');
        for (int i = 0; i < elements.size(); i++) {
            out.append(i == 0 ? "" : ",");
            out.append(inline ? (i == 0 ? "" : " ") : "\n" + "  ".repeat(depth + 1));
            value(elements.get(i), out, depth + 1);
        }
        out.append(inline || elements.isEmpty() ? "" : "\n" + "  ".repeat(depth)).append(']');
    }

    private static List<Object> elements(Object array) {
        List<Object> elements = new ArrayList<>();
        if (array instanceof int[] ints) {
            for (int i : ints) {
                elements.add(i);
            }
        } else if (array instanceof Object[] objects) {
            elements.addAll(List.of(objects));
        } else {
            elements.addAll((Collection<?>) array);
        }
        return elements;
    }

    private static int rank(String key) {
        int i = KEY_ORDER.indexOf(key);
        return i < 0 ? KEY_ORDER.size() : i;
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
