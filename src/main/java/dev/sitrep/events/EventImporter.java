package dev.sitrep.events;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Imports a file as a stream of rows: good rows are appended in batches, bad ones quarantined with their
 * reasons, none lost. Rows are parsed on a second thread (RowReader) while this one, which holds the
 * transaction, stores them. Memory stays flat whatever the file's size: a few batches, the ids seen
 * (as hashes), and the first rejections for the report.
 */
class EventImporter {

    static final int PROGRESS_EVERY = 100_000;
    static final int BATCH = 2_000;
    /** Statistics are refreshed after this many rows, then after twice as many, and so on. */
    static final int FIRST_STATISTICS = 20_000;

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
        try {
            return importRows(file.toString(), ImportFormats.open(file, format, clock.instant()), dryRun, progress);
        } catch (IOException e) {
            throw new EventLogException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Imports JSON objects given in memory; {@code origin} names them in rejections. */
    ImportReport importJson(List<String> objects, String origin, boolean dryRun) {
        try {
            return importRows(origin, new JsonLinesSource(objects, clock.instant()), dryRun, rows -> { });
        } catch (IOException e) {
            throw new EventLogException(origin + ": " + e.getMessage(), e);
        }
    }

    private ImportReport importRows(String name, ImportSource source, boolean dryRun, LongConsumer progress)
            throws IOException {
        ImportTally tally = new ImportTally(name, source.format(), dryRun);
        try (RowReader rows = new RowReader(source, BATCH)) {
            long nextStatistics = FIRST_STATISTICS;
            List<RowReader.Parsed> batch;
            while ((batch = rows.next()) != null) {
                store(batch, tally);
                if (tally.read / PROGRESS_EVERY != (tally.read - batch.size()) / PROGRESS_EVERY) {
                    progress.accept(tally.read);
                }
                if (tally.read >= nextStatistics) {
                    writer.refreshStatistics();
                    nextStatistics *= 2;
                }
            }
        }
        if (tally.read == 0) {
            throw new RejectedFile(name + ": the file is empty: it holds no events");
        }
        return tally.report();
    }

    private void store(List<RowReader.Parsed> batch, ImportTally tally) {
        tally.read += batch.size();
        List<ImportBatch.Row> good = new ArrayList<>(batch.size());
        for (RowReader.Parsed p : batch) {
            if (p.refused() != null) {
                reject(tally, p.line(), p.refused(), p.valueOf(), p.raw());
            } else {
                good.add(new ImportBatch.Row(p.line(), p.raw(), p.valueOf(), p.event(), p.hash()));
            }
        }
        if (good.isEmpty()) {
            return;
        }
        try {
            ImportBatch.Outcome outcome = new ImportBatch(store).resolve(good, tally.pendingSources);
            if (tally.dryRun) {
                outcome.newSources().forEach(src -> tally.pendingSources.put(src.key(), src));
            }
            outcome.rejected().forEach((row, e) -> reject(tally, row.line(), e, row.valueOf(), row.raw()));
            tally.unchanged += outcome.unchanged();
            tally.imported += outcome.imported();
            tally.revised += outcome.revised();
            if (!tally.dryRun) {
                writer.insertSources(outcome.newSources());
                writer.insertAll(outcome.revisions());
                outcome.revisions().forEach(r -> tally.stored(r.event().id()));
            }
        } catch (RuntimeException e) {
            throw storeFailure(tally, good.get(0).line(), e);
        }
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
