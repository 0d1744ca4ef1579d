package dev.sitrep.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides, for a batch of parsed rows at once, which are new, which revise an event and which change
 * nothing, and which sources are new; two queries a batch instead of several a row.
 */
final class ImportBatch {

    private final EventStore store;

    ImportBatch(EventStore store) {
        this.store = store;
    }

    record Row(int line, String raw, Function<String, String> valueOf, Event event, String hash) {
    }

    record Outcome(List<EventWriter.NewRevision> revisions, List<Source> newSources, Map<Row, InvalidField> rejected,
                   int imported, int revised, int unchanged) {
    }

    /**
     * @param pending sources that earlier batches of this import would have added (a dry run stores
     *                nothing, so its later batches must still see them to find the same conflicts)
     */
    Outcome resolve(List<Row> rows, Map<String, Source> pending) {
        Set<String> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (Row row : rows) {
            ids.add(row.event().id());
            row.event().sources().forEach(s -> keys.add(s.key()));
        }
        Map<String, EventStore.StoredRevision> latest = store.latestRevisions(ids);
        Map<String, Source> known = new java.util.HashMap<>(store.sources(keys));
        keys.stream().filter(pending::containsKey).forEach(k -> known.putIfAbsent(k, pending.get(k)));
        Map<String, Source> added = new LinkedHashMap<>();
        Map<Row, InvalidField> rejected = new LinkedHashMap<>();
        List<EventWriter.NewRevision> revisions = new ArrayList<>();
        int imported = 0;
        int revised = 0;
        int unchanged = 0;
        for (Row row : rows) {
            EventStore.StoredRevision stored = latest.get(row.event().id());
            if (stored != null && stored.contentHash().equals(row.hash())) {
                unchanged++;
                continue;
            }
            InvalidField conflict = sourceConflict(row.event(), known, added);
            if (conflict != null) {
                rejected.put(row, conflict);
                continue;
            }
            row.event().sources().stream().filter(s -> !known.containsKey(s.key())).forEach(s -> added.putIfAbsent(s.key(), s));
            revisions.add(new EventWriter.NewRevision(row.event().withRevision(stored == null ? 1 : stored.revision() + 1),
                    row.hash()));
            if (stored == null) {
                imported++;
            } else {
                revised++;
            }
        }
        return new Outcome(revisions, List.copyOf(added.values()), rejected, imported, revised, unchanged);
    }

    /** A citation key means one source: a second, different definition of the same key is refused. */
    private static InvalidField sourceConflict(Event event, Map<String, Source> known, Map<String, Source> added) {
        for (Source s : event.sources()) {
            Source existing = known.getOrDefault(s.key(), added.get(s.key()));
            if (existing != null && !existing.equals(s)) {
                return new InvalidField("sources.key", "source '" + s.key() + "' is already in the log with other "
                        + "details (" + existing.publisher() + ", \"" + existing.title() + "\"); give this one its "
                        + "own key or the same details");
            }
        }
        return null;
    }
}
