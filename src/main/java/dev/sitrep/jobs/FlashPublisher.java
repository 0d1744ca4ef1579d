package dev.sitrep.jobs;

import dev.sitrep.archive.Archive;
import dev.sitrep.core.SitrepException;
import dev.sitrep.events.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

/**
 * Runs publishFlash for one event: {@code sitrep assess}, {@code POST /api/assessments} and the flash
 * trigger all come here. The event and the job are checked before the batch job starts, so an unknown
 * event or one outside the job's scope fails at once with a one-line reason and nothing is written.
 */
@Service
public class FlashPublisher {

    private final JobCatalog catalog;
    private final JobOperator operator;
    private final Job publishFlash;
    private final Archive archive;
    private final Clock clock;
    private final FlashGatherer gatherer;
    private final org.springframework.batch.core.repository.JobRepository repository;

    FlashPublisher(JobCatalog catalog, JobOperator operator, Job publishFlash, Archive archive, Clock clock,
                   dev.sitrep.events.EventLog events, dev.sitrep.judgments.Judgments judgments,
                   org.springframework.batch.core.repository.JobRepository repository) {
        this.repository = repository;
        this.catalog = catalog;
        this.operator = operator;
        this.publishFlash = publishFlash;
        this.archive = archive;
        this.clock = clock;
        this.gatherer = new FlashGatherer(events, judgments);
    }

    /** "syria-weekly: its flash rule matches the event": the job an assessment without --job goes to, and why. */
    public String jobFor(String eventId) {
        FlashScope.Choice choice = choose(gatherer.event(eventId, clock.instant()));
        return choice.job().id() + ": " + choice.reason();
    }

    private FlashScope.Choice choose(Event event) {
        String period = dev.sitrep.assessment.FlashSubject.editionOf(event.id());
        return FlashScope.choose(catalog.all(), event, j -> archive.latest(j.id(), period).isPresent());
    }

    /** Assesses the event under {@code jobId}, or when null under the job {@link #jobFor} names; delivers. */
    public PublishOutcome assess(String eventId, String jobId) {
        return assess(eventId, jobId, true);
    }

    PublishOutcome assess(String eventId, String jobId, boolean deliver) {
        Instant asOf = clock.instant();
        Event event = gatherer.event(eventId, asOf);
        JobDefinition job = jobId == null ? choose(event).job()
                : FlashScope.check(catalog.find(jobId), event);
        JobExecution execution;
        try {
            execution = operator.start(publishFlash, new JobParametersBuilder()
                    .addString(FlashJobConfiguration.JOB_ID, job.id())
                    .addString(FlashJobConfiguration.EVENT, eventId)
                    .addString(FlashJobConfiguration.AS_OF, asOf.toString(), false)
                    .addString(FlashJobConfiguration.DELIVER, String.valueOf(deliver), false)
                    .addString(FlashJobConfiguration.RUN, UUID.randomUUID().toString())
                    .toJobParameters());
        } catch (Exception e) {
            throw new PublishFailedException("could not start publishFlash for " + eventId + ": " + e.getMessage(), e);
        }
        return outcome(job.id(), eventId, execution);
    }

    /** Runs a failed or stopped publishFlash execution again from its failed step, with the same parameters. */
    public PublishOutcome restart(long executionId) {
        try {
            JobExecution failed = repository.getJobExecution(executionId);
            if (failed == null || !failed.getJobInstance().getJobName().equals(FlashJobConfiguration.JOB_NAME)) {
                throw new UnknownExecutionException("no publishFlash execution " + executionId);
            }
            JobExecution execution = operator.restart(failed);
            return outcome(execution.getJobParameters().getString(FlashJobConfiguration.JOB_ID),
                    execution.getJobParameters().getString(FlashJobConfiguration.EVENT), execution);
        } catch (SitrepException e) {
            throw e;
        } catch (Exception e) {
            throw new PublishFailedException("could not restart publishFlash execution " + executionId + ": "
                    + e.getMessage(), e);
        }
    }

    private PublishOutcome outcome(String jobId, String eventId, JobExecution execution) {
        String period = dev.sitrep.assessment.FlashSubject.editionOf(eventId);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            List<Throwable> failures = new java.util.ArrayList<>();
            execution.getStepExecutions().stream().sorted(java.util.Comparator.comparing(StepExecution::getId))
                    .forEach(s -> failures.addAll(s.getFailureExceptions()));
            failures.addAll(execution.getFailureExceptions());
            for (Throwable f : failures) {
                for (Throwable c = f; c != null; c = c.getCause()) {
                    if (c instanceof SitrepException s) {
                        throw s;
                    }
                }
            }
            Throwable cause = failures.isEmpty() ? null : failures.get(0);
            throw new PublishFailedException("publishFlash " + jobId + " " + period + " ended " + execution.getStatus()
                    + (cause == null ? "" : ": " + cause.getMessage()) + " (execution " + execution.getId() + ")", cause);
        }
        int version = execution.getExecutionContext().getInt(FlashJobConfiguration.VERSION);
        boolean unchanged = execution.getStepExecutions().stream()
                .anyMatch(s -> s.getExitStatus().getExitCode().equals(FlashJobConfiguration.UNCHANGED));
        Path folder = archive.folderOf(jobId, period, version);
        return new PublishOutcome(jobId, period, version, !unchanged, false, folder, list(folder), execution.getId());
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
