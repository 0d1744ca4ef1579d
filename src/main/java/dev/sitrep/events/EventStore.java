package dev.sitrep.events;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reading the append-only event log (EventWriter appends to it; nothing is updated or deleted). */
class EventStore {

    static final int STREAM_CHUNK = 2_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    EventStore(JdbcClient jdbc, JdbcTemplate streaming) {
        this.jdbc = jdbc;
        this.streaming = streaming;
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
        // One array parameter rather than an IN list of thousands, joined (see sources) rather than ANY.
        jdbc.sql("""
                        SELECT r.event_id, r.revision, r.content_hash FROM event_revision r
                        JOIN UNNEST(?) AS k(event_id) ON r.event_id = k.event_id""")
                .param(ids.toArray(String[]::new))
                .query(rs -> {
                    StoredRevision r = new StoredRevision(rs.getInt(2), rs.getString(3));
                    latest.merge(rs.getString(1), r, (a, b) -> a.revision() >= b.revision() ? a : b);
                });
        return latest;
    }

    Map<String, Source> sources(Set<String> keys) {
        Map<String, Source> found = new HashMap<>();
        if (!keys.isEmpty()) {
            // A join with the unnested keys, not "= ANY (?)": on the small source table PostgreSQL would scan
            // it and compare each row with every key of the array (thousands), which made imports 3x slower.
            jdbc.sql("SELECT s.* FROM source s JOIN UNNEST(?) AS k(source_key) ON s.source_key = k.source_key")
                    .param(keys.toArray(String[]::new))
                    .query(EventRows::source).list().forEach(src -> found.put(src.key(), src));
        }
        return found;
    }

    /**
     * Streams every event that occurred by {@code until} at its latest revision recorded by {@code asOf},
     * in no particular order, resolving sources a chunk at a time: memory holds one chunk, whatever the
     * log's size. On PostgreSQL the rows stream only inside a transaction (the fetch size needs it).
     */
    void forEachAsOf(Instant asOf, LocalDate until, Consumer<Event> sink) {
        forEachAsOf(asOf, until, true, sink);
    }

    /** As above; without {@code withSources} each event's sources are left empty (a pass that only counts). */
    void forEachAsOf(Instant asOf, LocalDate until, boolean withSources, Consumer<Event> sink) {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC);
        List<EventRows.Row> chunk = new ArrayList<>(STREAM_CHUNK);
        streaming.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    SELECT r.* FROM event_revision r WHERE r.recorded_at <= ? AND r.occurred <= ?
                      AND NOT EXISTS (SELECT 1 FROM event_revision n WHERE n.event_id = r.event_id
                                        AND n.revision > r.revision AND n.recorded_at <= ?)""");
            statement.setFetchSize(STREAM_CHUNK);
            statement.setObject(1, cutoff);
            statement.setObject(2, until);
            statement.setObject(3, cutoff);
            return statement;
        }, (ResultSet rs) -> {
            if (!withSources) {
                sink.accept(EventRows.row(rs, 0).toEvent(List.of()));
                return;
            }
            chunk.add(EventRows.row(rs, 0));
            if (chunk.size() == STREAM_CHUNK) {
                emit(chunk, sink);
            }
        });
        emit(chunk, sink);
    }

    boolean isPostgres() {
        return Boolean.TRUE.equals(streaming.execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>)
                connection -> connection.isWrapperFor(org.postgresql.core.BaseConnection.class)));
    }

    long copyOutAsOf(Instant asOf, LocalDate until, java.io.OutputStream out) {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC);
        return streaming.execute((org.springframework.jdbc.core.ConnectionCallback<Long>) connection -> {
            if (!connection.isWrapperFor(org.postgresql.core.BaseConnection.class)) {
                throw new EventLogException("COPY ... TO STDOUT needs PostgreSQL; this database is "
                        + connection.getMetaData().getDatabaseProductName());
            }
            String sql = "COPY (SELECT r.* FROM event_revision r WHERE r.recorded_at <= '" + cutoff
                    + "' AND r.occurred <= '" + until + "' AND NOT EXISTS (SELECT 1 FROM event_revision n "
                    + "WHERE n.event_id = r.event_id AND n.revision > r.revision AND n.recorded_at <= '" + cutoff
                    + "')) TO STDOUT";
            try {
                return new org.postgresql.copy.CopyManager(connection.unwrap(org.postgresql.core.BaseConnection.class))
                        .copyOut(sql, out);
            } catch (java.io.IOException e) {
                throw new SQLException("COPY out failed: " + e.getMessage(), e);
            }
        });
    }

    private void emit(List<EventRows.Row> chunk, Consumer<Event> sink) {
        Set<String> keys = new HashSet<>();
        chunk.forEach(r -> keys.addAll(r.sourceKeys()));
        Map<String, Source> sources = sources(keys);
        chunk.forEach(r -> sink.accept(r.toEvent(r.sourceKeys().stream().map(sources::get).toList())));
        chunk.clear();
    }

    /**
     * The events of one type (and sub-type, when given) that occurred in [from, to] and name one of
     * {@code actors} (any, when empty), each at its latest revision recorded by asOf. With actors, one range
     * scan of the (type, actor, month) key per actor, which finds exactly the revisions that name it; without,
     * a range scan of the (type, date) index. Never a pass over the log.
     */
    List<Event> ofTypeBetween(String type, String subType, List<String> actors, LocalDate from, LocalDate to,
                              Instant asOf) {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC);
        String latest = " AND NOT EXISTS (SELECT 1 FROM event_revision n WHERE n.event_id = r.event_id"
                + " AND n.revision > r.revision AND n.recorded_at <= ?)";
        String bySubType = subType == null ? "" : " AND r.sub_type = ?";
        if (actors.isEmpty()) {
            List<Object> params = new ArrayList<>(List.of(type, from, to, cutoff));
            if (subType != null) {
                params.add(subType);
            }
            params.add(cutoff);
            return toEvents(jdbc.sql("""
                    SELECT r.* FROM event_revision r
                    WHERE r.event_type = ? AND r.occurred BETWEEN ? AND ? AND r.recorded_at <= ?"""
                    + bySubType + latest).params(params).query(EventRows::row).list());
        }
        // An event naming two of the actors is found twice: once is kept.
        Map<String, EventRows.Row> rows = new java.util.LinkedHashMap<>();
        for (String actor : new java.util.LinkedHashSet<>(actors)) {
            List<Object> params = new ArrayList<>(List.of(type, actor, from.withDayOfMonth(1), to, from, to, cutoff));
            if (subType != null) {
                params.add(subType);
            }
            params.add(cutoff);
            jdbc.sql("""
                    SELECT r.* FROM event_actor_key k
                    JOIN event_revision r ON r.event_id = k.event_id AND r.revision = k.revision
                    WHERE k.event_type = ? AND k.actor = ? AND k.occurred_month BETWEEN ? AND ?
                      AND k.occurred BETWEEN ? AND ? AND r.recorded_at <= ?"""
                    + bySubType + latest).params(params).query(EventRows::row).list()
                    .forEach(row -> rows.putIfAbsent(row.key(), row));
        }
        return toEvents(new ArrayList<>(rows.values()));
    }

    /**
     * What counting a governorate's weeks needs of each of its events that occurred in [from, to], at its latest
     * revision recorded by asOf: no actors, sources or text, so that a flash can look at three years of one
     * governorate in a large log without building its events.
     */
    List<AreaTally> areaTallies(String admin1, LocalDate from, LocalDate to, Instant asOf) {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC);
        return jdbc.sql("""
                        SELECT r.event_id, r.occurred, r.date_precision, r.event_type, r.country, r.fatalities, r.tags
                        FROM event_revision r
                        WHERE r.admin1 = ? AND r.occurred BETWEEN ? AND ? AND r.recorded_at <= ?
                          AND NOT EXISTS (SELECT 1 FROM event_revision n WHERE n.event_id = r.event_id
                                            AND n.revision > r.revision AND n.recorded_at <= ?)""")
                .params(admin1, from, to, cutoff, cutoff)
                .query((rs, n) -> new AreaTally(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, Integer.class),
                        EventLists.strings(rs.getString(7))))
                .list();
    }

    /** The governorate's events that occurred in [from, to], whole, at their latest revisions by asOf, in date order. */
    List<Event> inAreaBetween(String admin1, LocalDate from, LocalDate to, Instant asOf) {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC);
        return toEvents(jdbc.sql("""
                        SELECT r.* FROM event_revision r
                        WHERE r.admin1 = ? AND r.occurred BETWEEN ? AND ? AND r.recorded_at <= ?
                          AND NOT EXISTS (SELECT 1 FROM event_revision n WHERE n.event_id = r.event_id
                                            AND n.revision > r.revision AND n.recorded_at <= ?)""")
                .params(admin1, from, to, cutoff, cutoff).query(EventRows::row).list());
    }

    /** These events, each at its latest revision recorded by asOf; those the log lacks are left out. */
    List<Event> latestAsOf(Set<String> ids, Instant asOf) {
        if (ids.isEmpty()) {
            return List.of();
        }
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC);
        List<EventRows.Row> rows = jdbc.sql("""
                        SELECT r.* FROM event_revision r JOIN UNNEST(?) AS k(event_id) ON r.event_id = k.event_id
                        WHERE r.recorded_at <= ?
                          AND NOT EXISTS (SELECT 1 FROM event_revision n WHERE n.event_id = r.event_id
                                            AND n.revision > r.revision AND n.recorded_at <= ?)""")
                .params(ids.toArray(String[]::new), cutoff, cutoff).query(EventRows::row).list();
        return toEvents(rows);
    }

    private List<Event> toEvents(List<EventRows.Row> rows) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += STREAM_CHUNK) {
            emit(new ArrayList<>(rows.subList(i, Math.min(rows.size(), i + STREAM_CHUNK))), events::add);
        }
        events.sort(java.util.Comparator.comparing(Event::occurred).thenComparing(Event::id));
        return events;
    }

    record StoredRevision(int revision, String contentHash) {
    }


}
