package dev.sitrep.jobs;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Removes a completed instance's step results (published, or found unchanged). A failed instance keeps
 * them, so that a restart can resume at the failed step.
 */
class WorkCleanup implements JobExecutionListener {

    private final SitrepSettings settings;

    WorkCleanup(SitrepSettings settings) {
        this.settings = settings;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            new EditionWork(settings.workDir(), execution.getJobInstance().getInstanceId()).clear();
        }
    }
}
