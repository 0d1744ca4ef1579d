package dev.sitrep.jobs;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Closes a scheduler that never started without waiting for its jobs. Only {@code serve} starts the scheduler;
 * every other command makes one (to read or change the stored triggers) and, on closing, Quartz's
 * wait-for-jobs shutdown joins worker threads that poll every half second for work they can never get: about
 * 0.45 s added to every {@code jobs list}. Destroyed before the scheduler (it depends on it), so the factory's own
 * shutdown then finds it closed; a started scheduler is left to that shutdown, which waits for running jobs.
 */
@Component
class IdleSchedulerShutdown implements DisposableBean {

    private final Scheduler scheduler;

    IdleSchedulerShutdown(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void destroy() throws SchedulerException {
        if (!scheduler.isStarted() && !scheduler.isShutdown()) {
            scheduler.shutdown(false);
        }
    }
}
