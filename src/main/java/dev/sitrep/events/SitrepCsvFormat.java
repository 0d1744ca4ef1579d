package dev.sitrep.events;

import static dev.sitrep.events.CsvValues.coordinate;
import static dev.sitrep.events.CsvValues.date;
import static dev.sitrep.events.CsvValues.integer;
import static dev.sitrep.events.CsvValues.list;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sitrep's own CSV: one event per row. Actors are "Name (role); Name (role)"; an event's sources are
 * parallel ';'-separated lists in the source_* columns (the n-th key goes with the n-th publisher ...).
 */
final class SitrepCsvFormat implements CsvFormat {

    static final List<String> COLUMNS = List.of("id", "occurred", "precision", "recorded", "type", "sub_type",
            "actors", "country", "admin1", "admin2", "place", "latitude", "longitude", "summary", "fatalities",
            "tags", "source_key", "source_kind", "source_publisher", "source_title", "source_author", "source_url",
            "source_published", "source_accessed");
    /** A source key as a citation names it ([@key]). */
    private static final Pattern SOURCE_KEY = Pattern.compile("[a-z0-9][a-z0-9._:-]{0,199}");
    private static final Pattern ACTOR = Pattern.compile("(.+?)\\s*\\((side-a|side-b|associated)\\)");

    @Override
    public String name() {
        return "sitrep-csv";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("id", "occurred", "type", "actors", "country", "summary", "source_key", "source_kind",
                "source_publisher", "source_title");
    }

    @Override
    public Event map(CsvRow row, Instant importTime) {
        String id = row.require("id");
        if (!dev.sitrep.core.Ids.isEvent(id)) {
            throw new InvalidField("id", "'" + id + "' is not a valid event id: " + dev.sitrep.core.Ids.eventRule());
        }
        String precision = row.get("precision");
        return new Event(id, 0, null, date("occurred", row.require("occurred")),
                precision == null ? DatePrecision.DAY : precision(precision), recorded(row.get("recorded"), importTime),
                row.require("type"), row.get("sub_type"), actors(row.require("actors")),
                new Place(row.require("country"), row.get("admin1"), row.get("admin2"), row.get("place"),
                        coordinate("latitude", row.get("latitude"), 90), coordinate("longitude", row.get("longitude"), 180),
                        null),
                row.require("summary"), Fatalities.of(integer("fatalities", row.get("fatalities"), 0, 10_000_000)),
                list(row.get("tags")).stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().sorted().toList(),
                sources(row), "sitrep-csv");
    }

    private static DatePrecision precision(String text) {
        try {
            return DatePrecision.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidField("precision", "'" + text + "' is not a date precision: use day, week or month");
        }
    }

    private static Instant recorded(String text, Instant importTime) {
        try {
            return text == null ? importTime : CsvValues.plausible("recorded", Instant.parse(text), text);
        } catch (DateTimeParseException e) {
            throw new InvalidField("recorded", "'" + text + "' is not an instant: use e.g. 2025-11-26T19:30:00Z");
        }
    }

    private static List<Actor> actors(String text) {
        List<Actor> actors = new ArrayList<>();
        for (String item : list(text)) {
            Matcher m = ACTOR.matcher(item);
            if (!m.matches()) {
                throw new InvalidField("actors", "'" + item + "' must be 'Name (role)' with role side-a, side-b "
                        + "or associated");
            }
            actors.add(new Actor(m.group(1), m.group(2)));
        }
        return actors;
    }

    private static List<Source> sources(CsvRow row) {
        List<String> keys = list(row.require("source_key"));
        List<String> kinds = parallel(row, "source_kind", keys.size(), true);
        List<String> publishers = parallel(row, "source_publisher", keys.size(), true);
        List<String> titles = parallel(row, "source_title", keys.size(), true);
        List<String> authors = parallel(row, "source_author", keys.size(), false);
        List<String> urls = parallel(row, "source_url", keys.size(), false);
        List<String> published = parallel(row, "source_published", keys.size(), false);
        List<String> accessed = parallel(row, "source_accessed", keys.size(), false);
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!SOURCE_KEY.matcher(keys.get(i)).matches()) {
                throw new InvalidField("source_key", "'" + keys.get(i) + "' is not a valid citation key");
            }
            sources.add(new Source(keys.get(i), kinds.get(i), publishers.get(i), titles.get(i), authors.get(i),
                    urls.get(i), date("source_published", published.get(i)), date("source_accessed", accessed.get(i))));
        }
        return sources;
    }

    /** The i-th value of a ';' list that goes with the i-th key; "-" or a missing list means none. */
    private static List<String> parallel(CsvRow row, String column, int count, boolean required) {
        List<String> values = list(row.get(column));
        if (values.isEmpty() && !required) {
            return new ArrayList<>(java.util.Collections.nCopies(count, null));
        }
        if (values.size() != count) {
            throw new InvalidField(column, "has " + values.size() + " values for " + count + " source keys; "
                    + "give one per key, separated by ';' (use - for none)");
        }
        return values.stream().map(v -> v.equals("-") ? null : v).toList();
    }
}
