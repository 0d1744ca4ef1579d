package dev.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An event's actors, tags and source keys as the JSON arrays stored in its revision's row. */
final class EventLists {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private EventLists() {
    }

    /** Written by hand, not by Jackson: an import writes three of these per event, a million times. */
    static String actors(List<Actor> actors) {
        StringBuilder json = new StringBuilder(64 * actors.size() + 2).append('[');
        for (int i = 0; i < actors.size(); i++) {
            json.append(i == 0 ? "{\"name\":" : ",{\"name\":");
            string(json, actors.get(i).name());
            json.append(",\"role\":");
            string(json, actors.get(i).role());
            json.append('}');
        }
        return json.append(']').toString();
    }

    static List<Actor> actors(String json) {
        List<Actor> actors = new ArrayList<>();
        for (JsonNode a : JSON.readTree(json)) {
            actors.add(new Actor(a.get("name").asString(), a.get("role").asString()));
        }
        return actors;
    }

    static String strings(List<String> values) {
        StringBuilder json = new StringBuilder(32 * values.size() + 2).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            string(json, values.get(i));
        }
        return json.append(']').toString();
    }

    /** A JSON string: quotes, backslashes and control characters escaped (RFC 8259), the rest verbatim. */
    private static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    static List<String> strings(String json) {
        return JSON.readValue(json, STRINGS);
    }
}
