package dev.sitrep.jobs;

import dev.sitrep.analysis.prognosis.CountSeries;
import dev.sitrep.analysis.prognosis.SeriesHistory;
import dev.sitrep.analysis.prognosis.SeriesSpec;
import dev.sitrep.events.EventLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A job's tracked series over the whole log as of now, counted the way the edition counts them (the job's
 * countries, coverage start and series filters), for a backtest of its forecasts.
 */
@Service
public class TrackedSeries {

    private final JobCatalog catalog;
    private final EventLog events;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    TrackedSeries(JobCatalog catalog, EventLog events, PlatformTransactionManager tx, Clock clock) {
        this.catalog = catalog;
        this.events = events;
        this.readOnly = new TransactionTemplate(tx);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** The series named in {@code only} (all of the job's when empty), in the job's order. */
    public List<CountSeries> weekly(String jobId, List<String> only) {
        JobDefinition job = catalog.find(jobId);
        List<SeriesSpec> specs = job.prognosis().series().stream()
                .filter(s -> only.isEmpty() || only.contains(s.id())).toList();
        for (String id : only) {
            if (specs.stream().noneMatch(s -> s.id().equals(id))) {
                throw new JobRequestException("job " + jobId + " tracks no series '" + id + "'; it tracks "
                        + job.prognosis().seriesIds());
            }
        }
        SeriesHistory history = new SeriesHistory(specs, job.coverageFrom());
        LocalDate today = LocalDate.now(clock);
        readOnly.executeWithoutResult(status -> events.forEachAsOf(clock.instant(), today, e -> {
            if (job.countries().isEmpty() || job.countries().contains(e.place().country())) {
                history.accept(Gatherer.observation(e));
            }
        }));
        return history.counts();
    }
}
