package dev.sitrep.jobs;

import dev.sitrep.events.EventLog;
import dev.sitrep.judgments.Judgments;
import dev.sitrep.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same end-to-end run on a real PostgreSQL: migrations, Batch and Quartz tables, the job. */
class PublishEditionOnPostgresTest extends PublishEditionEndToEnd {

    @TempDir
    static Path dir;

    PublishEditionOnPostgresTest(EventLog events, Judgments judgments, EditionPublisher publisher,
            EditionRegenerator regenerator, dev.sitrep.archive.Editions editions) {
        super(events, judgments, publisher, regenerator, editions);
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = TestPostgres.newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
    }
}
