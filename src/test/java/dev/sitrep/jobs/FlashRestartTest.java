package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.sitrep.SitrepApplication;
import dev.sitrep.events.EventLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A flash run killed mid-render fails at render with nothing in out/; restarting it resumes there (gather,
 * trend, prognosis and compose are not run again) and publishes v1 exactly once.
 */
@SpringBootTest(classes = SitrepApplication.class)
class FlashRestartTest {

    @TempDir
    static Path dir;

    @MockitoSpyBean
    FlashSteps steps;

    private final FlashPublisher publisher;
    private final EventLog events;
    private final JdbcClient jdbc;

    private final Executions executions;

    FlashRestartTest(FlashPublisher publisher, EventLog events, JdbcClient jdbc, Executions executions) {
        this.executions = executions;
        this.publisher = publisher;
        this.events = events;
        this.jdbc = jdbc;
    }

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:flash-restart;DB_CLOSE_DELAY=-1");
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
    }

    @Test
    void aRunThatFailedMidRenderCompletesExactlyOnceWhenRestarted() throws Exception {
        events.importFile(Path.of("data/sample/syria-2025/events.jsonl"), "sitrep-jsonl", false);
        doThrow(new IllegalStateException("killed mid-render")).doCallRealMethod().when(steps).render(any(), any());

        assertThatThrownBy(() -> publisher.assess("sy25-1126-hmeimim-tartous-convoy", "syria-weekly"))
                .isInstanceOf(PublishFailedException.class).hasMessageContaining("killed mid-render");
        Path flash = dir.resolve("out/syria-weekly/flash-sy25-1126-hmeimim-tartous-convoy");
        assertThat(Files.exists(flash.resolve("v1"))).isFalse();
        long failed = jdbc.sql("""
                SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                WHERE i.JOB_NAME = 'publishFlash' AND e.STATUS = 'FAILED'""").query(Long.class).single();

        PublishOutcome restarted = publisher.restart(failed);

        assertThat(restarted.published()).isTrue();
        assertThat(restarted.version()).isEqualTo(1);
        verify(steps, times(1)).gather(any(), any());
        verify(steps, times(1)).compose(any(), any());
        verify(steps, times(2)).render(any(), any());
        verify(steps, times(1)).publish(any(), any());
        try (Stream<Path> versions = Files.list(flash)) {
            assertThat(versions.map(p -> p.getFileName().toString())).containsExactly("v1");
        }
        assertThat(publisher.assess("sy25-1126-hmeimim-tartous-convoy", "syria-weekly").published()).isFalse();

        // An admin sees a failed flash run among the executions, and restarts it the same way as a weekly one.
        doThrow(new IllegalStateException("killed mid-render")).doCallRealMethod().when(steps).render(any(), any());
        assertThatThrownBy(() -> publisher.assess("sy25-1121-gss-raid-is-cell-douma", "syria-weekly"))
                .isInstanceOf(PublishFailedException.class);
        ExecutionSummary listed = executions.list("syria-weekly", "failed", 10).get(0);
        assertThat(listed).extracting(ExecutionSummary::job, ExecutionSummary::period, ExecutionSummary::failedStep,
                ExecutionSummary::error).containsExactly("syria-weekly", "flash-sy25-1121-gss-raid-is-cell-douma",
                "flash-render", "killed mid-render");
        assertThat(listed.restartable()).isTrue();

        ExecutionSummary done = executions.restart(listed.id());

        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.period()).isEqualTo("flash-sy25-1121-gss-raid-is-cell-douma");
        assertThat(Files.exists(dir.resolve("out/syria-weekly/flash-sy25-1121-gss-raid-is-cell-douma/v1"))).isTrue();
        assertThat(executions.list("syria-weekly", null, 10)).extracting(ExecutionSummary::period)
                .contains("flash-sy25-1126-hmeimim-tartous-convoy", "flash-sy25-1121-gss-raid-is-cell-douma");
        doCallRealMethod().when(steps).render(any(), any());
    }
}
