package dev.sitrep.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps Quartz's schedule in step with jobs/*.yml: adds new jobs, updates changed ones (keeping a
 * paused job paused), removes those whose file is gone. A file with a mistake is reported and leaves
 * the other jobs alone; its job keeps the schedule it had (its firings fail, naming the mistake, until
 * the file is fixed), so a typo cannot quietly resume a paused job or drop its retries.
 */
@Service
public class Schedules {

    static final String GROUP = "sitrep";
    /** On the Quartz job: the fingerprint of the schedule it was stored with, to tell what changed. */
    static final String SCHEDULE = "schedule";

    private final JobCatalog catalog;
    private final Scheduler scheduler;
    private final TransactionTemplate transaction;

    /**
     * Spring's Quartz job store takes its locks (SELECT ... FOR UPDATE on QRTZ_LOCKS) on the caller's
     * connection: outside a transaction each statement commits at once and the lock protects nothing, so
     * two nodes starting together both insert the same job (ClusterOnPostgresTest saw the duplicate key).
     */
    Schedules(JobCatalog catalog, Scheduler scheduler, PlatformTransactionManager tx) {
        this.catalog = catalog;
        this.scheduler = scheduler;
        this.transaction = new TransactionTemplate(tx);
    }

    /** Reads jobs/*.yml again and brings the schedule in line; says what changed for each job. */
    public ReloadReport reload() {
        return transaction.execute(status -> {
            try {
                return reloadInTransaction();
            } catch (SchedulerException e) {
                throw new JobStateException("could not update the schedule in the database: " + e.getMessage());
            }
        });
    }

    /** Pauses or resumes a job's firings, under the same lock-holding transaction as every other write. */
    void setPaused(JobKey key, boolean paused) {
        transaction.executeWithoutResult(status -> {
            try {
                if (paused) {
                    scheduler.pauseJob(key);
                } else {
                    scheduler.resumeJob(key);
                }
            } catch (SchedulerException e) {
                throw new JobStateException("could not " + (paused ? "pause " : "resume ") + key.getName() + ": "
                        + e.getMessage());
            }
        });
    }

    private ReloadReport reloadInTransaction() throws SchedulerException {
        List<Change> changes = new ArrayList<>();
        Set<String> inFiles = new HashSet<>();
        Set<JobKey> stored = scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP));
        for (JobCatalog.Entry entry : catalog.load()) {
            inFiles.add(entry.id());
            JobKey key = JobKey.jobKey(entry.id(), GROUP);
            if (!entry.ok()) {
                changes.add(new Change(entry.id(), ChangeKind.ERROR, entry.error() + (stored.contains(key)
                        ? " (its previous schedule is kept; its firings fail until the file is fixed)"
                        : " (not scheduled)")));
            } else {
                changes.add(put(entry.definition(), key));
            }
        }
        for (JobKey key : stored) {
            if (!inFiles.contains(key.getName())) {
                scheduler.deleteJob(key);
                deleteCalendar(key.getName());
                changes.add(new Change(key.getName(), ChangeKind.REMOVED, "its file is gone: unscheduled"));
            }
        }
        return new ReloadReport(changes);
    }

    private Change put(JobDefinition job, JobKey key) throws SchedulerException {
        JobSchedule schedule = job.schedule();
        JobDetail old = scheduler.getJobDetail(key);
        boolean paused = scheduler.getTriggerState(TriggerKey.triggerKey(key.getName(), GROUP))
                == Trigger.TriggerState.PAUSED;
        // Quartz runs on the system clock, so its triggers start from the system's now.
        List<Trigger> triggers = schedule.triggers(key, Instant.now(), Instant.now().plus(JobSchedule.GAP_HORIZON));
        String described = "cron \"" + schedule.cron() + "\" in " + schedule.zone().getId() + ", misfire "
                + schedule.misfire().yaml + (schedule.excluded().isEmpty() ? "" : ", " + schedule.excluded().size()
                + " excluded date(s)");
        if (old != null && schedule.fingerprint().equals(old.getJobDataMap().getString(SCHEDULE))) {
            addMissingOneShots(key, triggers, paused);
            return new Change(job.id(), ChangeKind.UNCHANGED, described + (paused ? " (paused)" : ""));
        }
        var calendar = schedule.calendar();
        if (calendar.isPresent()) {
            scheduler.addCalendar(JobSchedule.calendarName(job.id()), calendar.get(), true, true);
        }
        for (Trigger t : scheduler.getTriggersOfJob(key)) {
            if (DstGaps.isOneShot(t.getKey(), key)) {
                scheduler.unscheduleJob(t.getKey());
            }
        }
        scheduler.scheduleJob(detail(job, key), new LinkedHashSet<>(triggers), true);
        if (calendar.isEmpty()) {
            deleteCalendar(job.id());
        }
        if (paused) {
            // Replacing a trigger makes it WAITING again: a paused job stays paused until resumed.
            scheduler.pauseJob(key);
        }
        return new Change(job.id(), old == null ? ChangeKind.ADDED : ChangeKind.UPDATED,
                described + (paused ? " (paused)" : ""));
    }

    /** The one-shot DST triggers move forward with the horizon; an unchanged job gets the new ones. */
    private void addMissingOneShots(JobKey key, List<Trigger> triggers, boolean paused) throws SchedulerException {
        for (Trigger t : triggers) {
            if (DstGaps.isOneShot(t.getKey(), key) && !scheduler.checkExists(t.getKey())) {
                scheduler.scheduleJob(t);
                if (paused) {
                    scheduler.pauseTrigger(t.getKey());
                }
            }
        }
    }

    private static JobDetail detail(JobDefinition job, JobKey key) {
        return JobBuilder.newJob(ScheduledPublication.class)
                .withIdentity(key)
                .usingJobData(ScheduledPublication.JOB_ID, job.id())
                .usingJobData(ScheduledPublication.ZONE, job.zone().getId())
                .usingJobData(SCHEDULE, job.schedule().fingerprint())
                .requestRecovery(true)
                .storeDurably()
                .build();
    }

    private void deleteCalendar(String jobId) throws SchedulerException {
        String name = JobSchedule.calendarName(jobId);
        if (scheduler.getCalendarNames().contains(name)) {
            scheduler.deleteCalendar(name);
        }
    }

    public void start() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw new JobDefinitionException("could not start the scheduler: " + e.getMessage());
        }
    }

    /** What a reload did, job by job, in the order of the files (removed jobs last). */
    public record ReloadReport(List<Change> changes) {

        public ReloadReport {
            changes = List.copyOf(changes);
        }

        public boolean hasErrors() {
            return changes.stream().anyMatch(c -> c.kind() == ChangeKind.ERROR);
        }
    }

    /** One job's part in a reload; for an error, the detail is the mistake with its file, line and field. */
    public record Change(String jobId, ChangeKind kind, String detail) {
    }

    public enum ChangeKind {
        ADDED, UPDATED, UNCHANGED, REMOVED, ERROR
    }
}
