package dev.sitrep.events;

import static dev.sitrep.events.JsonFields.coordinate;
import static dev.sitrep.events.JsonFields.date;
import static dev.sitrep.events.JsonFields.fatalities;
import static dev.sitrep.events.JsonFields.instant;
import static dev.sitrep.events.JsonFields.optional;
import static dev.sitrep.events.JsonFields.required;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one line of the {@code sitrep-jsonl} format into an Event, or says which field is wrong and why.
 * The format is documented in the README; unknown fields are refused rather than silently ignored.
 */
class JsonlEventReader {

    /** A source key as a citation names it ([@key]). */
    private static final Pattern SOURCE_KEY = Pattern.compile("[a-z0-9][a-z0-9._:-]{0,199}");
    private static final Set<String> FIELDS = Set.of("id", "occurred", "precision", "recorded", "type", "subType",
            "actors", "country", "admin1", "admin2", "place", "latitude", "longitude", "summary", "fatalities",
            "tags", "sources");
    private static final Set<String> SOURCE_FIELDS = Set.of("key", "kind", "publisher", "title", "author", "url",
            "published", "accessed", "volume", "issue", "pages");
    private static final Pattern YEAR_OR_MONTH = Pattern.compile("(\\d{4})(-\\d{2})?");

    // A line that names a field twice ({"id":"a", ..., "id":"b"}) is ambiguous: refused, not read as the last.
    private final ObjectMapper json = JsonMapper.builder()
            .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final Instant importTime;

    /** {@code importTime} is the recorded time of lines that do not carry their own. */
    JsonlEventReader(Instant importTime) {
        this.importTime = importTime;
    }

    Event read(String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JacksonException e) {
            throw new InvalidField(null, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidField(null, "expected one JSON object per line");
        }
        for (String name : node.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new InvalidField(name, "unknown field; the sitrep-jsonl fields are " + new java.util.TreeSet<>(FIELDS));
            }
        }
        String id = required(node, "id");
        if (!dev.sitrep.core.Ids.isEvent(id)) {
            throw new InvalidField("id", "'" + id + "' is not a valid event id: " + dev.sitrep.core.Ids.eventRule());
        }
        String precision = optional(node, "precision");
        String recorded = optional(node, "recorded");
        return new Event(id, 0, null, date(node, "occurred", true),
                precision(precision), recorded == null ? importTime : instant("recorded", recorded),
                required(node, "type"), optional(node, "subType"), actors(node.get("actors")),
                new Place(required(node, "country"), optional(node, "admin1"), optional(node, "admin2"),
                        optional(node, "place"), coordinate(node, "latitude", 90), coordinate(node, "longitude", 180),
                        null),
                required(node, "summary"), Fatalities.of(fatalities(node.get("fatalities"))), tags(node.get("tags")),
                sources(node.get("sources")), "sitrep-jsonl");
    }

    private static DatePrecision precision(String text) {
        if (text == null) {
            return DatePrecision.DAY;
        }
        try {
            return DatePrecision.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidField("precision", "'" + text + "' is not a date precision: use day, week or month");
        }
    }

    private static List<Actor> actors(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new InvalidField("actors", "missing: every event needs at least one actor");
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new InvalidField("actors", "must be a non-empty array of {name, role}");
        }
        List<Actor> actors = new ArrayList<>();
        for (JsonNode a : node) {
            String name = required(a, "name", "actors.name");
            String role = required(a, "role", "actors.role");
            if (!Actor.ROLES.contains(role)) {
                throw new InvalidField("actors.role", "'" + role + "' is not a role: use " + Actor.ROLES);
            }
            actors.add(new Actor(name, role));
        }
        return actors;
    }

    private static List<String> tags(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidField("tags", "must be an array of strings");
        }
        List<String> tags = new ArrayList<>();
        node.forEach(t -> tags.add(t.asString().trim().toLowerCase(java.util.Locale.ROOT)));
        return tags.stream().distinct().sorted().toList();
    }

    private List<Source> sources(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new InvalidField("sources", "every event needs at least one source {key, kind, publisher, title, ...}");
        }
        List<Source> sources = new ArrayList<>();
        for (JsonNode s : node) {
            for (String name : s.propertyNames()) {
                if (!SOURCE_FIELDS.contains(name)) {
                    throw new InvalidField("sources." + name, "unknown source field; use " + SOURCE_FIELDS);
                }
            }
            String key = required(s, "key", "sources.key");
            if (!SOURCE_KEY.matcher(key).matches()) {
                throw new InvalidField("sources.key", "'" + key + "' is not a valid citation key");
            }
            String precision = publishedPrecision(optional(s, "published", "sources.published"));
            sources.add(new Source(key, required(s, "kind", "sources.kind"), required(s, "publisher", "sources.publisher"),
                    required(s, "title", "sources.title"), optional(s, "author", "sources.author"),
                    optional(s, "url", "sources.url"),
                    precision == null ? date(s, "published", false) : published(s.get("published").asString()),
                    date(s, "accessed", false), optional(s, "volume", "sources.volume"),
                    optional(s, "issue", "sources.issue"), optional(s, "pages", "sources.pages"), precision));
        }
        return sources;
    }

    /** A journal article is often dated by its year ("2013") or month ("2013-07") alone: null for a full date. */
    private static String publishedPrecision(String published) {
        var m = published == null ? null : YEAR_OR_MONTH.matcher(published);
        return m == null || !m.matches() ? null : m.group(2) == null ? "year" : "month";
    }

    private static java.time.LocalDate published(String text) {
        try {
            return CsvValues.plausible("published", java.time.LocalDate.parse(text.length() == 4 ? text + "-01-01"
                    : text + "-01"), text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidField("published", "'" + text + "' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY");
        }
    }
}
