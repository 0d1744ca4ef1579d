package dev.sitrep.jobs;

import dev.sitrep.archive.Archive;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.core.SitrepException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

/**
 * Runs publishEdition for (job, period). Arguments are checked before the batch job starts, so a typo
 * (or a week outside the job's scope) fails at once with a one-line reason and nothing is written.
 */
@Service
public class EditionPublisher {

    private final JobCatalog catalog;
    private final JobOperator operator;
    private final Job publishEdition;
    private final Archive archive;
    private final Clock clock;
    private final dev.sitrep.archive.Drafts drafts;

    EditionPublisher(JobCatalog catalog, JobOperator operator, Job publishEdition, Archive archive, Clock clock,
                     dev.sitrep.archive.Drafts drafts) {
        this.drafts = drafts;
        this.catalog = catalog;
        this.operator = operator;
        this.publishEdition = publishEdition;
        this.archive = archive;
        this.clock = clock;
    }

    public PublishOutcome publish(String jobId, String period) {
        IsoWeek week = parsePeriod(period);
        JobDefinition job = catalog.find(jobId);
        job.checkInScope(week, clock.instant());
        JobParameters parameters = new JobParametersBuilder()
                .addString(PublishEditionJobConfiguration.JOB_ID, job.id())
                .addString(PublishEditionJobConfiguration.PERIOD, week.toString())
                .addString(PublishEditionJobConfiguration.AS_OF, clock.instant().toString(), false)
                .addString(PublishEditionJobConfiguration.RUN, UUID.randomUUID().toString())
                .toJobParameters();
        JobExecution execution;
        try {
            execution = operator.start(publishEdition, parameters);
        } catch (Exception e) {
            throw new PublishFailedException("could not start publishEdition for " + jobId + " " + week + ": "
                    + e.getMessage(), e);
        }
        return outcome(job, week, execution);
    }

    private PublishOutcome outcome(JobDefinition job, IsoWeek week, JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            List<Throwable> failures = failuresInStepOrder(execution);
            Throwable cause = failures.isEmpty() ? null : failures.get(0);
            for (Throwable failure : failures) {
                SitrepException typed = typedCause(failure);
                if (typed != null) {
                    throw typed;
                }
            }
            throw new PublishFailedException("publishEdition " + job.id() + " " + week + " ended "
                    + execution.getStatus() + (cause == null ? "" : ": " + cause.getMessage())
                    + " (execution " + execution.getId() + ")", cause);
        }
        int version = execution.getExecutionContext().getInt(PublishEditionJobConfiguration.VERSION);
        boolean unchanged = execution.getStepExecutions().stream()
                .anyMatch(s -> s.getExitStatus().getExitCode().equals(EditionSteps.UNCHANGED));
        boolean draft = PublishEditionJobConfiguration.DRAFT.equals(
                execution.getExecutionContext().getString(PublishEditionJobConfiguration.STATE, "PUBLISHED"));
        Path folder = draft ? drafts.folderOf(job.id(), week.toString(), version)
                : archive.folderOf(job.id(), week.toString(), version);
        return new PublishOutcome(job.id(), week.toString(), version, !unchanged, draft, folder, list(folder),
                execution.getId());
    }

    /** The failures of the steps in the order they ran, then the job's own: the first is the root. */
    private static List<Throwable> failuresInStepOrder(JobExecution execution) {
        List<Throwable> failures = new java.util.ArrayList<>();
        execution.getStepExecutions().stream()
                .sorted(java.util.Comparator.comparing(StepExecution::getId))
                .forEach(step -> failures.addAll(step.getFailureExceptions()));
        failures.addAll(execution.getFailureExceptions());
        return failures;
    }

    static IsoWeek parsePeriod(String period) {
        try {
            return IsoWeek.parse(period);
        } catch (IllegalArgumentException e) {
            throw new JobDefinitionException("bad period: " + e.getMessage());
        }
    }

    private static SitrepException typedCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SitrepException s) {
                return s;
            }
        }
        return null;
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
