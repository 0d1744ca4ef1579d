package dev.sitrep.jobs;

import dev.sitrep.archive.Archive;
import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.Editions;
import dev.sitrep.delivery.Deliveries;
import dev.sitrep.events.EventLog;
import dev.sitrep.judgments.Judgments;
import dev.sitrep.render.EditionRenderer;
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
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The publishFlash job, read top to bottom: gather → trend → prognosis → compose → render → publish →
 * deliver, as publishEdition, for one event. An instance is (job id, event id, run); the as-of time and
 * whether to deliver are non-identifying, so a restart resumes at its failed step with the same inputs.
 * When compose finds the content unchanged, the job ends there: nothing new is published or sent.
 */
@Configuration
class FlashJobConfiguration {

    static final String JOB_NAME = "publishFlash";
    static final String JOB_ID = "job";
    static final String EVENT = "event";
    static final String AS_OF = "asOf";
    static final String RUN = "run";
    static final String DELIVER = "deliver";
    static final String VERSION = "version";
    static final String UNCHANGED = "UNCHANGED";

    @Bean
    FlashSteps flashSteps(JobCatalog catalog, EventLog events, Judgments judgments, Archive archive,
                          SoftwareVersion software, Deliveries deliveries, Editions editions) {
        return new FlashSteps(catalog, new FlashGatherer(events, judgments), new EditionRenderer(), archive, software,
                deliveries, editions);
    }

    @Bean
    Job publishFlash(JobRepository repository, PlatformTransactionManager tx, FlashSteps steps, SitrepSettings settings,
                     ObservationRegistry observations) {
        Steps step = new Steps(repository, tx, settings, observations);
        Step compose = step.of("compose", (run, work, contribution) -> steps.compose(run, work).ifPresent(latest -> {
            jobContext(contribution).putInt(VERSION, latest.version());
            contribution.setExitStatus(new ExitStatus(UNCHANGED));
        }));
        Step publish = step.of("publish", (run, work, contribution) -> {
            EditionVersion version = steps.publish(run, work);
            jobContext(contribution).putInt(VERSION, version.version());
        });
        return new JobBuilder(JOB_NAME, repository)
                .observationRegistry(observations)
                .start(step.of("gather", (run, work, contribution) -> steps.gather(run, work)))
                .next(step.of("trend", (run, work, contribution) -> steps.trend(run, work)))
                .next(step.of("prognosis", (run, work, contribution) -> steps.prognosis(run, work)))
                .next(compose).on(UNCHANGED).end()
                .from(compose).on(ExitStatus.COMPLETED.getExitCode())
                .to(step.of("render", (run, work, contribution) -> steps.render(run, work)))
                .next(publish).on(ExitStatus.COMPLETED.getExitCode())
                // A trigger's runs leave delivery to the one grouped alert of their import.
                .to(step.of("deliver", (run, work, contribution) -> {
                    if (run.deliver()) {
                        steps.deliver(run, jobContext(contribution).getInt(VERSION));
                    }
                }))
                .from(publish).on("*").fail()
                .from(compose).on("*").fail()
                .end()
                .listener(new WorkCleanup(settings))
                .build();
    }

    /** Tasklet steps that find their run and their work folder from the job parameters. */
    private record Steps(JobRepository repository, PlatformTransactionManager tx, SitrepSettings settings,
                         ObservationRegistry observations) {

        Step of(String name, StepWork work) {
            return new StepBuilder("flash-" + name, repository).observationRegistry(observations)
                    .tasklet((contribution, chunk) -> {
                        JobExecution execution = contribution.getStepExecution().getJobExecution();
                        JobParameters p = execution.getJobParameters();
                        FlashSteps.FlashRun run = new FlashSteps.FlashRun(p.getString(JOB_ID), p.getString(EVENT),
                                Instant.parse(p.getString(AS_OF)), Boolean.parseBoolean(p.getString(DELIVER)));
                        work.run(run, new EditionWork(settings.workDir(), execution.getJobInstance().getInstanceId()),
                                contribution);
                        return RepeatStatus.FINISHED;
                    }, tx).build();
        }
    }

    @FunctionalInterface
    private interface StepWork {
        void run(FlashSteps.FlashRun run, EditionWork work, StepContribution contribution);
    }

    private static ExecutionContext jobContext(StepContribution contribution) {
        return contribution.getStepExecution().getJobExecution().getExecutionContext();
    }
}
