package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.SitrepApplication;
import dev.sitrep.core.IsoWeek;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The scheduler path for real: Quartz (JDBC job store) fires, Spring Batch publishes, files land in out/. */
@SpringBootTest(classes = SitrepApplication.class)
class SchedulesTest {

    @TempDir
    static Path dir;

    private final Schedules schedules;
    private final Scheduler scheduler;

    SchedulesTest(Schedules schedules, Scheduler scheduler) {
        this.schedules = schedules;
        this.scheduler = scheduler;
    }

    @DynamicPropertySource
    static void everySecond(DynamicPropertyRegistry registry) throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("syria-weekly.yml"), Files.readString(Path.of("jobs/syria-weekly.yml"))
                .replace("cron: \"0 0 6 ? * MON\"", "cron: \"* * * * * ?\""));
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:schedules-test;DB_CLOSE_DELAY=-1");
        registry.add("sitrep.jobs-dir", jobs::toString);
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
    }

    /**
     * Standby stops new firings but not one already running; that run would go on writing into the temporary
     * folder while JUnit deletes it (the cached context outlives the class), so wait for it to end.
     */
    @AfterEach
    void stop() throws Exception {
        scheduler.standby();
        Instant deadline = Instant.now().plusSeconds(180);
        while (!scheduler.getCurrentlyExecutingJobs().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(scheduler.getCurrentlyExecutingJobs()).as("a firing still running after 180 s").isEmpty();
    }

    @Test
    void aFiringPublishesTheWeekJustEndedInTheJobsTimeZone() throws Exception {
        Schedules.ReloadReport scheduled = schedules.reload();
        assertThat(scheduled.changes()).singleElement().satisfies(job -> {
            assertThat(job.kind()).isEqualTo(Schedules.ChangeKind.ADDED);
            assertThat(job.detail()).contains("in Asia/Damascus");
        });
        schedules.start();

        Instant deadline = Instant.now().plusSeconds(60);
        Path v1 = versionFolder();
        while (!Files.exists(v1.resolve("manifest.json")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            v1 = versionFolder();
        }
        String period = v1.getParent().getFileName().toString();
        assertThat(v1.resolve("syria-weekly-" + period + "-v1.pdf")).exists();
        assertThat(v1.resolve("syria-weekly-" + period + "-v1.md")).exists();
    }

    /** Recomputed while waiting, in case the test runs across a week's end in Damascus. */
    private static Path versionFolder() {
        IsoWeek expected = ScheduledPublication.periodFor(LocalDate.now(ZoneId.of("Asia/Damascus")));
        return dir.resolve("out/syria-weekly").resolve(expected.toString()).resolve("v1");
    }
}
