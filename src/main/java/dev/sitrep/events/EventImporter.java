package dev.sitrep.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Imports a sitrep-jsonl file line by line: good lines are appended, bad ones quarantined, none lost. */
class EventImporter {

    private final EventStore store;
    private final Quarantine quarantine;
    private final Clock clock;

    EventImporter(EventStore store, Quarantine quarantine, Clock clock) {
        this.store = store;
        this.quarantine = quarantine;
        this.clock = clock;
    }

    ImportReport importJsonl(Path file, boolean dryRun) {
        JsonlEventReader reader = new JsonlEventReader(clock.instant());
        Tally tally = new Tally(file.toString(), dryRun);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    importLine(reader, line, number, tally);
                }
            }
        } catch (IOException e) {
            throw new EventLogException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return tally.report();
    }

    private void importLine(JsonlEventReader reader, String line, int number, Tally tally) {
        tally.read++;
        try {
            Event event = reader.read(line);
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
            Rejection rejection = new Rejection(tally.file, number, e.field(), e.getMessage());
            tally.rejections.add(rejection);
            if (!tally.dryRun) {
                quarantine.keep(rejection, line);
            }
        } catch (RuntimeException e) {
            // Not a fault of the line that the checks know: the import stops and stores nothing.
            throw new EventLogException(tally.file + ":" + number + ": could not store this line ("
                    + e.getMessage() + "); nothing from this file was imported", e);
        }
    }

    /** The running count of one import: every line read ends up in exactly one of the other counts. */
    private static final class Tally {
        final String file;
        final boolean dryRun;
        final List<Rejection> rejections = new ArrayList<>();
        int read;
        int imported;
        int revised;
        int unchanged;

        Tally(String file, boolean dryRun) {
            this.file = file;
            this.dryRun = dryRun;
        }

        ImportReport report() {
            return new ImportReport(file, read, imported, revised, unchanged, rejections, dryRun);
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
