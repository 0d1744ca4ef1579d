package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;

import dev.sitrep.SitrepApplication;
import dev.sitrep.archive.EditionState;
import dev.sitrep.archive.EditionVersion;
import dev.sitrep.render.RenderException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Every run of publishEdition leaves one log line and Sitrep's metrics, and Spring Batch's own job and
 * step timers reach the application's MeterRegistry. The steps' work is stubbed: only the wiring is tested.
 */
@SpringBootTest(classes = SitrepApplication.class)
@ExtendWith(OutputCaptureExtension.class)
class EditionRunObservabilityTest {

    private static final String JOB = "syria-weekly";

    @TempDir
    static Path dir;

    @MockitoSpyBean
    EditionSteps steps;

    private final EditionPublisher publisher;
    private final MeterRegistry meters;

    EditionRunObservabilityTest(EditionPublisher publisher, MeterRegistry meters) {
        this.publisher = publisher;
        this.meters = meters;
    }

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:edition-run-observability;DB_CLOSE_DELAY=-1");
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
    }

    @BeforeEach
    void stepsThatDoNothing() {
        doNothing().when(steps).gather(any(), any());
        doNothing().when(steps).trend(any(), any());
        doNothing().when(steps).prognosis(any(), any());
    }

    @Test
    void aPublishedRunLogsOneLineWithItsVersionAndCountsAPublication(CapturedOutput output) {
        doReturn(Optional.empty()).when(steps).compose(any(), any());
        doReturn(3).when(steps).render(any(), any());
        doReturn(version(3)).when(steps).publish(any(), any());
        doReturn(null).when(steps).deliver(any(), org.mockito.ArgumentMatchers.anyInt());
        long runs = runs("published");
        double published = published();

        PublishOutcome outcome = publisher.publish(JOB, "2025-W48");

        assertThat(runLines(output)).singleElement().asString().matches(
                ".*publishEdition job=syria-weekly period=2025-W48 version=3 outcome=published duration=\\d+\\.\\d\\ds"
                        + " execution=" + outcome.executionId() + "$");
        assertThat(runs("published")).isEqualTo(runs + 1);
        assertThat(published()).isEqualTo(published + 1);
    }

    @Test
    void anUnchangedRunLogsTheLatestVersionAndPublishesNothing(CapturedOutput output) {
        doReturn(Optional.of(version(2))).when(steps).compose(any(), any());
        long runs = runs("unchanged");
        double published = published();

        publisher.publish(JOB, "2025-W47");

        assertThat(runLines(output)).singleElement().asString()
                .contains("job=syria-weekly period=2025-W47 version=2 outcome=unchanged duration=");
        assertThat(runs("unchanged")).isEqualTo(runs + 1);
        assertThat(published()).isEqualTo(published);
    }

    @Test
    void aFailedRunLogsTheStepThatFailedAndItsError(CapturedOutput output) {
        doReturn(Optional.empty()).when(steps).compose(any(), any());
        doThrow(new RenderException("template \"weekly\" broke\non line 3")).when(steps).render(any(), any());
        long runs = runs("failed");

        assertThatThrownBy(() -> publisher.publish(JOB, "2025-W46")).isInstanceOf(RenderException.class);

        assertThat(runLines(output)).singleElement().asString()
                .contains("job=syria-weekly period=2025-W46 outcome=failed step=render duration=")
                .endsWith("error=\"template \\\"weekly\\\" broke on line 3\"");
        assertThat(runs("failed")).isEqualTo(runs + 1);
    }

    @Test
    void springBatchTimesTheJobAndEachStepInTheApplicationsRegistry() {
        doReturn(Optional.of(version(1))).when(steps).compose(any(), any());

        publisher.publish(JOB, "2025-W45");

        assertThat(meters.find("spring.batch.job").tag("spring.batch.job.name", "publishEdition").timers())
                .isNotEmpty().allSatisfy(t -> assertThat(t.getId().getTag("spring.batch.job.status")).isNotNull());
        assertThat(meters.find("spring.batch.step").tag("spring.batch.step.name", "compose").timers())
                .isNotEmpty();
        assertThat(meters.find("spring.batch.job.active").longTaskTimers()).isNotEmpty();
    }

    private static java.util.List<String> runLines(CapturedOutput output) {
        return output.getAll().lines().filter(l -> l.contains("publishEdition job=")).toList();
    }

    private long runs(String outcome) {
        Timer timer = meters.find(EditionRunListener.RUN_TIMER).tags("job", JOB, "outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private double published() {
        Counter counter = meters.find(EditionRunListener.PUBLISHED_COUNTER).tag("job", JOB).counter();
        return counter == null ? 0 : counter.count();
    }

    private static EditionVersion version(int n) {
        return new EditionVersion(n, JOB, "2025-W48", n, EditionState.PUBLISHED, "content", "inputs",
                Instant.parse("2025-12-01T06:00:00Z"), dir.resolve("out"));
    }
}
