package dev.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.SitrepApplication;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A million-row file imports in a JVM whose whole heap is 256 MB: the "heap" tag runs in a Surefire
 * execution of its own with -Xmx256m (pom.xml), on an H2 file database so the data is not in the heap.
 */
@Tag("heap")
@SpringBootTest(classes = SitrepApplication.class)
class LargeImportHeapTest {

    static final int ROWS = 1_000_000;

    @TempDir
    static Path dir;

    private final EventLog log;

    LargeImportHeapTest(EventLog log) {
        this.log = log;
    }

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("db/sitrep"));
    }

    @Test
    void aMillionRowFileImportsWithinA256MegabyteHeap() throws IOException {
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx256m").isLessThanOrEqualTo(300L << 20);
        Path file = dir.resolve("million.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,occurred,type,actors,country,summary,source_key,source_kind,source_publisher,source_title\n");
            LocalDate day = LocalDate.of(2025, 11, 30);
            for (int i = 0; i < ROWS; i++) {
                out.write("big-" + i + "," + day.minusDays(i % 364) + ",armed-clash,Actor " + (i % 50)
                        + " (side-a),Syria,Event " + i + " of a large generated log.,src-" + (i % 5000)
                        + ",webpage,Feed " + (i % 5000) + ",[Report " + (i % 5000) + "]\n");
            }
            out.write("big-7,2025-11-30,armed-clash,Actor 1 (side-a),Syria,A repeated id.,src-1,webpage,Feed 1,[Report 1]\n");
        }

        ImportReport report = log.importFile(file, "auto", false);

        assertThat(report.read()).isEqualTo(ROWS + 1);
        assertThat(report.imported()).isEqualTo(ROWS);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.rejections().get(0).reason()).contains("'big-7' is already on line 9");
        assertThat(log.hasEvent("big-999999")).isTrue();
    }
}
