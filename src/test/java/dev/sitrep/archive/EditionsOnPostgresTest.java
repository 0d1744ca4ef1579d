package dev.sitrep.archive;

import dev.sitrep.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class EditionsOnPostgresTest extends EditionsContract {

    @TempDir
    static Path out;

    EditionsOnPostgresTest(Archive archive, Editions editions, JdbcClient jdbc) {
        super(archive, editions, jdbc);
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = TestPostgres.newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("sitrep.archive.out-dir", () -> out.toString());
    }
}
