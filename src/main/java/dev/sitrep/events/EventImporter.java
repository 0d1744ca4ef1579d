package dev.sitrep.events;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Imports a file as a stream of rows: good rows are appended in batches, bad ones quarantined with their
 * reasons, none lost. Memory stays flat whatever the file's size: one batch, the ids seen (as hashes),
 * and the first rejections for the report.
 */
class EventImporter {

    static final int PROGRESS_EVERY = 100_000;
    static final int BATCH = 2_000;

    private final EventStore store;
    private final EventWriter writer;
    private final Quarantine quarantine;
    private final Clock clock;

    EventImporter(EventStore store, EventWriter writer, Quarantine quarantine, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.quarantine = quarantine;
        this.clock = clock;
    }

    /** Imports every row of a file; a file that cannot be read as its format at all is a RejectedFile. */
    ImportReport importFile(Path file, String format, boolean dryRun, LongConsumer progress) {
        ImportTally tally;
        try {
            ImportSource source = ImportFormats.open(file, format, clock.instant());
            tally = new ImportTally(file.toString(), source.format(), dryRun);
            ImportTally counts = tally;
            List<ImportBatch.Row> batch = new ArrayList<>(BATCH);
            source.forEachRow((line, raw, parse, valueOf) -> {
                readRow(line, raw, parse, valueOf, counts, batch);
                if (batch.size() >= BATCH) {
                    flush(batch, counts);
                }
                if (counts.read % PROGRESS_EVERY == 0) {
                    progress.accept(counts.read);
                }
            });
            flush(batch, counts);
        } catch (IOException e) {
            throw new EventLogException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (tally.read == 0) {
            throw new RejectedFile(file + ": the file is empty: it holds no events");
        }
        return tally.report();
    }

    private void readRow(int line, String raw, Supplier<Event> parse, Function<String, String> valueOf,
                         ImportTally tally, List<ImportBatch.Row> batch) {
        tally.read++;
        try {
            Event event = TextLimits.check(parse.get());
            int first = tally.ids.firstLine(event.id(), line);
            if (first != 0) {
                throw new InvalidField("id", "'" + event.id() + "' is already on line " + first
                        + " of this file; give each event once per file");
            }
            batch.add(new ImportBatch.Row(line, raw, valueOf, event, EventContent.hash(event)));
        } catch (InvalidField e) {
            reject(tally, line, e, valueOf, raw);
        } catch (RuntimeException e) {
            throw storeFailure(tally, line, e);
        }
    }

    private void flush(List<ImportBatch.Row> batch, ImportTally tally) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            ImportBatch.Outcome outcome = new ImportBatch(store).resolve(batch);
            outcome.rejected().forEach((row, e) -> reject(tally, row.line(), e, row.valueOf(), row.raw()));
            tally.unchanged += outcome.unchanged();
            tally.imported += outcome.imported();
            tally.revised += outcome.revised();
            if (!tally.dryRun) {
                writer.insertSources(outcome.newSources());
                writer.insertAll(outcome.revisions());
            }
        } catch (RuntimeException e) {
            throw storeFailure(tally, batch.get(0).line(), e);
        }
        batch.clear();
    }

    private void reject(ImportTally tally, int line, InvalidField e, Function<String, String> valueOf, String raw) {
        Rejection rejection = new Rejection(tally.file, line, e.field(), e.getMessage(), valueOf.apply(e.field()));
        tally.rejected(rejection);
        if (!tally.dryRun) {
            quarantine.keep(rejection, tally.format, raw);
        }
    }

    /** Not a fault of a row that the checks know: the import stops and, in one transaction, stores nothing. */
    private static EventLogException storeFailure(ImportTally tally, int line, RuntimeException e) {
        return new EventLogException(tally.file + ":" + line + ": could not store the rows from here on ("
                + e.getMessage() + "); nothing from this file was imported", e);
    }
}
