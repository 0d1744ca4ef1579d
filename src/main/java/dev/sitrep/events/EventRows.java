package dev.sitrep.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Rows of the event tables, mapped to values. */
final class EventRows {

    private EventRows() {
    }

    record Row(String id, int revision, String externalId, Instant recorded, LocalDate occurred, String precision,
               String type, String subType, Place place, String summary, Fatalities fatalities, String origin,
               List<Actor> actors, List<String> tags, List<String> sourceKeys) {

        String key() {
            return id + "#" + revision;
        }

        Event toEvent(List<Source> sources) {
            return new Event(id, revision, externalId, occurred, DatePrecision.parse(precision), recorded, type,
                    subType, actors, place, summary, fatalities, tags.stream().sorted().toList(), sources, origin);
        }
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("event_id"), rs.getInt("revision"), rs.getString("external_id"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getObject("occurred", LocalDate.class), rs.getString("date_precision"),
                rs.getString("event_type"), rs.getString("sub_type"),
                new Place(rs.getString("country"), rs.getString("admin1"), rs.getString("admin2"),
                        rs.getString("place"), rs.getObject("latitude", Double.class),
                        rs.getObject("longitude", Double.class), rs.getObject("geo_precision", Integer.class)),
                rs.getString("summary"),
                new Fatalities(rs.getObject("fatalities", Integer.class), rs.getObject("fatalities_low", Integer.class),
                        rs.getObject("fatalities_high", Integer.class)),
                rs.getString("origin"), EventLists.actors(rs.getString("actors")),
                EventLists.strings(rs.getString("tags")), EventLists.strings(rs.getString("source_keys")));
    }

    static Source source(ResultSet rs, int n) throws SQLException {
        return new Source(rs.getString("source_key"), rs.getString("kind"), rs.getString("publisher"),
                rs.getString("title"), rs.getString("author"), rs.getString("url"),
                rs.getObject("published", LocalDate.class), rs.getObject("accessed", LocalDate.class),
                rs.getString("volume"), rs.getString("issue"), rs.getString("pages"),
                rs.getString("published_precision"));
    }
}
