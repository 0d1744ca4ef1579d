package dev.sitrep.events;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class EventImportFormatsOnH2Test extends EventImportFormats {

    EventImportFormatsOnH2Test(EventLog log) {
        super(log);
    }

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:import-formats-test;DB_CLOSE_DELAY=-1");
    }
}
