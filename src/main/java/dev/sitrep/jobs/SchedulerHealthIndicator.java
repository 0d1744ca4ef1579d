package dev.sitrep.jobs;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code scheduler} component of /actuator/health. DOWN when the scheduler is shut down or its job
 * store (the database, with the JDBC store) cannot be read, since then no trigger fires. Standby is UP:
 * it is the state of every command but {@code serve} and of {@code serve} before it starts the scheduler,
 * and nothing is lost in it (a trigger missed in standby fires once when the scheduler starts).
 */
@Component
class SchedulerHealthIndicator implements HealthIndicator {

    private final Scheduler scheduler;

    SchedulerHealthIndicator(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public Health health() {
        SchedulerMetaData meta;
        try {
            meta = scheduler.getMetaData();
        } catch (SchedulerException e) {
            return Health.down(e).build();
        }
        Health.Builder health = (meta.isShutdown() ? Health.down() : Health.up())
                .withDetail("state", meta.isShutdown() ? "shutdown" : meta.isInStandbyMode() ? "standby" : "started")
                .withDetail("name", meta.getSchedulerName())
                .withDetail("instanceId", meta.getSchedulerInstanceId())
                .withDetail("clustered", meta.isJobStoreClustered());
        if (meta.isShutdown()) {
            return health.build();
        }
        try {
            return health.withDetail("jobs", scheduler.getJobKeys(GroupMatcher.anyJobGroup()).size())
                    .withDetail("pausedTriggers", pausedTriggers())
                    .withDetail("running", scheduler.getCurrentlyExecutingJobs().size())
                    .build();
        } catch (SchedulerException e) {
            return health.down(e).build();
        }
    }

    private int pausedTriggers() throws SchedulerException {
        int paused = 0;
        for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.anyTriggerGroup())) {
            if (scheduler.getTriggerState(key) == Trigger.TriggerState.PAUSED) {
                paused++;
            }
        }
        return paused;
    }
}
