package dev.sitrep.jobs;

import dev.sitrep.core.IsoWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a Quartz firing does: publish the edition for the ISO week that ended before the fire time, in
 * the job's own time zone. Quartz creates it through Spring, so its collaborators come by constructor.
 */
@DisallowConcurrentExecution
class ScheduledPublication implements Job {

    static final String JOB_ID = "sitrepJob";
    static final String ZONE = "zone";
    private static final Logger log = LoggerFactory.getLogger(ScheduledPublication.class);

    private final EditionPublisher publisher;

    ScheduledPublication(EditionPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String jobId = context.getMergedJobDataMap().getString(JOB_ID);
        ZoneId zone = ZoneId.of(context.getMergedJobDataMap().getString(ZONE));
        IsoWeek period = periodFor(context.getScheduledFireTime().toInstant().atZone(zone).toLocalDate());
        try {
            PublishOutcome outcome = publisher.publish(jobId, period.toString());
            log.info("{} {}: {}", jobId, period, outcome.published()
                    ? "published v" + outcome.version() + " in " + outcome.folder()
                    : "unchanged since v" + outcome.version() + ", nothing published");
        } catch (RuntimeException e) {
            log.error("{} {}: {}", jobId, period, e.getMessage());
            throw new JobExecutionException(e, false);
        }
    }

    /** The ISO week just ended: a Monday-morning firing publishes the week up to the Sunday before. */
    static IsoWeek periodFor(LocalDate fireDate) {
        return IsoWeek.containing(fireDate).minusWeeks(1);
    }
}
