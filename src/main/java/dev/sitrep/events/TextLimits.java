package dev.sitrep.events;

import java.util.Map;

/**
 * What a text field of an event may hold: no control characters but tab and line breaks (PostgreSQL
 * refuses NUL, and the others belong in no event; real summaries do have line breaks), and no more
 * characters than its database column takes. Checked per line, so a
 * long or broken field rejects its line instead of failing the whole import.
 */
final class TextLimits {

    private static final Map<String, Integer> MAX = Map.ofEntries(
            Map.entry("id", 200), Map.entry("type", 100), Map.entry("subType", 100), Map.entry("country", 100),
            Map.entry("admin1", 200), Map.entry("admin2", 200), Map.entry("place", 300),
            Map.entry("summary", 20_000), Map.entry("tags", 100), Map.entry("actors.name", 300),
            Map.entry("actors.role", 30), Map.entry("sources.key", 200), Map.entry("sources.kind", 50),
            Map.entry("sources.publisher", 300), Map.entry("sources.title", 1000), Map.entry("sources.author", 300),
            Map.entry("sources.url", 2000));
    private static final int DEFAULT_MAX = 200;

    private TextLimits() {
    }

    /** Checks every text of an event, whatever format it came from; the first bad one is the InvalidField. */
    static Event check(Event e) {
        check("id", e.id());
        check("externalId", e.externalId());
        check("type", e.type());
        check("subType", e.subType());
        check("country", e.place().country());
        check("admin1", e.place().admin1());
        check("admin2", e.place().admin2());
        check("place", e.place().name());
        check("summary", e.summary());
        e.tags().forEach(t -> check("tags", t));
        for (Actor a : e.actors()) {
            check("actors.name", a.name());
        }
        for (Source s : e.sources()) {
            check("sources.key", s.key());
            check("sources.kind", s.kind());
            check("sources.publisher", s.publisher());
            check("sources.title", s.title());
            check("sources.author", s.author());
            check("sources.url", s.url());
        }
        return e;
    }

    static String check(String field, String value) {
        if (value == null) {
            return null;
        }
        int max = MAX.getOrDefault(field, DEFAULT_MAX);
        if (value.length() > max) {
            throw new InvalidField(field, "is " + value.length() + " characters long; at most " + max + " fit");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new InvalidField(field, "holds a control character (U+"
                        + String.format("%04X", (int) c) + ") at position " + (i + 1));
            }
        }
        return value;
    }
}
