package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import dev.sitrep.SitrepApplication;
import dev.sitrep.render.RenderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The jobs and executions an admin operates, on H2 with Quartz's JDBC store (the scheduler in standby,
 * as under every command but serve): reload, pause/resume, run now, list, restart and recover.
 */
@SpringBootTest(classes = SitrepApplication.class)
class JobAdminTest {

    /** Monday 1 December 2025, 08:00 in Damascus: the week just ended there is 2025-W48. */
    static final Instant NOW = Instant.parse("2025-12-01T05:00:00Z");

    @TempDir
    static Path dir;

    @TestBean
    Clock clock;

    @MockitoSpyBean
    EditionSteps steps;

    private final JobAdmin jobs;
    private final Executions executions;
    private final Scheduler scheduler;
    private final JobRepository repository;
    private final JdbcClient jdbc;

    JobAdminTest(JobAdmin jobs, Executions executions, Scheduler scheduler, JobRepository repository, JdbcClient jdbc) {
        this.jobs = jobs;
        this.executions = executions;
        this.scheduler = scheduler;
        this.repository = repository;
        this.jdbc = jdbc;
    }

    static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) throws IOException {
        Path jobsDir = Files.createDirectories(dir.resolve("jobs"));
        Files.copy(Path.of("jobs/syria-weekly.yml"), jobsDir.resolve("syria-weekly.yml"));
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:job-admin-test;DB_CLOSE_DELAY=-1");
        registry.add("sitrep.jobs-dir", jobsDir::toString);
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
    }

    private static Path write(String id, String edit, String replacement) throws IOException {
        String yaml = Files.readString(Path.of("jobs/syria-weekly.yml")).replace("id: syria-weekly", "id: " + id)
                .replace(edit, replacement);
        return Files.writeString(dir.resolve("jobs").resolve(id + ".yml"), yaml);
    }

    private static Schedules.Change change(Schedules.ReloadReport report, String jobId) {
        return report.changes().stream().filter(c -> c.jobId().equals(jobId)).findFirst().orElseThrow();
    }

    private String cronOf(String jobId) throws Exception {
        return ((CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(jobId, Schedules.GROUP))).getCronExpression();
    }

    @Test
    void reloadAddsChangedAndRemovedJobsAndReportsABrokenFileWhileTheOthersStayScheduled() throws Exception {
        write("reload-a", "x", "x");
        write("reload-b", "x", "x");
        Schedules.ReloadReport first = jobs.reload();
        assertThat(change(first, "reload-a").kind()).isEqualTo(Schedules.ChangeKind.ADDED);
        assertThat(change(first, "reload-b").kind()).isEqualTo(Schedules.ChangeKind.ADDED);
        assertThat(change(jobs.reload(), "reload-a").kind()).isEqualTo(Schedules.ChangeKind.UNCHANGED);

        write("reload-a", "\"0 0 6 ? * MON\"", "\"0 0 7 ? * TUE\"");
        Path broken = write("reload-c", "Asia/Damascus", "Asia/Atlantis");
        Files.delete(dir.resolve("jobs/reload-b.yml"));
        Schedules.ReloadReport second = jobs.reload();

        assertThat(change(second, "reload-a").kind()).isEqualTo(Schedules.ChangeKind.UPDATED);
        assertThat(cronOf("reload-a")).isEqualTo("0 0 7 ? * TUE");
        assertThat(change(second, "reload-b").kind()).isEqualTo(Schedules.ChangeKind.REMOVED);
        assertThat(scheduler.checkExists(JobKey.jobKey("reload-b", Schedules.GROUP))).isFalse();
        assertThat(change(second, "reload-c")).satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Schedules.ChangeKind.ERROR);
            assertThat(c.detail()).contains(broken + ":7: schedule.zone: 'Asia/Atlantis' is not an IANA time zone");
        });
        assertThat(second.hasErrors()).isTrue();
        assertThat(jobs.status("reload-a").state()).isEqualTo(JobStatus.State.SCHEDULED);
        assertThat(jobs.status("reload-c")).satisfies(c -> {
            assertThat(c.state()).isEqualTo(JobStatus.State.ERROR);
            assertThat(c.error()).contains("schedule.zone");
        });
        assertThatThrownBy(() -> jobs.status("reload-b")).isInstanceOf(UnknownJobException.class);
        Files.delete(broken);
        Files.delete(dir.resolve("jobs/reload-a.yml"));
        jobs.reload();
    }

    @Test
    void excludedDatesLiveInAQuartzCalendarOfTheJobThatGoesWhenTheyDo() throws Exception {
        write("holidays", "zone: Asia/Damascus", "zone: Asia/Damascus\n  exclude: [2025-12-08]");
        assertThat(jobs.status("holidays").nextFireTimes()).as("from the definition, before it is scheduled")
                .extracting(t -> t.toLocalDate().toString()).containsExactly("2025-12-15", "2025-12-22", "2025-12-29");
        jobs.reload();
        assertThat(scheduler.getCalendar(JobSchedule.calendarName("holidays"))).isNotNull();
        assertThat(scheduler.getTrigger(TriggerKey.triggerKey("holidays", Schedules.GROUP)).getCalendarName())
                .isEqualTo(JobSchedule.calendarName("holidays"));

        write("holidays", "x", "x");
        assertThat(change(jobs.reload(), "holidays").kind()).isEqualTo(Schedules.ChangeKind.UPDATED);
        assertThat(scheduler.getCalendar(JobSchedule.calendarName("holidays"))).isNull();
        Files.delete(dir.resolve("jobs/holidays.yml"));
        jobs.reload();
    }

    @Test
    void aPausedJobStaysPausedAcrossAReloadThatChangesItUntilItIsResumed() throws Exception {
        write("pausable", "x", "x");
        assertThat(jobs.status("pausable").state()).isEqualTo(JobStatus.State.NOT_SCHEDULED);
        assertThatThrownBy(() -> jobs.pause("pausable")).isInstanceOf(JobStateException.class)
                .hasMessageContaining("not on the schedule yet; run `sitrep jobs reload`");
        jobs.reload();

        assertThat(jobs.pause("pausable").state()).isEqualTo(JobStatus.State.PAUSED);
        write("pausable", "\"0 0 6 ? * MON\"", "\"0 0 9 ? * MON\"");
        assertThat(change(jobs.reload(), "pausable").detail()).endsWith("(paused)");
        assertThat(jobs.status("pausable").state()).isEqualTo(JobStatus.State.PAUSED);
        assertThat(jobs.resume("pausable").state()).isEqualTo(JobStatus.State.SCHEDULED);
        assertThatThrownBy(() -> jobs.pause("no-such-job")).isInstanceOf(UnknownJobException.class)
                .hasMessageContaining("unknown job 'no-such-job'");
        Files.delete(dir.resolve("jobs/pausable.yml"));
        jobs.reload();
    }

    @Test
    void runNowPublishesTheWeekJustEndedInTheJobsZoneAndTheListShowsItsEditionAndExecution() {
        PublishOutcome outcome = jobs.run("syria-weekly", null);

        assertThat(outcome.period()).isEqualTo("2025-W48");
        assertThat(jobs.status("syria-weekly")).satisfies(s -> {
            assertThat(s.lastEdition()).startsWith("2025-W48 v");
            // Once scheduled, these come from Quartz's stored triggers, which run on the system's clock.
            assertThat(s.nextFireTimes()).hasSize(3).allSatisfy(t -> {
                assertThat(t.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
                assertThat(t.toLocalTime()).hasToString("06:00");
                assertThat(t.getZone()).hasToString("Asia/Damascus");
            });
        });
        assertThat(executions.list("syria-weekly", "completed", 50)).extracting(ExecutionSummary::id)
                .contains(outcome.executionId());
        assertThat(executions.find(outcome.executionId())).satisfies(e -> {
            assertThat(e.period()).isEqualTo("2025-W48");
            assertThat(e.status()).isEqualTo("COMPLETED");
            assertThat(e.failedStep()).isNull();
        });
        assertThatThrownBy(() -> executions.restart(outcome.executionId())).isInstanceOf(JobStateException.class)
                .hasMessageContaining("is COMPLETED: only a FAILED or STOPPED execution can be restarted");
        assertThatThrownBy(() -> executions.list(null, "DONE", 5)).isInstanceOf(JobRequestException.class)
                .hasMessageContaining("'DONE' is not a status");
        assertThatThrownBy(() -> jobs.run("syria-weekly", "2025-W99")).isInstanceOf(JobRequestException.class);
    }

    @Test
    void aFailedExecutionRestartsFromItsFailedStepAndCompletes() {
        doThrow(new RenderException("compose went wrong")).doCallRealMethod().when(steps).compose(any(), any());
        assertThatThrownBy(() -> jobs.run("syria-weekly", "2025-W47")).hasMessage("compose went wrong");

        ExecutionSummary failed = executions.list("syria-weekly", "FAILED", 1).get(0);
        assertThat(failed.period()).isEqualTo("2025-W47");
        assertThat(failed.failedStep()).isEqualTo("compose");
        assertThat(failed.error()).isEqualTo("compose went wrong");

        ExecutionSummary restarted = executions.restart(failed.id());

        assertThat(restarted.status()).isEqualTo("COMPLETED");
        assertThat(restarted.period()).isEqualTo("2025-W47");
        assertThat(repository.getJobExecution(restarted.id()).getStepExecutions())
                .extracting(StepExecution::getStepName).doesNotContain("gather", "trend", "prognosis")
                .contains("compose");
        assertThatThrownBy(() -> executions.restart(failed.id())).isInstanceOf(JobStateException.class)
                .hasMessageContaining("already restarted as execution " + restarted.id());
        assertThatThrownBy(() -> executions.restart(999_999)).isInstanceOf(UnknownExecutionException.class);
    }

    @Test
    void anExecutionACrashedProcessLeftStartedIsRecoveredOnceOldEnoughAndThenRestarts() {
        JobExecution crashed = startedExecution("2025-W46", Duration.ofMinutes(10));
        JobExecution live = startedExecution("2025-W45", Duration.ZERO);

        List<ExecutionSummary> recovered = executions.recover(Duration.ofMinutes(5));

        assertThat(recovered).extracting(ExecutionSummary::id).containsExactly(crashed.getId());
        assertThat(recovered.get(0)).satisfies(e -> {
            assertThat(e.status()).isEqualTo("FAILED");
            assertThat(e.failedStep()).isEqualTo("gather");
            assertThat(e.error()).startsWith("recovered after a crash: left STARTED");
        });
        assertThat(repository.getJobExecution(live.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
        assertThat(executions.restart(crashed.getId()).status()).isEqualTo("COMPLETED");

        assertThat(executions.recover(null)).extracting(ExecutionSummary::id).containsExactly(live.getId());
    }

    /** What a process killed in its gather step leaves: the execution and the step STARTED, last touched {@code ago}. */
    private JobExecution startedExecution(String period, Duration ago) {
        JobParameters parameters = new JobParametersBuilder()
                .addString(PublishEditionJobConfiguration.JOB_ID, "syria-weekly")
                .addString(PublishEditionJobConfiguration.PERIOD, period)
                .addString(PublishEditionJobConfiguration.AS_OF, NOW.toString(), false)
                .addString(PublishEditionJobConfiguration.RUN, UUID.randomUUID().toString())
                .toJobParameters();
        JobInstance instance = repository.createJobInstance(PublishEditionJobConfiguration.JOB_NAME, parameters);
        JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        repository.update(execution);
        StepExecution gather = repository.createStepExecution("gather", execution);
        gather.setStatus(BatchStatus.STARTED);
        gather.setStartTime(LocalDateTime.now());
        repository.update(gather);
        LocalDateTime then = LocalDateTime.now().minus(ago);
        jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET START_TIME = ?, LAST_UPDATED = ?, CREATE_TIME = ? "
                + "WHERE JOB_EXECUTION_ID = ?").params(then, then, then, execution.getId()).update();
        jdbc.sql("UPDATE BATCH_STEP_EXECUTION SET START_TIME = ?, LAST_UPDATED = ?, CREATE_TIME = ? "
                + "WHERE STEP_EXECUTION_ID = ?").params(then, then, then, gather.getId()).update();
        return execution;
    }
}
