package dev.sitrep.jobs;

import dev.sitrep.core.IsoWeek;
import dev.sitrep.events.EventLog;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times the gather step's work (one streaming pass that counts the whole log up to the period's end)
 * against PostgreSQL exporting the same rows raw with COPY, so the figure says how close to the
 * database's own speed the pass runs.
 */
@Service
public class GatherBenchmark {

    private final JobCatalog catalog;
    private final Gatherer gatherer;
    private final EventLog events;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    GatherBenchmark(JobCatalog catalog, EditionSteps steps, EventLog events, PlatformTransactionManager tx,
                    Clock clock) {
        this.catalog = catalog;
        this.gatherer = steps.gatherer();
        this.events = events;
        this.readOnly = new TransactionTemplate(tx);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** Seconds for the gather pass, the period events it kept, and seconds and rows of the raw COPY (NaN, -1: no COPY). */
    public record Result(double gatherSeconds, int keptEvents, double copySeconds, long copyRows) {
    }

    public Result run(String jobId, String period) {
        JobDefinition job = catalog.find(jobId);
        IsoWeek week = EditionPublisher.parsePeriod(period);
        Instant asOf = clock.instant();
        long t0 = System.nanoTime();
        Digest digest = readOnly.execute(status -> gatherer.gather(job, week, asOf));
        double gather = (System.nanoTime() - t0) / 1e9;
        if (!events.canCopyOut()) {
            return new Result(gather, digest.events().size(), Double.NaN, -1);
        }
        long t1 = System.nanoTime();
        long rows = readOnly.execute(status -> events.copyOutAsOf(asOf, week.sunday(), OutputStream.nullOutputStream()));
        return new Result(gather, digest.events().size(), (System.nanoTime() - t1) / 1e9, rows);
    }
}
