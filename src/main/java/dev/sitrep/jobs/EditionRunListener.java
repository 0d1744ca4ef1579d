package dev.sitrep.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * One INFO line and Sitrep's own metrics per execution of publishEdition. A listener on the job (not
 * the callers) so that a CLI run, a Quartz firing and a restart are each counted exactly once.
 */
class EditionRunListener implements JobExecutionListener {

    static final String RUN_TIMER = "sitrep.edition.run";
    static final String PUBLISHED_COUNTER = "sitrep.edition.published";
    private static final Logger log = LoggerFactory.getLogger(EditionRunListener.class);

    private final MeterRegistry meters;

    EditionRunListener(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void afterJob(JobExecution execution) {
        EditionRunReport report = EditionRunReport.of(execution);
        log.info(report.logLine());
        Timer.builder(RUN_TIMER)
                .description("Runs of publishEdition by job and outcome (published, unchanged, failed)")
                .tag("job", report.jobId())
                .tag("outcome", report.outcome().tag())
                .register(meters)
                .record(report.duration());
        if (report.outcome() == EditionRunReport.Outcome.PUBLISHED) {
            Counter.builder(PUBLISHED_COUNTER).description("New versions published, by job")
                    .tag("job", report.jobId()).register(meters).increment();
        }
    }
}
