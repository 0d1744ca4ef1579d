package dev.sitrep.jobs;

import dev.sitrep.core.IsoWeek;
import dev.sitrep.events.Event;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times a flash assessment of one event the way publishFlash makes it (gather, trend, prognosis,
 * compose, render; the publish step's atomic write is left out so that every run does the full work),
 * after warm-up runs; and on their own the indexed read of the related events of the baseline window
 * and the counts of the series behind the job's scenarios (by index, or a pass over the log; see FlashSeries).
 */
@Service
public class FlashBenchmark {

    private final JobCatalog catalog;
    private final FlashSteps steps;
    private final FlashGatherer gatherer;
    private final dev.sitrep.events.EventLog events;
    private final SitrepSettings settings;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    FlashBenchmark(JobCatalog catalog, FlashSteps steps, dev.sitrep.events.EventLog events,
                   dev.sitrep.judgments.Judgments judgments, SitrepSettings settings, PlatformTransactionManager tx,
                   Clock clock) {
        this.catalog = catalog;
        this.steps = steps;
        this.gatherer = new FlashGatherer(events, judgments);
        this.events = events;
        this.settings = settings;
        this.readOnly = new TransactionTemplate(tx);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** Medians in milliseconds over the timed runs, and how many related events the window held. */
    public record Result(int related, double relatedMs, double seriesPassMs, double gatherMs, double analysisMs, double composeMs,
                         double renderMs, double totalMs) {
    }

    public Result run(String jobId, String eventId, int warmups, int runs) {
        JobDefinition job = catalog.find(jobId);
        double[][] ms = new double[7][runs];
        int related = 0;
        for (int i = 0; i < warmups + runs; i++) {
            Instant asOf = clock.instant();
            FlashSteps.FlashRun run = new FlashSteps.FlashRun(jobId, eventId, asOf, false);
            EditionWork work = new EditionWork(settings.workDir(), -1_000_000L - i);
            try {
                long t0 = System.nanoTime();
                Event e = gatherer.event(eventId, asOf);
                IsoWeek week = IsoWeek.containing(e.occurred());
                related = readOnly.execute(status -> gatherer.related(job, e, RelatedEvents.seriesOf(e),
                        week.minusWeeks(job.baselineWeeks()).monday(), week.sunday(), asOf)).size();
                long s0 = System.nanoTime();
                readOnly.executeWithoutResult(status -> new FlashSeries(events).jobSeriesCounts(job, week, asOf, new InputsHash()));
                long s1 = System.nanoTime();
                long t1 = System.nanoTime();
                readOnly.executeWithoutResult(status -> steps.gather(run, work));
                long t2 = System.nanoTime();
                steps.trend(run, work);
                steps.prognosis(run, work);
                long t3 = System.nanoTime();
                steps.compose(run, work);
                long t4 = System.nanoTime();
                steps.render(run, work);
                long t5 = System.nanoTime();
                if (i >= warmups) {
                    int r = i - warmups;
                    ms[0][r] = (s0 - t0) / 1e6;
                    ms[1][r] = (t2 - t1) / 1e6;
                    ms[2][r] = (t3 - t2) / 1e6;
                    ms[3][r] = (t4 - t3) / 1e6;
                    ms[4][r] = (t5 - t4) / 1e6;
                    ms[5][r] = (t5 - t1) / 1e6;
                    ms[6][r] = (s1 - s0) / 1e6;
                }
            } finally {
                work.clear();
            }
        }
        return new Result(related, median(ms[0]), median(ms[6]), median(ms[1]), median(ms[2]), median(ms[3]), median(ms[4]),
                median(ms[5]));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
