package dev.sitrep.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The event log's one entry point: import files into it, and gather what it said as of a moment. */
@Service
public class EventLog {

    private final EventStore store;
    private final Quarantine quarantine;
    private final EventImporter importer;
    private final TransactionTemplate transactions;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    EventLog(JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transactions, Clock clock,
             org.springframework.context.ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.store = new EventStore(jdbc, batches);
        this.quarantine = new Quarantine(jdbc, clock);
        this.importer = new EventImporter(store, new EventWriter(batches), quarantine, clock);
        this.transactions = transactions;
    }

    /** Imports one file in one transaction; rejected rows are quarantined with their reasons. */
    public ImportReport importFile(Path file, String format, boolean dryRun) {
        return importFile(file, format, dryRun, rows -> { });
    }

    /**
     * Imports one file in one transaction. Rejected rows are quarantined; a file rejected as a whole
     * (not UTF-8, empty, a header of no known format) stores nothing but its rejection, and is thrown.
     * {@code progress} hears the count of rows read, every {@value EventImporter#PROGRESS_EVERY}.
     */
    public ImportReport importFile(Path file, String format, boolean dryRun, LongConsumer progress) {
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw new EventLogException("cannot read " + file + ": no such file, or not readable");
        }
        try {
            return announced(transactions.execute(status -> importer.importFile(file, format, dryRun, progress)));
        } catch (RejectedFile e) {
            if (!dryRun) {
                // The file is named by the quarantine's own column; the line it was refused at stays in the reason.
                java.util.regex.Matcher named = Pattern.compile("^" + Pattern.quote(file.toString()) + "(?::(\\d+))?: ")
                        .matcher(e.getMessage());
                String reason = !named.lookingAt() ? e.getMessage() : (named.group(1) == null ? ""
                        : "line " + named.group(1) + ": ") + e.getMessage().substring(named.end());
                transactions.executeWithoutResult(status -> quarantine.keep(
                        new Rejection(file.toString(), 0, null, reason, null), format, null));
            }
            throw e;
        }
    }

    /**
     * Imports events given as JSON objects (the HTTP API), all or nothing: if any is rejected, none is
     * stored, and the rejections are kept in the quarantine under {@code origin} and returned.
     */
    public ImportReport importJson(List<String> objects, String origin) {
        ImportReport report = transactions.execute(status -> {
            ImportReport r = importer.importJson(objects, origin, false);
            if (r.rejected() > 0) {
                status.setRollbackOnly();
            }
            return r;
        });
        if (report.rejected() > 0) {
            transactions.executeWithoutResult(status ->
                    report.rejections().forEach(r -> quarantine.keep(r, "sitrep-jsonl", objects.get(r.line() - 1))));
            return report;
        }
        announced(report);
        return report;
    }

    /**
     * Tells listeners (flash rules) what a committed import stored. Listeners that must see the rows use
     * {@code @TransactionalEventListener}: inside a caller's transaction they hear of it once that commits.
     */
    private ImportReport announced(ImportReport report) {
        if (!report.dryRun() && !report.storedEventIds().isEmpty()) {
            publisher.publishEvent(new EventsImported(report.file(), report.storedEventIds(), report.unlistedEvents()));
        }
        return report;
    }

    /** The rejected rows and files kept in the quarantine, newest first. */
    public List<Rejection> rejected(String file, int limit) {
        return quarantine.list(file, limit);
    }

    /** As {@link #rejected}, each with the raw text of its row or stretch as the file had it. */
    public List<Quarantined> rejectedWithText(String file, int limit) {
        return quarantine.listWithText(file, limit);
    }

    /** The rejections kept from {@code from} (inclusive) to {@code to} (exclusive), oldest first, at most {@code limit}. */
    public List<Rejection> rejectedBetween(Instant from, Instant to, int limit) {
        return quarantine.between(from, to, limit);
    }

    /** How many rejections were kept from {@code from} (inclusive) to {@code to} (exclusive). */
    public int countRejectedBetween(Instant from, Instant to) {
        return quarantine.countBetween(from, to);
    }

    /**
     * Every event that occurred by {@code until}, each at its latest revision recorded by {@code asOf}, in
     * no particular order, one at a time: for passes over the whole log in flat memory. Call it inside a
     * transaction so that PostgreSQL streams the rows.
     */
    public void forEachAsOf(Instant asOf, LocalDate until, java.util.function.Consumer<Event> sink) {
        store.forEachAsOf(asOf, until, sink);
    }

    /**
     * As {@link #forEachAsOf}, each event without its sources (empty): for passes that only count, which
     * then need not look up a chunk's sources.
     */
    public void forEachCountedAsOf(Instant asOf, LocalDate until, java.util.function.Consumer<Event> sink) {
        store.forEachAsOf(asOf, until, false, sink);
    }

    /**
     * For benchmarks: the same rows as {@link #forEachAsOf}, exported raw by PostgreSQL's
     * {@code COPY (SELECT ...) TO STDOUT}, the floor any pass over the log can be compared with.
     * Returns the number of rows; on another database it says there is no COPY.
     */
    public long copyOutAsOf(Instant asOf, LocalDate until, java.io.OutputStream out) {
        return store.copyOutAsOf(asOf, until, out);
    }

    /** The events of the log as of a moment, up to a day, that pass a filter, streamed in one read-only pass. */
    public List<Event> select(Instant asOf, LocalDate until, java.util.function.Predicate<Event> filter) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        List<Event> selected = new java.util.ArrayList<>();
        readOnly.executeWithoutResult(status -> store.forEachAsOf(asOf, until, e -> {
            if (filter.test(e)) {
                selected.add(e);
            }
        }));
        selected.sort(java.util.Comparator.comparing(Event::occurred).thenComparing(Event::id));
        return selected;
    }

    /** One event at its latest revision recorded by {@code asOf}; empty when the log had no such event then. */
    public java.util.Optional<Event> find(String eventId, Instant asOf) {
        return store.latestAsOf(java.util.Set.of(eventId), asOf).stream().findFirst();
    }

    /** These events at their latest revisions recorded by {@code asOf}, in date order; unknown ids are left out. */
    public List<Event> find(java.util.Set<String> eventIds, Instant asOf) {
        return store.latestAsOf(eventIds, asOf);
    }

    /**
     * The events of one type (and sub-type, when not null) that occurred from {@code from} to {@code to}
     * (inclusive) and name one of {@code actors} (any, when empty), at their latest revisions recorded by
     * {@code asOf}, in date order: an indexed look-up, for flash assessments.
     */
    public List<Event> ofTypeBetween(String type, String subType, List<String> actors, LocalDate from, LocalDate to,
                                     Instant asOf) {
        return store.ofTypeBetween(type, subType, actors, from, to, asOf);
    }

    /**
     * Each event located in governorate {@code admin1} that occurred from {@code from} to {@code to}, at its latest
     * revision recorded by {@code asOf}, as a count needs it (date, precision, type, country, deaths, tags): a
     * flash counts the weeks of the event's governorate to find the episode it belongs to.
     */
    public List<AreaTally> areaTallies(String admin1, LocalDate from, LocalDate to, Instant asOf) {
        return store.areaTallies(admin1, from, to, asOf);
    }

    /** As {@link #areaTallies}, the events whole, in date order: for the weeks an episode is named from. */
    public List<Event> inAreaBetween(String admin1, LocalDate from, LocalDate to, Instant asOf) {
        return store.inAreaBetween(admin1, from, to, asOf);
    }

    /** Whether the database can export with COPY (PostgreSQL). */
    public boolean canCopyOut() {
        return store.isPostgres();
    }

    /** The sources with these keys that the log has. */
    public java.util.Map<String, Source> sources(java.util.Set<String> keys) {
        return store.sources(keys);
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
