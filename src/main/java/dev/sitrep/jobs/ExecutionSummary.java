package dev.sitrep.jobs;

import dev.sitrep.assessment.FlashSubject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * One run of publishEdition or publishFlash as Spring Batch's tables keep it: which job and period (a
 * flash's is flash-<event id>), how it ended, and
 * for a failure the step it failed in with that step's error (its first line, without the Java class).
 */
public record ExecutionSummary(long id, String job, String period, String status, Instant start, Instant end,
                               String exitCode, String failedStep, String error) {

    public boolean restartable() {
        return status.equals(BatchStatus.FAILED.name()) || status.equals(BatchStatus.STOPPED.name());
    }

    static ExecutionSummary of(JobExecution e) {
        Optional<StepExecution> failed = e.getStepExecutions().stream()
                .filter(s -> s.getStatus() == BatchStatus.FAILED || s.getStatus() == BatchStatus.UNKNOWN)
                .min(Comparator.comparing(StepExecution::getId));
        String description = failed.map(s -> s.getExitStatus().getExitDescription())
                .orElse(e.getExitStatus().getExitDescription());
        boolean failure = e.getStatus().isUnsuccessful() || e.getStatus() == BatchStatus.STOPPED;
        boolean flash = e.getJobInstance().getJobName().equals(FlashJobConfiguration.JOB_NAME);
        String period = flash ? FlashSubject.editionOf(e.getJobParameters().getString(FlashJobConfiguration.EVENT))
                : e.getJobParameters().getString(PublishEditionJobConfiguration.PERIOD);
        return new ExecutionSummary(e.getId(), e.getJobParameters().getString(PublishEditionJobConfiguration.JOB_ID),
                period, e.getStatus().name(),
                instant(e.getStartTime()), instant(e.getEndTime()), e.getExitStatus().getExitCode(),
                failed.map(StepExecution::getStepName).orElse(null), failure ? firstLine(description) : null);
    }

    /** Spring Batch stamps its tables with the JVM's local time. */
    static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }

    /** "dev.sitrep.render.RenderException: template weekly: ..." (then a stack trace) → "template weekly: ...". */
    static String firstLine(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String line = description.strip().lines().findFirst().orElse("");
        return line.replaceFirst("^(?:[A-Za-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error|Throwable): ", "");
    }
}
