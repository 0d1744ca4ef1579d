package dev.sitrep.events;

import static dev.sitrep.events.CsvValues.coordinate;
import static dev.sitrep.events.CsvValues.date;
import static dev.sitrep.events.CsvValues.integer;
import static dev.sitrep.events.CsvValues.list;
import static dev.sitrep.events.CsvValues.slug;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ACLED's CSV export. Ids become {@code acled:<event_id_cnty>}; ACLED's own event types are kept as they
 * are; each outlet named in {@code source} becomes a source (ACLED gives outlets, not articles), and every
 * event also cites the ACLED dataset itself.
 */
final class AcledFormat implements CsvFormat {

    static final Source DATASET = new Source("acled-dataset", "dataset", "ACLED",
            "Armed Conflict Location & Event Data (ACLED)", null, "https://acleddata.com", null, null);

    @Override
    public String name() {
        return "acled";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
                "country", "admin1", "location", "latitude", "longitude", "source", "notes", "fatalities");
    }

    @Override
    public Event map(CsvRow row, Instant importTime) {
        String externalId = row.require("event_id_cnty");
        LocalDate occurred = date("event_date", row.require("event_date"));
        Instant updated = CsvValues.epochSeconds("timestamp", row.get("timestamp"));
        String type = row.require("event_type");
        String subType = row.get("sub_event_type");
        String location = row.get("location");
        String notes = row.get("notes");
        List<String> tags = new ArrayList<>(list(row.get("tags")).stream()
                .map(t -> t.toLowerCase(Locale.ROOT)).toList());
        tags.add("acled");
        return new Event("acled:" + externalId.toLowerCase(Locale.ROOT), 0, externalId, occurred,
                precision(row.get("time_precision")), updated == null ? importTime : updated, type, subType,
                actors(row),
                new Place(row.require("country"), row.get("admin1"), row.get("admin2"), location,
                        coordinate("latitude", row.get("latitude"), 90), coordinate("longitude", row.get("longitude"), 180),
                        integer("geo_precision", row.get("geo_precision"), 1, 3)),
                notes != null ? notes : "[No notes in ACLED] " + type + (subType == null ? "" : " / " + subType)
                        + (location == null ? "" : " at " + location),
                Fatalities.of(integer("fatalities", row.get("fatalities"), 0, 1_000_000)),
                tags.stream().distinct().sorted().toList(), sources(row, occurred), "acled");
    }

    private static DatePrecision precision(String code) {
        Integer p = integer("time_precision", code, 1, 3);
        return p == null || p == 1 ? DatePrecision.DAY : p == 2 ? DatePrecision.WEEK : DatePrecision.MONTH;
    }

    private static List<Actor> actors(CsvRow row) {
        List<Actor> actors = new ArrayList<>();
        actors.add(new Actor(row.require("actor1"), "side-a"));
        list(row.get("assoc_actor_1")).forEach(a -> actors.add(new Actor(a, "associated")));
        if (row.get("actor2") != null) {
            actors.add(new Actor(row.get("actor2"), "side-b"));
        }
        list(row.get("assoc_actor_2")).forEach(a -> actors.add(new Actor(a, "associated")));
        return actors;
    }

    /**
     * One source per outlet and day: the outlet's reporting of that day, as ACLED cites it. The key holds
     * the exact outlet name (hashed), and nothing that changes when ACLED re-exports the row, so the same
     * outlet and day is always the same source, and a corrected row is a revision, not a conflict.
     */
    private static List<Source> sources(CsvRow row, LocalDate occurred) {
        List<Source> sources = new ArrayList<>();
        for (String outlet : list(row.get("source"))) {
            sources.add(new Source("acled-src:" + slug(outlet) + ":" + occurred + ":"
                    + dev.sitrep.core.Sha256.hex(outlet).substring(0, 8), "report", outlet,
                    "[Reporting of " + occurred + ", as cited by ACLED]", null, null, null, null));
        }
        sources.add(DATASET);
        return sources;
    }
}
