package dev.sitrep.events;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/** Imports a file row by row: good rows are appended, bad ones quarantined with their reasons, none lost. */
class EventImporter {

    static final int PROGRESS_EVERY = 100_000;

    private final EventStore store;
    private final Quarantine quarantine;
    private final Clock clock;

    EventImporter(EventStore store, Quarantine quarantine, Clock clock) {
        this.store = store;
        this.quarantine = quarantine;
        this.clock = clock;
    }

    /** Imports every row of a file; a file that cannot be read as its format at all is a RejectedFile. */
    ImportReport importFile(Path file, String format, boolean dryRun, LongConsumer progress) {
        Tally tally;
        try {
            ImportSource source = ImportFormats.open(file, format, clock.instant());
            tally = new Tally(file.toString(), source.format(), dryRun);
            Tally counts = tally;
            source.forEachRow((line, raw, parse, valueOf) -> {
                importRow(line, raw, parse, valueOf, counts);
                if (counts.read % PROGRESS_EVERY == 0) {
                    progress.accept(counts.read);
                }
            });
        } catch (IOException e) {
            throw new EventLogException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (tally.read == 0) {
            throw new RejectedFile(file + ": the file is empty: it holds no events");
        }
        return tally.report();
    }

    private void importRow(int line, String raw, Supplier<Event> parse, Function<String, String> valueOf,
                           Tally tally) {
        tally.read++;
        try {
            Event event = TextLimits.check(parse.get());
            Integer first = tally.ids.putIfAbsent(event.id(), line);
            if (first != null) {
                throw new InvalidField("id", "'" + event.id() + "' is already on line " + first
                        + " of this file; give each event once per file");
            }
            Optional<EventStore.StoredRevision> latest = store.latestRevision(event.id());
            String hash = EventContent.hash(event);
            if (latest.isPresent() && latest.get().contentHash().equals(hash)) {
                tally.unchanged++;
                return;
            }
            checkSources(event);
            if (!tally.dryRun) {
                append(event.withRevision(latest.map(r -> r.revision() + 1).orElse(1)), hash);
            }
            if (latest.isPresent()) {
                tally.revised++;
            } else {
                tally.imported++;
            }
        } catch (InvalidField e) {
            Rejection rejection = new Rejection(tally.file, line, e.field(), e.getMessage(),
                    valueOf.apply(e.field()));
            tally.rejections.add(rejection);
            if (!tally.dryRun) {
                quarantine.keep(rejection, tally.format, raw);
            }
        } catch (RuntimeException e) {
            // Not a fault of the row that the checks know: the import stops and stores nothing.
            throw new EventLogException(tally.file + ":" + line + ": could not store this row ("
                    + e.getMessage() + "); nothing from this file was imported", e);
        }
    }

    /** The running count of one import: every line read ends up in exactly one of the other counts. */
    private static final class Tally {
        final String file;
        final String format;
        final boolean dryRun;
        final List<Rejection> rejections = new ArrayList<>();
        final Map<String, Integer> ids = new HashMap<>();
        int read;
        int imported;
        int revised;
        int unchanged;

        Tally(String file, String format, boolean dryRun) {
            this.file = file;
            this.format = format;
            this.dryRun = dryRun;
        }

        ImportReport report() {
            return new ImportReport(file, format, read, imported, revised, unchanged, rejections, dryRun);
        }
    }

    /** A citation key means one source: a second, different definition of the same key is refused. */
    private void checkSources(Event event) {
        for (Source s : event.sources()) {
            store.source(s.key()).filter(known -> !known.equals(s)).ifPresent(known -> {
                throw new InvalidField("sources.key", "source '" + s.key()
                        + "' is already in the log with other details (" + known.publisher() + ", \""
                        + known.title() + "\"); give this one its own key or the same details");
            });
        }
    }

    private void append(Event event, String hash) {
        for (Source s : event.sources()) {
            if (store.source(s.key()).isEmpty()) {
                store.insertSource(s);
            }
        }
        store.insert(event, hash);
    }
}
