package dev.sitrep.jobs;

import dev.sitrep.events.EventLog;
import dev.sitrep.judgments.Judgments;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PublishEditionOnH2Test extends PublishEditionEndToEnd {

    @TempDir
    static Path dir;

    PublishEditionOnH2Test(EventLog events, Judgments judgments, EditionPublisher publisher,
            EditionRegenerator regenerator, dev.sitrep.archive.Editions editions) {
        super(events, judgments, publisher, regenerator, editions);
    }

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:e2e-h2;DB_CLOSE_DELAY=-1");
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
    }
}
