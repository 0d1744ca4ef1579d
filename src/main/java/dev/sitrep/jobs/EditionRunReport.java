package dev.sitrep.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * What one execution of publishEdition came to, read from the finished JobExecution: the same facts
 * whether the run came from {@code sitrep publish}, a Quartz firing or a restart.
 */
record EditionRunReport(String jobId, String period, Outcome outcome, Integer version, Duration duration,
                        long executionId, String failedStep, String error) {

    enum Outcome {
        PUBLISHED, UNCHANGED, FAILED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final int MAX_ERROR_LENGTH = 300;

    static EditionRunReport of(JobExecution execution) {
        JobParameters p = execution.getJobParameters();
        String jobId = p.getString(PublishEditionJobConfiguration.JOB_ID);
        String period = p.getString(PublishEditionJobConfiguration.PERIOD);
        Duration duration = durationOf(execution);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Optional<StepExecution> failed = stepsInOrder(execution).stream()
                    .filter(s -> s.getStatus() != BatchStatus.COMPLETED).findFirst();
            return new EditionRunReport(jobId, period, Outcome.FAILED, null, duration, execution.getId(),
                    failed.map(StepExecution::getStepName).orElse(null), firstError(execution));
        }
        boolean unchanged = execution.getStepExecutions().stream()
                .anyMatch(s -> s.getExitStatus().getExitCode().equals(EditionSteps.UNCHANGED));
        Integer version = execution.getExecutionContext().containsKey(PublishEditionJobConfiguration.VERSION)
                ? execution.getExecutionContext().getInt(PublishEditionJobConfiguration.VERSION) : null;
        return new EditionRunReport(jobId, period, unchanged ? Outcome.UNCHANGED : Outcome.PUBLISHED, version,
                duration, execution.getId(), null, null);
    }

    /** One line in logfmt, so that a log shipper can split it without a custom pattern. */
    String logLine() {
        StringBuilder line = new StringBuilder(PublishEditionJobConfiguration.JOB_NAME)
                .append(" job=").append(jobId).append(" period=").append(period);
        if (version != null) {
            line.append(" version=").append(version);
        }
        line.append(" outcome=").append(outcome.tag());
        if (failedStep != null) {
            line.append(" step=").append(failedStep);
        }
        line.append(" duration=").append(String.format(Locale.ROOT, "%.2fs", duration.toMillis() / 1000.0))
                .append(" execution=").append(executionId);
        if (error != null) {
            line.append(" error=\"").append(error.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return line.toString();
    }

    private static Duration durationOf(JobExecution execution) {
        LocalDateTime start = execution.getStartTime();
        if (start == null) {
            return Duration.ZERO;
        }
        LocalDateTime end = execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime();
        return Duration.between(start, end);
    }

    private static List<StepExecution> stepsInOrder(JobExecution execution) {
        return execution.getStepExecutions().stream().sorted(Comparator.comparing(StepExecution::getId)).toList();
    }

    /** The root failure, as EditionPublisher reports it: the first failed step's, else the job's own. */
    private static String firstError(JobExecution execution) {
        List<Throwable> failures = new ArrayList<>();
        stepsInOrder(execution).forEach(s -> failures.addAll(s.getFailureExceptions()));
        failures.addAll(execution.getFailureExceptions());
        if (failures.isEmpty()) {
            return execution.getExitStatus().getExitCode();
        }
        Throwable first = failures.get(0);
        String message = first.getMessage() == null ? first.getClass().getSimpleName() : first.getMessage();
        // Kept to one line of bounded length: the full stack trace stays in the batch tables.
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() <= MAX_ERROR_LENGTH ? message : message.substring(0, MAX_ERROR_LENGTH) + "…";
    }
}
