package dev.sitrep.jobs;

import dev.sitrep.archive.Archive;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.events.EventLog;
import dev.sitrep.judgments.Judgments;
import dev.sitrep.render.EditionRenderer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Instant;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The publishEdition job, read top to bottom: gather → trend → prognosis → compose → render → publish →
 * deliver; for a job with {@code review: required}, publish leaves a draft and the job ends there.
 * An instance is identified by (job id, period, run): every request to publish is a new instance, even
 * two in the same millisecond. The as-of time is a non-identifying parameter and each step's result is
 * kept per instance (EditionWork), so that a restarted instance resumes at its failed step with the
 * same inputs; a completed instance's work is removed. When compose finds the content unchanged, the job ends there.
 */
@Configuration
class PublishEditionJobConfiguration {

    static final String JOB_NAME = "publishEdition";
    static final String JOB_ID = "job";
    static final String PERIOD = "period";
    static final String AS_OF = "asOf";
    static final String RUN = "run";
    static final String VERSION = "version";
    /** The state of that version: PUBLISHED, or DRAFT when the job's editions wait for review. */
    static final String STATE = "state";
    static final String DRAFT = "DRAFT";

    @Bean
    EditionSteps editionSteps(JobCatalog catalog, EventLog events, Judgments judgments, Archive archive,
                              SoftwareVersion software, Retention retention,
                              dev.sitrep.delivery.Deliveries deliveries, dev.sitrep.archive.Editions editions,
                              Review review) {
        return new EditionSteps(catalog, new Gatherer(events, judgments), new EditionRenderer(), archive, software,
                retention, deliveries, editions, review);
    }

    @Bean
    Job publishEdition(JobRepository repository, PlatformTransactionManager tx, EditionSteps steps,
                       SitrepSettings settings, ObservationRegistry observations, MeterRegistry meters) {
        StepFactory step = new StepFactory(repository, tx, settings, observations);
        Step compose = step.of("compose", (run, work, contribution) -> steps.compose(run, work).ifPresent(latest -> {
            jobContext(contribution).putInt(VERSION, latest.version());
            jobContext(contribution).putString(STATE, latest.state().name());
            contribution.setExitStatus(new ExitStatus(EditionSteps.UNCHANGED));
        }));
        // A job with review: required ends at publish with a draft; only an approval delivers it.
        Step publish = step.of("publish", (run, work, contribution) -> {
            dev.sitrep.archive.EditionVersion version = steps.publish(run, work);
            jobContext(contribution).putInt(VERSION, version.version());
            jobContext(contribution).putString(STATE, version.state().name());
            if (version.state() == dev.sitrep.archive.EditionState.DRAFT) {
                contribution.setExitStatus(new ExitStatus(DRAFT));
            }
        });
        return new JobBuilder(JOB_NAME, repository)
                .observationRegistry(observations)
                .start(step.of("gather", (run, work, contribution) -> steps.gather(run, work)))
                .next(step.of("trend", (run, work, contribution) -> steps.trend(run, work)))
                .next(step.of("prognosis", (run, work, contribution) -> steps.prognosis(run, work)))
                .next(compose).on(EditionSteps.UNCHANGED).end()
                .from(compose).on(ExitStatus.COMPLETED.getExitCode())
                .to(step.of("render", (run, work, contribution) -> steps.render(run, work)))
                .next(publish).on(DRAFT).end()
                // Failures to send are kept in the delivery log, not thrown: they never fail the publication.
                .from(publish).on(ExitStatus.COMPLETED.getExitCode())
                .to(step.of("deliver", (run, work, contribution) ->
                        steps.deliver(run, jobContext(contribution).getInt(VERSION))))
                .from(publish).on("*").fail()
                .from(compose).on("*").fail()
                .end()
                .listener(new WorkCleanup(settings))
                .listener(new EditionRunListener(meters))
                .build();
    }

    /** Wraps a step's work as a tasklet step that finds its run and its work folder from the job parameters. */
    private record StepFactory(JobRepository repository, PlatformTransactionManager tx, SitrepSettings settings,
                               ObservationRegistry observations) {

        // The steps are not beans, so Boot's BatchObservabilityBeanPostProcessor never sees them: without
        // the registry here there would be no spring.batch.step metrics.
        Step of(String name, StepWork work) {
            return new StepBuilder(name, repository).observationRegistry(observations).tasklet((contribution, chunk) -> {
                JobExecution execution = contribution.getStepExecution().getJobExecution();
                JobParameters p = execution.getJobParameters();
                EditionSteps.EditionRun run = new EditionSteps.EditionRun(p.getString(JOB_ID),
                        IsoWeek.parse(p.getString(PERIOD)), Instant.parse(p.getString(AS_OF)));
                work.run(run, new EditionWork(settings.workDir(), execution.getJobInstance().getInstanceId()),
                        contribution);
                return RepeatStatus.FINISHED;
            }, tx).build();
        }
    }

    @FunctionalInterface
    private interface StepWork {
        void run(EditionSteps.EditionRun run, EditionWork work, StepContribution contribution);
    }

    private static ExecutionContext jobContext(StepContribution contribution) {
        return contribution.getStepExecution().getJobExecution().getExecutionContext();
    }
}
