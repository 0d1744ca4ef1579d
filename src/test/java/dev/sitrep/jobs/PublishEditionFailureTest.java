package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.sitrep.SitrepApplication;
import dev.sitrep.render.RenderException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** When a step fails, the job stops there, reports that step's own error, and publishes nothing. */
@SpringBootTest(classes = SitrepApplication.class)
class PublishEditionFailureTest {

    @TempDir
    static Path dir;

    @MockitoSpyBean
    EditionSteps steps;

    private final EditionPublisher publisher;

    PublishEditionFailureTest(EditionPublisher publisher) {
        this.publisher = publisher;
    }

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:failure-test;DB_CLOSE_DELAY=-1");
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
    }

    @Test
    void aFailedComposeEndsTheJobWithItsOwnErrorAndNeitherRendersNorPublishes() throws Exception {
        doThrow(new RenderException("compose went wrong")).when(steps).compose(any(), any());

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> publisher.publish("syria-weekly", "2025-W48"))
                    .isInstanceOf(RenderException.class).hasMessage("compose went wrong");
        }
        verify(steps, never()).render(any(), any());
        verify(steps, never()).publish(any(), any());
        assertThat(Files.exists(dir.resolve("out/syria-weekly"))).isFalse();
    }
}
