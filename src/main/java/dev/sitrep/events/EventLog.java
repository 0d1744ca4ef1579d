package dev.sitrep.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The event log's one entry point: import files into it, and gather what it said as of a moment. */
@Service
public class EventLog {

    private final EventStore store;
    private final EventImporter importer;
    private final TransactionTemplate transactions;

    EventLog(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.store = new EventStore(jdbc);
        this.importer = new EventImporter(store, new Quarantine(jdbc, clock), clock);
        this.transactions = transactions;
    }

    /** Imports one file in one transaction; rejected lines are quarantined with their reasons. */
    public ImportReport importFile(Path file, String format, boolean dryRun) {
        if (!Files.isReadable(file)) {
            throw new EventLogException("cannot read " + file + ": no such file, or not readable");
        }
        if (!"sitrep-jsonl".equals(format)) {
            throw new EventLogException("unknown import format '" + format + "': this version reads sitrep-jsonl");
        }
        return transactions.execute(status -> importer.importJsonl(file, dryRun));
    }

    /** Every event that occurred by {@code until}, each at its latest revision recorded by {@code asOf}. */
    public List<Event> gather(Instant asOf, LocalDate until) {
        return store.latestAsOf(asOf, until);
    }

    public boolean hasSource(String key) {
        return store.source(key).isPresent();
    }

    public boolean hasEvent(String eventId) {
        return store.latestRevision(eventId).isPresent();
    }

    /** When the event occurred, by its latest revision. */
    public java.util.Optional<LocalDate> occurredOf(String eventId) {
        return store.occurred(eventId);
    }
}
