package dev.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.SitrepApplication;
import dev.sitrep.testing.RandomInputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Random files of good rows between garbage lines, imported into a log: the import never fails, every good
 * row is stored, and each rejection in the quarantine names a line of the file and keeps the text there.
 */
@SpringBootTest(classes = SitrepApplication.class)
class ImportQuarantinePropertiesTest {

    private static final String HEADER = String.join(",", SitrepCsvFormat.COLUMNS);

    @TempDir
    Path dir;

    private final EventLog log;
    private final AtomicInteger files = new AtomicInteger();

    ImportQuarantinePropertiesTest(EventLog log) {
        this.log = log;
    }

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:import-quarantine-properties;DB_CLOSE_DELAY=-1");
    }

    @Test
    void everyGoodCsvRowIsStoredAndEveryRejectionKeepsTheTextOfItsLine() {
        RandomInputs.forAll(20251128L, 15, MixedFiles::csv, MixedFiles.MixedFile::smaller,
                file -> check(file, HEADER, ".csv"));
    }

    @Test
    void everyGoodJsonLineIsStoredAndEveryRejectionKeepsTheTextOfItsLine() {
        RandomInputs.forAll(20251129L, 15, MixedFiles::jsonl, MixedFiles.MixedFile::smaller,
                file -> check(file, null, ".jsonl"));
    }

    private void check(MixedFiles.MixedFile mixed, String header, String extension) {
        String written = mixed.text(header);
        Path file = write(written, extension);
        // A byte-order mark before the first line is no part of it (Utf8Lines skips it).
        String text = written.startsWith("\ufeff") ? written.substring(1) : written;
        if (text.lines().skip(header == null ? 0 : 1).allMatch(String::isBlank)) {
            assertThatThrownBy(() -> log.importFile(file, "auto", false)).isInstanceOf(RejectedFile.class)
                    .hasMessageContaining("the file is empty");
            return;
        }

        ImportReport report = log.importFile(file, "auto", false);

        List<MixedFiles.Piece> good = mixed.good();
        // Unchanged, not imported, when a shrunk case is imported again.
        assertThat(report.imported() + report.unchanged()).as(report.counts()).isEqualTo(good.size());
        assertThat(good).allSatisfy(p -> assertThat(log.hasEvent(p.id())).as(p.id()).isTrue());
        List<Quarantined> kept = log.rejectedWithText(file.toString(), 1000);
        assertThat(kept).hasSize(report.rejected());
        assertThat(kept).extracting(q -> q.rejection().line()).containsExactlyInAnyOrderElementsOf(
                report.rejections().stream().map(Rejection::line).toList());
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (Quarantined q : kept) {
            int line = q.rejection().line();
            assertThat(line).as("line of %s", q.rejection()).isBetween(header == null ? 1 : 2, lines.length);
            String from = String.join("\n", List.of(lines).subList(line - 1, lines.length));
            assertThat(from).as("text at line %d", line).startsWith(q.raw().replaceAll("\r\n|\r", "\n"));
        }
    }

    private Path write(String text, String extension) {
        try {
            return Files.writeString(dir.resolve("quarantine-" + files.incrementAndGet() + extension), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
