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

    static String actors(List<Actor> actors) {
        return JSON.writeValueAsString(actors.stream().map(a -> {
            java.util.Map<String, String> actor = new java.util.LinkedHashMap<>();
            actor.put("name", a.name());
            actor.put("role", a.role());
            return actor;
        }).toList());
    }

    static List<Actor> actors(String json) {
        List<Actor> actors = new ArrayList<>();
        for (JsonNode a : JSON.readTree(json)) {
            actors.add(new Actor(a.get("name").asString(), a.get("role").asString()));
        }
        return actors;
    }

    static String strings(List<String> values) {
        return JSON.writeValueAsString(values);
    }

    static List<String> strings(String json) {
        return JSON.readValue(json, STRINGS);
    }
}
