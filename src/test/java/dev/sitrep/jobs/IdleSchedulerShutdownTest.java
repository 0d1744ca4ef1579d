package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

class IdleSchedulerShutdownTest {

    private static Scheduler scheduler(String name) throws Exception {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", name);
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        return new StdSchedulerFactory(p).getScheduler();
    }

    @Test
    void aSchedulerThatNeverStartedIsClosedAtOnceWithItsWorkers() throws Exception {
        Scheduler scheduler = scheduler("idle-" + System.nanoTime());
        assertThat(workers(scheduler)).as("the pool's threads run from creation").isPositive();

        new IdleSchedulerShutdown(scheduler).destroy();

        assertThat(scheduler.isShutdown()).isTrue();
    }

    public static class Blocking implements Job {
        static final CountDownLatch started = new CountDownLatch(1);
        static final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void execute(org.quartz.JobExecutionContext context) {
            started.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void aStartedSchedulerIsLeftToTheShutdownThatWaitsForItsRunningJobs() throws Exception {
        Scheduler scheduler = scheduler("started-" + System.nanoTime());
        scheduler.start();
        scheduler.scheduleJob(JobBuilder.newJob(Blocking.class).build(), TriggerBuilder.newTrigger().startNow().build());
        assertThat(Blocking.started.await(60, TimeUnit.SECONDS)).isTrue();

        new IdleSchedulerShutdown(scheduler).destroy();

        assertThat(scheduler.isShutdown()).isFalse();
        assertThat(scheduler.getCurrentlyExecutingJobs()).hasSize(1);
        Blocking.release.countDown();
        scheduler.shutdown(true);
    }

    private static long workers(Scheduler scheduler) throws Exception {
        String prefix = scheduler.getSchedulerName() + "_Worker-";
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).count();
    }
}
