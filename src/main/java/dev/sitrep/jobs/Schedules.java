package dev.sitrep.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.stereotype.Service;

/** Puts every job of jobs/*.yml on the Quartz scheduler (replacing what was there) and starts it. */
@Service
public class Schedules {

    static final String GROUP = "sitrep";

    private final JobCatalog catalog;
    private final Scheduler scheduler;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    /**
     * Spring's Quartz job store takes its locks (SELECT ... FOR UPDATE on QRTZ_LOCKS) on the caller's
     * connection: outside a transaction each statement commits at once and the lock protects nothing, so
     * two nodes starting together both insert the same job (ClusterOnPostgresTest saw the duplicate key).
     */
    Schedules(JobCatalog catalog, Scheduler scheduler, org.springframework.transaction.PlatformTransactionManager tx) {
        this.catalog = catalog;
        this.scheduler = scheduler;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(tx);
    }

    /** Schedules every defined job and returns each one's next fire time. */
    public List<ScheduledJob> scheduleAll() {
        return transaction.execute(status -> scheduleAllInTransaction());
    }

    private List<ScheduledJob> scheduleAllInTransaction() {
        List<ScheduledJob> scheduled = new ArrayList<>();
        try {
            for (JobDefinition job : catalog.all()) {
                JobDetail detail = JobBuilder.newJob(ScheduledPublication.class)
                        .withIdentity(JobKey.jobKey(job.id(), GROUP))
                        .usingJobData(ScheduledPublication.JOB_ID, job.id())
                        .usingJobData(ScheduledPublication.ZONE, job.zone().getId())
                        .requestRecovery(true)
                        .storeDurably()
                        .build();
                CronTrigger trigger = TriggerBuilder.newTrigger()
                        .withIdentity(TriggerKey.triggerKey(job.id(), GROUP))
                        .withSchedule(CronScheduleBuilder.cronSchedule(job.cron())
                                .inTimeZone(TimeZone.getTimeZone(job.zone()))
                                .withMisfireHandlingInstructionFireAndProceed())
                        .build();
                scheduler.scheduleJob(detail, Set.of(trigger), true);
                Date next = scheduler.getTrigger(trigger.getKey()).getNextFireTime();
                scheduled.add(new ScheduledJob(job.id(), job.cron(), job.zone().getId(),
                        next == null ? null : next.toInstant()));
            }
            return scheduled;
        } catch (SchedulerException e) {
            throw new JobDefinitionException("could not schedule the jobs: " + e.getMessage());
        }
    }

    public void start() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw new JobDefinitionException("could not start the scheduler: " + e.getMessage());
        }
    }

    /** A job on the schedule and when it next fires. */
    public record ScheduledJob(String jobId, String cron, String zone, Instant nextFire) {
    }
}
