package dev.sitrep.jobs;

import dev.sitrep.archive.Editions;
import dev.sitrep.events.EventLog;
import dev.sitrep.judgments.Judgments;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class FlashAssessmentOnH2Test extends FlashAssessmentEndToEnd {

    FlashAssessmentOnH2Test(EventLog events, Judgments judgments, FlashPublisher publisher,
                            EditionRegenerator regenerator, Editions editions) {
        super(events, judgments, publisher, regenerator, editions);
    }

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:flash-e2e;DB_CLOSE_DELAY=-1");
        folders(registry);
    }
}
