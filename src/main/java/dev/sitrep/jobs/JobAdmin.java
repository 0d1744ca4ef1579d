package dev.sitrep.jobs;

import dev.sitrep.archive.EditionState;
import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.Editions;
import dev.sitrep.core.IsoWeek;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.stereotype.Service;

/**
 * The jobs as an admin runs them, for the command line and the HTTP API alike: list with their state,
 * reload the definitions, pause and resume (in Quartz's tables, so it holds across restarts and on
 * every node), and run one now.
 */
@Service
public class JobAdmin {

    private static final int NEXT_FIRINGS = 3;

    private final JobCatalog catalog;
    private final Schedules schedules;
    private final Scheduler scheduler;
    private final EditionPublisher publisher;
    private final Editions editions;
    private final Clock clock;

    JobAdmin(JobCatalog catalog, Schedules schedules, Scheduler scheduler, EditionPublisher publisher,
             Editions editions, Clock clock) {
        this.catalog = catalog;
        this.schedules = schedules;
        this.scheduler = scheduler;
        this.publisher = publisher;
        this.editions = editions;
        this.clock = clock;
    }

    public Schedules.ReloadReport reload() {
        return schedules.reload();
    }

    public List<JobStatus> list() {
        return catalog.load().stream().map(this::status).toList();
    }

    public JobStatus status(String jobId) {
        return catalog.load().stream().filter(e -> e.id().equals(jobId)).findFirst().map(this::status)
                .orElseThrow(() -> unknown(jobId));
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

    private JobStatus status(JobCatalog.Entry entry) {
        try {
            List<? extends Trigger> stored = scheduler.getTriggersOfJob(key(entry.id()));
            String last = lastEdition(entry.id());
            if (!entry.ok()) {
                var detail = scheduler.getJobDetail(key(entry.id()));
                java.time.ZoneId zone = detail == null ? java.time.ZoneOffset.UTC
                        : java.time.ZoneId.of(detail.getJobDataMap().getString(ScheduledPublication.ZONE));
                return new JobStatus(entry.id(), null, JobStatus.State.ERROR, entry.error(), null, null, last,
                        next(stored, entry.id(), zone));
            }
            JobDefinition job = entry.definition();
            JobStatus.State state = stored.isEmpty() ? JobStatus.State.NOT_SCHEDULED
                    : scheduler.getTriggerState(TriggerKey.triggerKey(job.id(), Schedules.GROUP))
                    == Trigger.TriggerState.PAUSED ? JobStatus.State.PAUSED : JobStatus.State.SCHEDULED;
            // What the scheduler holds, once scheduled (it may predate an edit not yet reloaded).
            List<ZonedDateTime> next = stored.isEmpty()
                    ? job.schedule().nextFireTimes(clock.instant(), NEXT_FIRINGS) : next(stored, job.id(), job.zone());
            return new JobStatus(job.id(), job.title(), state, null, job.cron(), job.zone().getId(), last, next);
        } catch (SchedulerException e) {
            throw new JobStateException("could not read the schedule of " + entry.id() + ": " + e.getMessage());
        }
    }

    private List<ZonedDateTime> next(List<? extends Trigger> triggers, String jobId, java.time.ZoneId zone) {
        return FireTimes.next(triggers, name -> {
            try {
                return scheduler.getCalendar(name);
            } catch (SchedulerException e) {
                throw new JobStateException("could not read calendar " + name + " of " + jobId + ": " + e.getMessage());
            }
        }, Instant.now(clock), NEXT_FIRINGS, zone);
    }

    private String lastEdition(String jobId) {
        if (!jobId.matches("[a-z0-9][a-z0-9-]*")) {
            return null;
        }
        List<EditionVersion> versions = editions.list(jobId, null, null);
        return versions.stream().filter(v -> v.state() == EditionState.PUBLISHED)
                .reduce((a, b) -> b).map(v -> v.period() + " v" + v.version()).orElse(null);
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
        return new UnknownJobException("unknown job '" + jobId + "': no such file in the jobs folder (defined jobs: "
                + catalog.load().stream().map(JobCatalog.Entry::id).toList() + ")");
    }

    private static JobKey key(String jobId) {
        return JobKey.jobKey(jobId, Schedules.GROUP);
    }
}
