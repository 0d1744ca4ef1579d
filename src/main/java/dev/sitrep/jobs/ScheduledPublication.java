package dev.sitrep.jobs;

import dev.sitrep.core.IsoWeek;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a Quartz firing does: publish the edition for the ISO week that ended before the fire time, in
 * the job's own time zone. Quartz creates it through Spring, so its collaborators come by constructor.
 * <p>
 * When the database is unreachable, the firing is retried by a one-shot trigger for the same Quartz job
 * that carries the period and the attempt number: a retry publishes the week of the firing that failed
 * (not the week of its own fire time), survives a restart, and may run on any node of a cluster.
 */
@DisallowConcurrentExecution
class ScheduledPublication implements Job {

    static final String JOB_ID = "sitrepJob";
    static final String ZONE = "zone";
    /** On a retry trigger only: the period of the firing that failed, and which retry this is. */
    static final String PERIOD = "period";
    static final String RETRY = "retry";
    private static final Logger log = LoggerFactory.getLogger(ScheduledPublication.class);

    private final EditionPublisher publisher;
    private final OutageRetry retries;
    private final Clock clock;

    ScheduledPublication(EditionPublisher publisher, OutageRetry retries, Clock clock) {
        this.publisher = publisher;
        this.retries = retries;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobDataMap data = context.getMergedJobDataMap();
        String jobId = data.getString(JOB_ID);
        IsoWeek period = data.containsKey(PERIOD) ? IsoWeek.parse(data.getString(PERIOD))
                : periodFor(context.getScheduledFireTime().toInstant().atZone(ZoneId.of(data.getString(ZONE)))
                        .toLocalDate());
        int retry = data.containsKey(RETRY) ? data.getIntValue(RETRY) : 0;
        try {
            // The run's own line (outcome, version, duration) comes from EditionRunListener.
            publisher.publish(jobId, period.toString());
        } catch (RuntimeException e) {
            Optional<Throwable> outage = OutageRetry.outageIn(e);
            if (outage.isPresent()) {
                retryLater(context, jobId, period, retry + 1, outage.get(), e);
            } else {
                log.error("{} {}: {}", jobId, period, e.getMessage());
            }
            throw new JobExecutionException(e, false);
        }
    }

    private void retryLater(JobExecutionContext context, String jobId, IsoWeek period, int retry, Throwable outage,
                            RuntimeException failure) {
        String cause = outage.getClass().getSimpleName() + ": " + outage.getMessage();
        Optional<Duration> delay = retries.delayBefore(retry, failure);
        if (delay.isEmpty()) {
            log.error("{} {}: database unavailable ({}); gave up after {} retries, run `sitrep publish {} {}`"
                    + " once it is back", jobId, period, cause, retry - 1, jobId, period);
            return;
        }
        Trigger trigger = retryTrigger(context, jobId, period, retry, Date.from(clock.instant().plus(delay.get())));
        try {
            context.getScheduler().scheduleJob(trigger);
            log.warn("{} {}: database unavailable ({}); retry {} of {} at {}", jobId, period, cause, retry,
                    retries.maxAttempts(), trigger.getStartTime().toInstant());
        } catch (SchedulerException e) {
            // Quartz keeps its triggers in the same database, so it may be unable to store the retry.
            log.error("{} {}: database unavailable ({}); the retry could not be scheduled either ({}), run "
                    + "`sitrep publish {} {}` once it is back", jobId, period, cause, e.getMessage(), jobId, period);
        }
    }

    /** A one-shot trigger that fires at once if it was missed (the database was still down, or no node ran). */
    private static Trigger retryTrigger(JobExecutionContext context, String jobId, IsoWeek period, int retry, Date at) {
        return TriggerBuilder.newTrigger()
                .withIdentity(TriggerKey.triggerKey(jobId + "-" + period + "-retry-" + retry,
                        context.getJobDetail().getKey().getGroup()))
                .forJob(context.getJobDetail().getKey())
                .usingJobData(PERIOD, period.toString())
                .usingJobData(RETRY, retry)
                .startAt(at)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    /** The ISO week just ended: a Monday-morning firing publishes the week up to the Sunday before. */
    static IsoWeek periodFor(LocalDate fireDate) {
        return IsoWeek.containing(fireDate).minusWeeks(1);
    }
}
