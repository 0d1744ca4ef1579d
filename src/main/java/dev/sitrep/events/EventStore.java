package dev.sitrep.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The append-only event log in the database: revisions are inserted, never updated or deleted. */
class EventStore {

    private final JdbcClient jdbc;

    EventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredRevision> latestRevision(String eventId) {
        return jdbc.sql("""
                        SELECT revision, content_hash FROM event_revision
                        WHERE event_id = ? ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY""")
                .param(eventId)
                .query((rs, n) -> new StoredRevision(rs.getInt(1), rs.getString(2)))
                .optional();
    }

    Optional<LocalDate> occurred(String eventId) {
        return jdbc.sql("""
                        SELECT occurred FROM event_revision WHERE event_id = ?
                        ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY""")
                .param(eventId).query((rs, n) -> rs.getObject(1, LocalDate.class)).optional();
    }

    Optional<Source> source(String key) {
        return jdbc.sql("SELECT * FROM source WHERE source_key = ?").param(key).query(EventStore::source).optional();
    }

    void insertSource(Source s) {
        jdbc.sql("""
                        INSERT INTO source (source_key, kind, publisher, title, author, url, published, accessed)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.key(), s.kind(), s.publisher(), s.title(), s.author(), s.url(), s.published(), s.accessed())
                .update();
    }

    void insert(Event e, String contentHash) {
        jdbc.sql("""
                        INSERT INTO event_revision (event_id, revision, recorded_at, occurred, date_precision,
                          event_type, sub_type, country, admin1, admin2, place, latitude, longitude, summary,
                          fatalities, origin, external_id, content_hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.revision(), OffsetDateTime.ofInstant(e.recorded(), ZoneOffset.UTC), e.occurred(),
                        e.precision().label(), e.type(), e.subType(), e.country(), e.admin1(), e.admin2(), e.place(),
                        e.latitude(), e.longitude(), e.summary(), e.fatalities(), e.origin(), null, contentHash)
                .update();
        for (int i = 0; i < e.actors().size(); i++) {
            Actor a = e.actors().get(i);
            jdbc.sql("INSERT INTO event_actor (event_id, revision, position, name, role) VALUES (?, ?, ?, ?, ?)")
                    .params(e.id(), e.revision(), i, a.name(), a.role()).update();
        }
        for (String tag : e.tags()) {
            jdbc.sql("INSERT INTO event_tag (event_id, revision, tag) VALUES (?, ?, ?)")
                    .params(e.id(), e.revision(), tag).update();
        }
        for (int i = 0; i < e.sources().size(); i++) {
            jdbc.sql("INSERT INTO event_source (event_id, revision, position, source_key) VALUES (?, ?, ?, ?)")
                    .params(e.id(), e.revision(), i, e.sources().get(i).key()).update();
        }
    }

    /**
     * The latest revision of every event recorded by {@code asOf} that occurred on or before {@code until},
     * ordered by occurred date then id, so that the same log always gives the same list.
     */
    List<Event> latestAsOf(Instant asOf, LocalDate until) {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC);
        String latest = """
                FROM event_revision r WHERE r.recorded_at <= ? AND r.occurred <= ?
                  AND r.revision = (SELECT MAX(l.revision) FROM event_revision l
                                    WHERE l.event_id = r.event_id AND l.recorded_at <= ?)""";
        List<Row> rows = jdbc.sql("SELECT r.* " + latest + " ORDER BY r.occurred, r.event_id")
                .params(cutoff, until, cutoff).query(EventStore::row).list();
        Map<String, List<Actor>> actors = new HashMap<>();
        jdbc.sql("SELECT a.event_id, a.revision, a.name, a.role FROM event_actor a JOIN (SELECT r.event_id, r.revision "
                        + latest + ") k ON a.event_id = k.event_id AND a.revision = k.revision ORDER BY a.position")
                .params(cutoff, until, cutoff)
                .query(rs -> {
                    actors.computeIfAbsent(rs.getString(1) + "#" + rs.getInt(2), k -> new ArrayList<>())
                            .add(new Actor(rs.getString(3), rs.getString(4)));
                });
        Map<String, List<String>> tags = new HashMap<>();
        jdbc.sql("SELECT t.event_id, t.revision, t.tag FROM event_tag t JOIN (SELECT r.event_id, r.revision "
                        + latest + ") k ON t.event_id = k.event_id AND t.revision = k.revision ORDER BY t.tag")
                .params(cutoff, until, cutoff)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getString(1) + "#" + rs.getInt(2), k -> new ArrayList<>())
                            .add(rs.getString(3));
                });
        Map<String, List<Source>> sources = new HashMap<>();
        jdbc.sql("SELECT es.event_id, es.revision, s.* FROM event_source es JOIN (SELECT r.event_id, r.revision "
                        + latest + ") k ON es.event_id = k.event_id AND es.revision = k.revision "
                        + "JOIN source s ON s.source_key = es.source_key ORDER BY es.position")
                .params(cutoff, until, cutoff)
                .query(rs -> {
                    sources.computeIfAbsent(rs.getString(1) + "#" + rs.getInt(2), k -> new ArrayList<>())
                            .add(source(rs, 0));
                });
        // Sorted here, not by ORDER BY: a database's collation (ICU on PostgreSQL, code points on H2)
        // must not decide the order of an edition's rows, or the same log would give different files.
        return rows.stream().map(r -> r.toEvent(
                        actors.getOrDefault(r.key(), List.of()),
                        tags.getOrDefault(r.key(), List.of()).stream().sorted().toList(),
                        sources.getOrDefault(r.key(), List.of())))
                .sorted(java.util.Comparator.comparing(Event::occurred).thenComparing(Event::id))
                .toList();
    }

    record StoredRevision(int revision, String contentHash) {
    }

    private record Row(String id, int revision, Instant recorded, LocalDate occurred, String precision, String type,
                       String subType, String country, String admin1, String admin2, String place, Double latitude,
                       Double longitude, String summary, Integer fatalities, String origin) {

        String key() {
            return id + "#" + revision;
        }

        Event toEvent(List<Actor> actors, List<String> tags, List<Source> sources) {
            return new Event(id, revision, occurred, DatePrecision.parse(precision), recorded, type, subType, actors,
                    country, admin1, admin2, place, latitude, longitude, summary, fatalities, tags, sources, origin);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("event_id"), rs.getInt("revision"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getObject("occurred", LocalDate.class), rs.getString("date_precision"),
                rs.getString("event_type"), rs.getString("sub_type"), rs.getString("country"),
                rs.getString("admin1"), rs.getString("admin2"), rs.getString("place"),
                rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
                rs.getString("summary"), rs.getObject("fatalities", Integer.class), rs.getString("origin"));
    }

    private static Source source(ResultSet rs, int n) throws SQLException {
        return new Source(rs.getString("source_key"), rs.getString("kind"), rs.getString("publisher"),
                rs.getString("title"), rs.getString("author"), rs.getString("url"),
                rs.getObject("published", LocalDate.class), rs.getObject("accessed", LocalDate.class));
    }
}
