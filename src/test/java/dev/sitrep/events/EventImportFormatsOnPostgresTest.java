package dev.sitrep.events;

import dev.sitrep.testing.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On PostgreSQL the rows go in by COPY: the same files must give the same events and rejections. */
class EventImportFormatsOnPostgresTest extends EventImportFormats {

    EventImportFormatsOnPostgresTest(EventLog log) {
        super(log);
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = TestPostgres.newDatabase();
        registry.add("spring.datasource.url", () -> url);
    }
}
