package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.JobExecutionContextImpl;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.spi.OperableTrigger;
import org.quartz.spi.TriggerFiredBundle;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** A firing that meets an unreachable database is retried later, for the week of the firing that failed. */
class ScheduledPublicationRetryTest {

    /** Monday 1 December 2025, 06:00 in Damascus: the firing that publishes 2025-W48. */
    private static final Instant MONDAY = Instant.parse("2025-12-01T03:00:00Z");
    private static final Instant NOW = MONDAY.plusSeconds(40);

    private final EditionPublisher publisher = mock(EditionPublisher.class);
    private final ScheduledPublication publication = new ScheduledPublication(publisher,
            new OutageRetry(null, null, null), Clock.fixed(NOW, ZoneOffset.UTC));
    private final RuntimeException outage = new PublishFailedException("could not start publishEdition",
            new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLException("Connection refused", "08001")));
    private Scheduler scheduler;
    private JobDetail job;

    @BeforeEach
    void ramScheduler() throws SchedulerException {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "retry-test-" + UUID.randomUUID());
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        properties.setProperty("org.quartz.threadPool.threadCount", "1");
        scheduler = new StdSchedulerFactory(properties).getScheduler();
        job = JobBuilder.newJob(ScheduledPublication.class).withIdentity("syria-weekly", Schedules.GROUP)
                .usingJobData(ScheduledPublication.JOB_ID, "syria-weekly")
                .usingJobData(ScheduledPublication.ZONE, "Asia/Damascus")
                .storeDurably().build();
        scheduler.addJob(job, false);
    }

    @AfterEach
    void shutdown() throws SchedulerException {
        scheduler.shutdown();
    }

    @Test
    void anOutageFailsTheFiringWithoutRefireAndSchedulesOneRetryInAMinuteForTheSameWeek() throws Exception {
        doThrow(outage).when(publisher).publish("syria-weekly", "2025-W48");

        assertThatThrownBy(() -> publication.execute(firing(cron(), MONDAY)))
                .isInstanceOfSatisfying(JobExecutionException.class, e -> assertThat(e.refireImmediately()).isFalse());

        Trigger retry = scheduler.getTrigger(TriggerKey.triggerKey("syria-weekly-2025-W48-retry-1", Schedules.GROUP));
        assertThat(retry.getJobKey()).isEqualTo(job.getKey());
        assertThat(retry.getStartTime().toInstant()).isEqualTo(NOW.plusSeconds(60));
        assertThat(retry.getNextFireTime().toInstant()).isEqualTo(NOW.plusSeconds(60));
        assertThat(retry.getJobDataMap().getString(ScheduledPublication.PERIOD)).isEqualTo("2025-W48");
        assertThat(retry.getJobDataMap().getIntValue(ScheduledPublication.RETRY)).isEqualTo(1);
        assertThat(retry.getMisfireInstruction()).isEqualTo(
                org.quartz.SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW);
    }

    @Test
    void aRetryPublishesTheWeekOfTheFailedFiringEvenAWeekLaterAndBacksOffWhenItFailsAgain() throws Exception {
        doThrow(outage).when(publisher).publish("syria-weekly", "2025-W48");
        Instant aWeekLater = MONDAY.plusSeconds(7 * 24 * 3600);

        assertThatThrownBy(() -> publication.execute(firing(retry("2025-W48", 1), aWeekLater)))
                .isInstanceOf(JobExecutionException.class);

        verify(publisher).publish("syria-weekly", "2025-W48");
        Trigger next = scheduler.getTrigger(TriggerKey.triggerKey("syria-weekly-2025-W48-retry-2", Schedules.GROUP));
        assertThat(next.getStartTime().toInstant()).isEqualTo(NOW.plusSeconds(120));
        assertThat(next.getJobDataMap().getString(ScheduledPublication.PERIOD)).isEqualTo("2025-W48");
    }

    @Test
    void afterTheLastRetryNothingMoreIsScheduled() throws Exception {
        doThrow(outage).when(publisher).publish("syria-weekly", "2025-W48");

        assertThatThrownBy(() -> publication.execute(firing(retry("2025-W48", 6), NOW)))
                .isInstanceOf(JobExecutionException.class);

        assertThat(scheduler.getTriggerKeys(GroupMatcher.anyTriggerGroup())).isEmpty();
    }

    @Test
    void aFailureThatIsNotAnOutageIsNotRetried() throws Exception {
        doThrow(new dev.sitrep.render.RenderException("template broke")).when(publisher)
                .publish("syria-weekly", "2025-W48");

        assertThatThrownBy(() -> publication.execute(firing(cron(), MONDAY))).isInstanceOf(JobExecutionException.class);

        assertThat(scheduler.getTriggerKeys(GroupMatcher.anyTriggerGroup())).isEmpty();
    }

    @Test
    void aFiringForAWeekBeforeTheJobsScopeFailsThatFiringWithTheScopeAndIsNotRetried() throws Exception {
        PeriodOutsideScopeException outside = new PeriodOutsideScopeException("syria-weekly: 2025-W48 is before the "
                + "job's scope, which starts 2026-01-05 (scope.from in jobs/syria-weekly.yml)");
        doThrow(outside).when(publisher).publish("syria-weekly", "2025-W48");

        assertThatThrownBy(() -> publication.execute(firing(cron(), MONDAY)))
                .isInstanceOf(JobExecutionException.class).hasCause(outside)
                .satisfies(e -> assertThat(((JobExecutionException) e).refireImmediately()).isFalse());

        assertThat(scheduler.getTriggerKeys(GroupMatcher.anyTriggerGroup())).isEmpty();
    }

    private Trigger cron() {
        return TriggerBuilder.newTrigger().withIdentity("syria-weekly", Schedules.GROUP).forJob(job)
                .withSchedule(CronScheduleBuilder.cronSchedule("0 0 6 ? * MON")).build();
    }

    private Trigger retry(String period, int n) {
        return TriggerBuilder.newTrigger().withIdentity("syria-weekly-" + period + "-retry-" + n, Schedules.GROUP)
                .forJob(job).usingJobData(ScheduledPublication.PERIOD, period)
                .usingJobData(ScheduledPublication.RETRY, n).startAt(Date.from(NOW)).build();
    }

    private JobExecutionContext firing(Trigger trigger, Instant scheduledAt) {
        return new JobExecutionContextImpl(scheduler, new TriggerFiredBundle(job, (OperableTrigger) trigger, null,
                false, Date.from(NOW), Date.from(scheduledAt), null, null), publication);
    }
}
