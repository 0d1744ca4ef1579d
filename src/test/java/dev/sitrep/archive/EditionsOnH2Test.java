package dev.sitrep.archive;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class EditionsOnH2Test extends EditionsContract {

    @TempDir
    static Path out;

    EditionsOnH2Test(Archive archive, Editions editions, JdbcClient jdbc) {
        super(archive, editions, jdbc);
    }

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:editions-test;DB_CLOSE_DELAY=-1");
        registry.add("sitrep.archive.out-dir", () -> out.toString());
    }
}
