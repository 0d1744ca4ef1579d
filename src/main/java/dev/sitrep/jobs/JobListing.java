package dev.sitrep.jobs;

import dev.sitrep.archive.EditionState;
import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.Editions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.stereotype.Service;

/**
 * The jobs with their state as the scheduler's tables hold it, their next firings and last edition: what
 * {@code jobs list} shows, read without the publishing machinery {@link JobAdmin} also drives.
 */
@Service
public class JobListing {

    private static final int NEXT_FIRINGS = 3;

    private final JobCatalog catalog;
    private final Scheduler scheduler;
    private final Editions editions;
    private final Clock clock;

    JobListing(JobCatalog catalog, Scheduler scheduler, Editions editions, Clock clock) {
        this.catalog = catalog;
        this.scheduler = scheduler;
        this.editions = editions;
        this.clock = clock;
    }

    public List<JobStatus> list() {
        return catalog.load().stream().map(this::status).toList();
    }

    public JobStatus status(String jobId) {
        return catalog.load().stream().filter(e -> e.id().equals(jobId)).findFirst().map(this::status)
                .orElseThrow(() -> unknown(catalog, jobId));
    }

    static UnknownJobException unknown(JobCatalog catalog, String jobId) {
        return new UnknownJobException("unknown job '" + jobId + "': no such file in the jobs folder (defined jobs: "
                + catalog.load().stream().map(JobCatalog.Entry::id).toList() + ")");
    }

    private JobStatus status(JobCatalog.Entry entry) {
        try {
            List<? extends Trigger> stored = scheduler.getTriggersOfJob(JobAdmin.key(entry.id()));
            LatestEditions last = latest(entry.id());
            if (!entry.ok()) {
                var detail = scheduler.getJobDetail(JobAdmin.key(entry.id()));
                java.time.ZoneId zone = detail == null ? java.time.ZoneOffset.UTC
                        : java.time.ZoneId.of(detail.getJobDataMap().getString(ScheduledPublication.ZONE));
                return new JobStatus(entry.id(), null, JobStatus.State.ERROR, entry.error(), null, null, last.weekly(), last.flash(),
                        next(stored, entry.id(), zone));
            }
            JobDefinition job = entry.definition();
            JobStatus.State state = stored.isEmpty() ? JobStatus.State.NOT_SCHEDULED
                    : scheduler.getTriggerState(TriggerKey.triggerKey(job.id(), Schedules.GROUP))
                    == Trigger.TriggerState.PAUSED ? JobStatus.State.PAUSED : JobStatus.State.SCHEDULED;
            // What the scheduler holds, once scheduled (it may predate an edit not yet reloaded).
            List<ZonedDateTime> next = stored.isEmpty()
                    ? job.schedule().nextFireTimes(clock.instant(), NEXT_FIRINGS) : next(stored, job.id(), job.zone());
            return new JobStatus(job.id(), job.title(), state, null, job.cron(), job.zone().getId(), last.weekly(),
                    last.flash(), next);
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

    private LatestEditions latest(String jobId) {
        if (!jobId.matches("[a-z0-9][a-z0-9-]*")) {
            return LatestEditions.NONE;
        }
        return LatestEditions.of(editions.list(jobId, null, null));
    }

    /**
     * The latest published weekly edition (by period, then version) and, apart, the latest flash (by its data's
     * date): a flash published after Monday's edition is not the job's "last edition".
     */
    record LatestEditions(String weekly, String flash) {

        static final LatestEditions NONE = new LatestEditions(null, null);

        static LatestEditions of(List<EditionVersion> versions) {
            List<EditionVersion> published = versions.stream().filter(v -> v.state() == EditionState.PUBLISHED).toList();
            String weekly = published.stream().filter(v -> !v.period().startsWith("flash-"))
                    .max(Comparator.comparing(EditionVersion::period).thenComparingInt(EditionVersion::version))
                    .map(LatestEditions::label).orElse(null);
            String flash = published.stream().filter(v -> v.period().startsWith("flash-"))
                    .max(Comparator.comparing(EditionVersion::asOf, Comparator.nullsFirst(Comparator.naturalOrder()))
                            .thenComparingLong(EditionVersion::id))
                    .map(LatestEditions::label).orElse(null);
            return new LatestEditions(weekly, flash);
        }

        private static String label(EditionVersion v) {
            return v.period() + " v" + v.version();
        }
    }

}
