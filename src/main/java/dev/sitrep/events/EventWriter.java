package dev.sitrep.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.core.BaseConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Appends to the event log in batches: revisions are inserted, never updated or deleted. */
class EventWriter {

    private final JdbcTemplate batches;

    EventWriter(JdbcTemplate batches) {
        this.batches = batches;
    }

    /** A revision to append, with the hash of its content. */
    record NewRevision(Event event, String contentHash) {
    }

    void insertSources(List<Source> sources) {
        batch("source", List.of("source_key", "kind", "publisher", "title", "author", "url", "published", "accessed",
                        "volume", "issue", "pages", "published_precision"),
                sources.stream().map(s -> new Object[]{s.key(), s.kind(), s.publisher(), s.title(), s.author(),
                        s.url(), s.published(), s.accessed(), s.volume(), s.issue(), s.pages(),
                        s.publishedPrecision()}).toList());
    }

    /** Appends revisions (their actors, tags and sources in the row) and their actor keys: one batch per table. */
    void insertAll(List<NewRevision> revisions) {
        List<Object[]> rows = new ArrayList<>(revisions.size());
        List<Object[]> actorKeys = new ArrayList<>(2 * revisions.size());
        for (NewRevision r : revisions) {
            Event e = r.event();
            e.actors().stream().map(Actor::name).distinct()
                    .forEach(a -> actorKeys.add(new Object[]{e.type(), a, e.occurred().withDayOfMonth(1), e.occurred(),
                            e.id(), e.revision()}));
            Place p = e.place();
            rows.add(new Object[]{e.id(), e.revision(), OffsetDateTime.ofInstant(e.recorded(), ZoneOffset.UTC),
                    e.occurred(), e.precision().label(), e.type(), e.subType(), p.country(), p.admin1(), p.admin2(),
                    p.name(), p.latitude(), p.longitude(), p.precision(), e.summary(), e.fatalities().best(),
                    e.fatalities().low(), e.fatalities().high(), e.origin(), e.externalId(), r.contentHash(),
                    EventLists.actors(e.actors()), EventLists.strings(e.tags()),
                    EventLists.strings(e.sources().stream().map(Source::key).toList())});
        }
        batches.execute((ConnectionCallback<Void>) connection -> {
            // On PostgreSQL, COPY moves rows several times faster than even rewritten batched INSERTs.
            if (connection.isWrapperFor(BaseConnection.class)) {
                PostgresCopy copy = new PostgresCopy(connection.unwrap(BaseConnection.class));
                copy.rows("event_revision", REVISION_COLUMNS, rows);
                copy.rows("event_actor_key", ACTOR_KEY_COLUMNS, actorKeys);
            } else {
                batch("event_revision", REVISION_COLUMNS, rows);
                batch("event_actor_key", ACTOR_KEY_COLUMNS, actorKeys);
            }
            return null;
        });
    }

    /**
     * PostgreSQL plans the batch look-ups from table statistics that a long import makes stale (a table
     * filled in this very transaction still looks empty, so a sequential scan looks cheap, and the import
     * slows down quadratically). Refreshing them now and then keeps the look-ups on the primary key.
     */
    void refreshStatistics() {
        batches.execute((ConnectionCallback<Void>) connection -> {
            if (connection.isWrapperFor(BaseConnection.class)) {
                try (var statement = connection.createStatement()) {
                    statement.execute("ANALYZE event_revision");
                }
            }
            return null;
        });
    }

    private static final List<String> REVISION_COLUMNS = List.of("event_id", "revision", "recorded_at", "occurred",
            "date_precision", "event_type", "sub_type", "country", "admin1", "admin2", "place", "latitude",
            "longitude", "geo_precision", "summary", "fatalities", "fatalities_low", "fatalities_high", "origin",
            "external_id", "content_hash", "actors", "tags", "source_keys");

    /** The (type, actor, month) key of each revision's distinct actors, which the flash's related read scans. */
    private static final List<String> ACTOR_KEY_COLUMNS = List.of("event_type", "actor", "occurred_month", "occurred",
            "event_id", "revision");

    private void batch(String table, List<String> columns, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batches.batchUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")", rows);
        }
    }

}
