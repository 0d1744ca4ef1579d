package dev.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.testing.RandomInputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For random files of good rows between garbage lines, read as an import reads them: nothing throws, each
 * good row is an event exactly once on the line it starts on with its values intact, and every line of the
 * file is accounted for once: in a row that imports, in a rejected row or stretch whose raw text is exactly
 * those lines, or blank.
 */
class ImportRecoveryPropertiesTest {

    private static final String HEADER = String.join(",", SitrepCsvFormat.COLUMNS);

    @TempDir
    Path dir;

    private final AtomicInteger files = new AtomicInteger();

    @Test
    void csvFilesOfGoodRowsAndGarbageLoseNoGoodRowAndNameEveryRejectedLine() {
        RandomInputs.forAll(20251126L, 150, MixedFiles::csv, MixedFiles.MixedFile::smaller,
                file -> check(file, HEADER, "sitrep-csv", ".csv"));
    }

    @Test
    void jsonlFilesOfGoodLinesAndGarbageLoseNoGoodLineAndNameEveryRejectedLine() {
        RandomInputs.forAll(20251127L, 150, MixedFiles::jsonl, MixedFiles.MixedFile::smaller,
                file -> check(file, null, "sitrep-jsonl", ".jsonl"));
    }

    private void check(MixedFiles.MixedFile mixed, String header, String format, String extension) {
        String text = mixed.text(header);
        List<ReadRows.Row> rows;
        try {
            Path file = Files.writeString(dir.resolve("mixed-" + files.incrementAndGet() + extension), text);
            rows = ReadRows.of(file, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A byte-order mark before the first line is no part of it (Utf8Lines skips it).
        text = text.startsWith("\ufeff") ? text.substring(1) : text;
        List<Integer> starts = lineStarts(text);

        List<ReadRows.Row> events = rows.stream().filter(r -> !r.rejected()).toList();
        assertThat(events).extracting(r -> r.event().id()).containsExactlyElementsOf(
                mixed.good().stream().map(MixedFiles.Piece::id).toList());
        assertThat(events).extracting(ReadRows.Row::line).containsExactlyElementsOf(goodLines(mixed, header));
        for (int i = 0; i < events.size(); i++) {
            MixedFiles.Piece expected = mixed.good().get(i);
            assertThat(events.get(i).event().summary()).isEqualTo(expected.summary());
            assertThat(events.get(i).event().place().name()).isEqualTo(expected.place());
        }

        boolean[] covered = new boolean[starts.size() + 1];
        for (ReadRows.Row row : rows) {
            assertThat(row.line()).as("line of %s", row).isBetween(header == null ? 1 : 2, starts.size());
            int at = starts.get(row.line() - 1);
            assertThat(text.startsWith(row.raw(), at)).as("raw text of line %d: %s", row.line(), row.raw()).isTrue();
            int end = at + row.raw().length();
            assertThat(end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r')
                    .as("raw text of line %d ends where a line ends", row.line()).isTrue();
            int last = row.line() + breaks(row.raw());
            for (int line = row.line(); line <= last; line++) {
                assertThat(covered[line]).as("line %d is in two rows", line).isFalse();
                covered[line] = true;
            }
        }
        for (int line = header == null ? 1 : 2; line <= starts.size(); line++) {
            int from = starts.get(line - 1);
            int to = line < starts.size() ? starts.get(line) : text.length();
            assertThat(covered[line] || text.substring(from, to).isBlank())
                    .as("line %d (%s) is accounted for", line, text.substring(from, to)).isTrue();
        }
    }

    /** The line each good row starts on: the header's lines and every line break before it counted. */
    private static List<Integer> goodLines(MixedFiles.MixedFile mixed, String header) {
        List<Integer> lines = new ArrayList<>();
        int line = header == null ? 1 : 2;
        for (MixedFiles.Piece piece : mixed.pieces()) {
            if (piece.good()) {
                lines.add(line);
            }
            line += breaks(piece.text()) + 1;
        }
        return lines;
    }

    /** Where each physical line starts: after LF, CRLF or a lone CR, as an editor breaks lines. */
    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            if ((c == '\r' || c == '\n') && i + 1 < text.length()) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static int breaks(String text) {
        return lineStarts(text + "x").size() - 1;
    }
}
