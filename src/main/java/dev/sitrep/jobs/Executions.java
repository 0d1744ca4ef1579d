package dev.sitrep.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The runs of publishEdition and publishFlash, for the command line and the HTTP API alike: list them,
 * restart a failed one from its failed step, and recover those a crashed process left STARTED so they
 * can be restarted. A flash run shows as its edition, period flash-<event id>.
 * <p>
 * Recovery cannot ask another node whether it still runs an execution, so it goes by age: only an
 * execution with no update (of it or its steps) for longer than {@code sitrep.executions.recover-after}
 * (5 minutes by default; longer than any step takes) is recovered, unless the admin, knowing every node
 * is down, asks for all.
 */
@Service
public class Executions {

    private static final int MAX_LIMIT = 1000;
    /** The batch jobs whose runs these are; both name the Sitrep job in the parameter "job". */
    static final List<String> BATCH_JOBS = List.of(PublishEditionJobConfiguration.JOB_NAME, FlashJobConfiguration.JOB_NAME);

    private final JobRepository repository;
    private final JobOperator operator;
    private final JdbcClient jdbc;
    private final ExecutionSettings settings;

    Executions(JobRepository repository, JobOperator operator, JdbcClient jdbc, ExecutionSettings settings) {
        this.repository = repository;
        this.operator = operator;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Newest first; job and status may be null (any). */
    public List<ExecutionSummary> list(String job, String status, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new JobRequestException("limit " + limit + " is out of range: use 1 to " + MAX_LIMIT);
        }
        StringBuilder sql = new StringBuilder("""
                SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                WHERE i.JOB_NAME IN (:names)""");
        if (job != null) {
            sql.append("""
                     AND EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = \
                    e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = :param AND p.PARAMETER_VALUE = :job)""");
        }
        if (status != null) {
            sql.append(" AND e.STATUS = :status");
        }
        sql.append(" ORDER BY e.JOB_EXECUTION_ID DESC LIMIT :limit");
        var query = jdbc.sql(sql.toString()).param("names", BATCH_JOBS).param("limit", limit);
        if (job != null) {
            query = query.param("param", PublishEditionJobConfiguration.JOB_ID).param("job", job);
        }
        if (status != null) {
            query = query.param("status", status(status).name());
        }
        return query.query(Long.class).list().stream().map(repository::getJobExecution).filter(Objects::nonNull)
                .map(ExecutionSummary::of).toList();
    }

    public ExecutionSummary find(long id) {
        return ExecutionSummary.of(execution(id));
    }

    /** Runs a FAILED or STOPPED execution again from its failed step, with the same parameters and inputs. */
    public ExecutionSummary restart(long id) {
        JobExecution execution = execution(id);
        if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
            throw new JobStateException("execution " + id + " is " + execution.getStatus() + ": only a FAILED or "
                    + "STOPPED execution can be restarted" + (execution.getStatus().isRunning()
                    ? "; if the process running it crashed, run `sitrep executions recover` first" : ""));
        }
        JobExecution last = repository.getLastJobExecution(execution.getJobInstance());
        if (last != null && last.getId() != id) {
            throw new JobStateException("execution " + id + " was already restarted as execution " + last.getId()
                    + " (" + last.getStatus() + "); restart that one if it failed");
        }
        try {
            return ExecutionSummary.of(operator.restart(execution));
        } catch (JobRestartException e) {
            throw new JobStateException("execution " + id + " cannot be restarted: " + e.getMessage());
        }
    }

    /** Recovers the executions with no update for longer than the configured age (at serve start, too). */
    public List<ExecutionSummary> recoverStale() {
        return recover(settings.recoverAfter());
    }

    /** With {@code olderThan} null, every execution still marked running: only when every node is down. */
    public List<ExecutionSummary> recover(Duration olderThan) {
        // Batch stamps its tables with the JVM's clock, so that clock decides what counts as old.
        LocalDateTime cutoff = olderThan == null ? null : LocalDateTime.now().minus(olderThan);
        List<ExecutionSummary> recovered = new ArrayList<>();
        List<JobExecution> running = BATCH_JOBS.stream().flatMap(name -> repository.findRunningJobExecutions(name)
                .stream()).sorted(Comparator.comparing(JobExecution::getId)).toList();
        for (JobExecution execution : running) {
            LocalDateTime lastUpdate = lastUpdate(execution);
            if (cutoff == null || lastUpdate.isBefore(cutoff)) {
                recovered.add(ExecutionSummary.of(markFailed(execution, lastUpdate)));
            }
        }
        return recovered;
    }

    private JobExecution markFailed(JobExecution execution, LocalDateTime lastUpdate) {
        String note = "recovered after a crash: left " + execution.getStatus() + " by a process that stopped, "
                + "no update since " + lastUpdate + "; restart it with `sitrep executions restart "
                + execution.getId() + "`";
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(note));
            }
        }
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription(note));
        return operator.recover(execution);
    }

    private static LocalDateTime lastUpdate(JobExecution e) {
        return Stream.concat(Stream.of(e.getCreateTime(), e.getStartTime(), e.getLastUpdated()),
                        e.getStepExecutions().stream().flatMap(s -> Stream.of(s.getStartTime(), s.getLastUpdated())))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(LocalDateTime.MIN);
    }

    private JobExecution execution(long id) {
        JobExecution execution;
        try {
            execution = repository.getJobExecution(id);
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            execution = null;
        }
        if (execution == null || !BATCH_JOBS.contains(execution.getJobInstance().getJobName())) {
            throw new UnknownExecutionException("no execution " + id + " of publishEdition or publishFlash; "
                    + "`sitrep executions list` shows them");
        }
        return execution;
    }

    /** "5m", "2h", "30s" or ISO-8601 (PT5M), as in application.properties. */
    public static Duration age(String text) {
        try {
            Duration age = DurationStyle.detectAndParse(text);
            if (age.isNegative()) {
                throw new IllegalArgumentException("negative");
            }
            return age;
        } catch (IllegalArgumentException e) {
            throw new JobRequestException("'" + text + "' is not an age: write e.g. 5m, 2h or 30s");
        }
    }

    private static BatchStatus status(String status) {
        try {
            return BatchStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new JobRequestException("'" + status + "' is not a status: use one of "
                    + Arrays.toString(BatchStatus.values()));
        }
    }
}
