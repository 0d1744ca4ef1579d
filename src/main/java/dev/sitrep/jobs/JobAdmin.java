package dev.sitrep.jobs;

import dev.sitrep.core.IsoWeek;
import java.time.Clock;
import java.util.List;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.stereotype.Service;

/**
 * The jobs as an admin runs them, for the command line and the HTTP API alike: list with their state,
 * reload the definitions, pause and resume (in Quartz's tables, so it holds across restarts and on
 * every node), and run one now.
 */
@Service
public class JobAdmin {

    private final JobListing listing;
    private final JobCatalog catalog;
    private final Schedules schedules;
    private final Scheduler scheduler;
    private final EditionPublisher publisher;
    private final Clock clock;

    JobAdmin(JobListing listing, JobCatalog catalog, Schedules schedules, Scheduler scheduler,
             EditionPublisher publisher, Clock clock) {
        this.listing = listing;
        this.catalog = catalog;
        this.schedules = schedules;
        this.scheduler = scheduler;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Schedules.ReloadReport reload() {
        return schedules.reload();
    }

    public List<JobStatus> list() {
        return listing.list();
    }

    public JobStatus status(String jobId) {
        return listing.status(jobId);
    }

    public JobStatus pause(String jobId) {
        scheduled(jobId, "pause");
        schedules.setPaused(key(jobId), true);
        return status(jobId);
    }

    public JobStatus resume(String jobId) {
        scheduled(jobId, "resume");
        schedules.setPaused(key(jobId), false);
        return status(jobId);
    }

    /** Publishes now; without a period, the ISO week just ended in the job's zone, as a firing would. */
    public PublishOutcome run(String jobId, String period) {
        JobDefinition job = catalog.find(jobId);
        IsoWeek week = period == null
                ? ScheduledPublication.periodFor(clock.instant().atZone(job.zone()).toLocalDate())
                : parse(period);
        return publisher.publish(jobId, week.toString());
    }

    private static IsoWeek parse(String period) {
        try {
            return IsoWeek.parse(period);
        } catch (IllegalArgumentException e) {
            throw new JobRequestException("bad period: " + e.getMessage());
        }
    }

    /** A job with a broken yml may still be paused: it keeps its previous schedule until the file is fixed. */
    private void scheduled(String jobId, String verb) {
        try {
            if (scheduler.checkExists(key(jobId))) {
                return;
            }
            if (catalog.load().stream().noneMatch(e -> e.id().equals(jobId))) {
                throw unknown(jobId);
            }
            throw new JobStateException("cannot " + verb + " " + jobId + ": it is not on the schedule yet; run "
                    + "`sitrep jobs reload` (or start `sitrep serve`) first");
        } catch (SchedulerException e) {
            throw new JobStateException("could not read the schedule of " + jobId + ": " + e.getMessage());
        }
    }

    private UnknownJobException unknown(String jobId) {
        return JobListing.unknown(catalog, jobId);
    }

    static JobKey key(String jobId) {
        return JobKey.jobKey(jobId, Schedules.GROUP);
    }
}
