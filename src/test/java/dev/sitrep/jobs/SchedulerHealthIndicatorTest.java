package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class SchedulerHealthIndicatorTest {

    private final Scheduler scheduler = ramScheduler();
    private final SchedulerHealthIndicator indicator = new SchedulerHealthIndicator(scheduler);

    @AfterEach
    void shutdown() throws SchedulerException {
        scheduler.shutdown();
    }

    @Test
    void inStandbyTheSchedulerIsUpAndSaysSoWithItsJobsAndPausedTriggers() throws SchedulerException {
        scheduler.scheduleJob(JobBuilder.newJob(ScheduledPublication.class).withIdentity("syria-weekly", "sitrep")
                .build(), TriggerBuilder.newTrigger().withIdentity("syria-weekly", "sitrep")
                .withSchedule(CronScheduleBuilder.cronSchedule("0 0 6 ? * MON")).build());
        scheduler.pauseJob(org.quartz.JobKey.jobKey("syria-weekly", "sitrep"));

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("state", "standby").containsEntry("clustered", false)
                .containsEntry("jobs", 1).containsEntry("pausedTriggers", 1).containsEntry("running", 0)
                .containsKey("instanceId");
    }

    @Test
    void startedIsUpAndShutDownIsDown() throws SchedulerException {
        scheduler.start();
        assertThat(indicator.health().getDetails()).containsEntry("state", "started");
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

        scheduler.shutdown();

        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(indicator.health().getDetails()).containsEntry("state", "shutdown");
    }

    private static Scheduler ramScheduler() {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "health-test-" + UUID.randomUUID());
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        properties.setProperty("org.quartz.threadPool.threadCount", "1");
        try {
            return new StdSchedulerFactory(properties).getScheduler();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }
}
