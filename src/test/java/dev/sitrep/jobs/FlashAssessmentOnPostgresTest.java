package dev.sitrep.jobs;

import dev.sitrep.archive.Editions;
import dev.sitrep.events.EventLog;
import dev.sitrep.judgments.Judgments;
import dev.sitrep.testing.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same flash runs on a real PostgreSQL: the V14 index and column, the related-events query, the trigger. */
class FlashAssessmentOnPostgresTest extends FlashAssessmentEndToEnd {

    FlashAssessmentOnPostgresTest(EventLog events, Judgments judgments, FlashPublisher publisher,
                                  EditionRegenerator regenerator, Editions editions) {
        super(events, judgments, publisher, regenerator, editions);
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = TestPostgres.newDatabase();
        registry.add("spring.datasource.url", () -> url);
        folders(registry);
    }
}
