package dev.sitrep.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reading the append-only event log (EventWriter appends to it; nothing is updated or deleted). */
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
        return jdbc.sql("SELECT * FROM source WHERE source_key = ?").param(key).query(EventRows::source).optional();
    }

    /** The latest stored revision of each of these events that the log has. */
    Map<String, StoredRevision> latestRevisions(Set<String> ids) {
        Map<String, StoredRevision> latest = new HashMap<>();
        if (ids.isEmpty()) {
            return latest;
        }
        jdbc.sql("SELECT event_id, revision, content_hash FROM event_revision WHERE event_id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    StoredRevision r = new StoredRevision(rs.getInt(2), rs.getString(3));
                    latest.merge(rs.getString(1), r, (a, b) -> a.revision() >= b.revision() ? a : b);
                });
        return latest;
    }

    Map<String, Source> sources(Set<String> keys) {
        Map<String, Source> found = new HashMap<>();
        if (!keys.isEmpty()) {
            jdbc.sql("SELECT * FROM source WHERE source_key IN (:keys)").param("keys", keys)
                    .query(EventRows::source).list().forEach(src -> found.put(src.key(), src));
        }
        return found;
    }

    /**
     * The latest revision of every event recorded by {@code asOf} that occurred on or before {@code until},
     * ordered by occurred date then id, so that the same log always gives the same list.
     */
    List<Event> latestAsOf(Instant asOf, LocalDate until) {
        LatestRevisions latest = new LatestRevisions(OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC), until);
        List<EventRows.Row> rows = jdbc.sql("SELECT r.* " + latest.from()).params(latest.params()).query(EventRows::row).list();
        Map<String, List<Actor>> actors = latest.children("SELECT a.event_id, a.revision, a.name, a.role "
                + "FROM event_actor a", "a", "ORDER BY a.position", rs -> new Actor(rs.getString(3), rs.getString(4)));
        Map<String, List<String>> tags = latest.children("SELECT t.event_id, t.revision, t.tag FROM event_tag t", "t",
                "", rs -> rs.getString(3));
        Map<String, List<Source>> sources = latest.children("SELECT es.event_id, es.revision, s.* "
                        + "FROM event_source es JOIN source s ON s.source_key = es.source_key", "es",
                "ORDER BY es.position", rs -> EventRows.source(rs, 0));
        // Sorted here, not by ORDER BY: a database's collation (ICU on PostgreSQL, code points on H2)
        // must not decide the order of an edition's rows, or the same log would give different files.
        return rows.stream().map(r -> r.toEvent(
                        actors.getOrDefault(r.key(), List.of()),
                        tags.getOrDefault(r.key(), List.of()).stream().sorted().toList(),
                        sources.getOrDefault(r.key(), List.of())))
                .sorted(Comparator.comparing(Event::occurred).thenComparing(Event::id))
                .toList();
    }

    /** The revisions in force as of a moment, and the rows of child tables that belong to them. */
    private final class LatestRevisions {

        private final OffsetDateTime cutoff;
        private final LocalDate until;

        LatestRevisions(OffsetDateTime cutoff, LocalDate until) {
            this.cutoff = cutoff;
            this.until = until;
        }

        String from() {
            return """
                    FROM event_revision r WHERE r.recorded_at <= ? AND r.occurred <= ?
                      AND r.revision = (SELECT MAX(l.revision) FROM event_revision l
                                        WHERE l.event_id = r.event_id AND l.recorded_at <= ?)""";
        }

        Object[] params() {
            return new Object[]{cutoff, until, cutoff};
        }

        /** Child rows (event_id and revision first) of the revisions in force, grouped by "id#revision". */
        <T> Map<String, List<T>> children(String select, String alias, String orderBy, RowReader<T> reader) {
            Map<String, List<T>> byEvent = new HashMap<>();
            jdbc.sql(select + " JOIN (SELECT r.event_id, r.revision " + from() + ") k ON " + alias
                            + ".event_id = k.event_id AND " + alias + ".revision = k.revision " + orderBy)
                    .params(params())
                    .query(rs -> {
                        byEvent.computeIfAbsent(rs.getString(1) + "#" + rs.getInt(2), k -> new ArrayList<>())
                                .add(reader.read(rs));
                    });
            return byEvent;
        }
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    record StoredRevision(int revision, String contentHash) {
    }


}
