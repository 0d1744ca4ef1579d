package dev.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV row with broken quoting costs only itself: the rows before and after it import, it is rejected
 * on the physical line it starts on with its exact text, and real multi-line fields still read whole.
 */
class CsvRecoveryTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final String HEADER = String.join(",", SitrepCsvFormat.COLUMNS);

    @TempDir
    Path dir;

    private static String row(String id, String summary) {
        return id + ",2025-11-26,day,2025-11-27T00:00:00Z,protest,,P (side-a),Syria,,,,,," + summary
                + ",,,rc-src,webpage,P,T,,,,";
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<Object> imported(List<ReadRows.Row> rows) {
        return rows.stream().filter(r -> !r.rejected()).map(r -> (Object) tuple(r.line(), r.event().id())).toList();
    }

    private static List<ReadRows.Row> rejected(List<ReadRows.Row> rows) {
        return rows.stream().filter(ReadRows.Row::rejected).toList();
    }

    @Test
    void anUnbalancedQuoteAndAPastedJsonLineAreRejectedAloneAndEveryGoodRowAroundThemImports() throws IOException {
        String unbalanced = row("rc-bad", "\"Unbalanced quote");
        String json = "{\"id\":\"rc-json\",\"occurred\":\"2025-11-26\",\"type\":\"protest\"}";
        Path file = write("mixed.csv", String.join("\n", HEADER, row("rc-1", "One."), row("rc-2", "Two."), unbalanced,
                row("rc-3", "Three."), json, row("rc-4", "\"Four,\nover two lines.\""), row("rc-5", "Five.")) + "\n");

        List<ReadRows.Row> rows = ReadRows.of(file, "sitrep-csv");

        assertThat(imported(rows)).containsExactly(tuple(2, "rc-1"), tuple(3, "rc-2"), tuple(5, "rc-3"),
                tuple(7, "rc-4"), tuple(9, "rc-5"));
        assertThat(rejected(rows)).extracting(ReadRows.Row::line, ReadRows.Row::raw)
                .containsExactly(tuple(4, unbalanced), tuple(6, json));
        assertThat(rejected(rows).get(0).reason()).contains("a quoted field opened on this line does not close on it",
                "runs to line 6", "this line alone is rejected");
        assertThat(rejected(rows).get(1).reason()).contains("a quoted field closes and more text follows");
        assertThat(rows).allSatisfy(r -> assertThat(r.reason() == null ? "" : r.reason()).doesNotContain("position"));
    }

    @Test
    void quotedLineBreaksOfEveryKindStayInTheValueAndTheLinesAfterThemStayTrue() throws IOException {
        Path file = write("breaks.csv", HEADER + "\r\n" + row("rc-crlf", "\"First\r\nsecond\"") + "\r\n"
                + row("rc-cr", "\"First\rsecond\nthird\"") + "\r\n" + row("rc-late", "Late.").replace("2025-11-26", "x")
                + "\r\n" + row("rc-last", "\"No line break at the end\""));

        List<ReadRows.Row> rows = ReadRows.of(file, "sitrep-csv");

        assertThat(imported(rows)).containsExactly(tuple(2, "rc-crlf"), tuple(4, "rc-cr"), tuple(8, "rc-last"));
        assertThat(rows.get(0).event().summary()).isEqualTo("First\r\nsecond");
        assertThat(rows.get(1).event().summary()).isEqualTo("First\rsecond\nthird");
        assertThat(rows.get(1).raw()).isEqualTo(row("rc-cr", "\"First\rsecond\nthird\""));
        assertThat(rejected(rows)).extracting(ReadRows.Row::line, ReadRows.Row::field).containsExactly(tuple(7, "occurred"));
    }

    @Test
    void aMultiLineRowWithABadFieldIsRejectedAsOneStretchWithAllItsText() throws IOException {
        String bad = row("rc-date", "\"A summary\nover\nthree lines.\"").replace("2025-11-26", "2025-02-30");
        Path file = write("stretch.csv", String.join("\n", HEADER, row("rc-1", "One."), bad, row("rc-2", "Two.")));

        List<ReadRows.Row> rows = ReadRows.of(file, "sitrep-csv");

        assertThat(imported(rows)).containsExactly(tuple(2, "rc-1"), tuple(6, "rc-2"));
        assertThat(rejected(rows)).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.raw()).isEqualTo(bad);
            assertThat(r.field()).isEqualTo("occurred");
            assertThat(r.reason()).contains("'2025-02-30' is not a date that exists", "runs over lines 3–5");
        });
    }

    @Test
    void aQuoteLeftOpenToTheEndOfTheFileRejectsOnlyTheStretchFromItsLine() throws IOException {
        String tail = row("rc-open", "\"Never closed") + "\nnot a row\nnor this";
        Path file = write("open.csv", String.join("\n", HEADER, row("rc-1", "One."), row("rc-2", "Two."), tail) + "\n");

        List<ReadRows.Row> rows = ReadRows.of(file, "sitrep-csv");

        assertThat(imported(rows)).containsExactly(tuple(2, "rc-1"), tuple(3, "rc-2"));
        assertThat(rejected(rows)).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.raw()).isEqualTo(tail);
            assertThat(r.reason()).contains("still open at the end of the file", "runs over lines 4–6");
        });
    }

    @Test
    void aQuoteLeftOpenBeforeOverAMillionCharactersOfRowsCostsNoneOfThem() throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER, row("rc-open", "\"Never closed")));
        for (int i = 0; i < 6_000; i++) {
            lines.add(row("rc-many-" + i, "Row " + i + " " + "x".repeat(150)));
        }
        Path file = Files.write(dir.resolve("runaway.csv"), lines);

        List<ReadRows.Row> rows = ReadRows.of(file, "sitrep-csv");

        assertThat(rejected(rows)).extracting(ReadRows.Row::line).containsExactly(2);
        assertThat(rejected(rows).get(0).reason()).contains("over 1000000 characters on");
        assertThat(imported(rows)).hasSize(6_000).first().isEqualTo(tuple(3, "rc-many-0"));
        assertThat(imported(rows)).last().isEqualTo(tuple(6_002, "rc-many-5999"));
    }

    @Test
    void acledAndUcdpFilesRecoverTheSameWay() throws IOException {
        for (String fixture : List.of("acled-syria.csv", "ucdp-ged-syria.csv")) {
            List<String> lines = Files.readAllLines(FIXTURES.resolve(fixture));
            List<ReadRows.Row> clean = ReadRows.of(FIXTURES.resolve(fixture), "auto");
            String stray = "\"" + lines.get(1);
            String json = "{\"id\":\"pasted\",\"notes\":\"a, b\"}";
            int second = clean.get(1).line();
            List<String> broken = new ArrayList<>(lines);
            broken.add(1, stray);
            broken.add(second, json);
            Path file = Files.write(dir.resolve("broken-" + fixture), broken);

            List<ReadRows.Row> rows = ReadRows.of(file, "auto");

            assertThat(rejected(rows)).as(fixture).extracting(ReadRows.Row::line, ReadRows.Row::raw)
                    .containsExactly(tuple(2, stray), tuple(second + 1, json));
            // Every row of the clean file imports, one line further down, and two from the pasted JSON on.
            assertThat(clean).as(fixture).hasSizeGreaterThan(2).noneMatch(ReadRows.Row::rejected);
            assertThat(imported(rows)).as(fixture).containsExactlyElementsOf(clean.stream()
                    .map(r -> (Object) tuple(r.line() + (r.line() >= second ? 2 : 1), r.event().id())).toList());
        }
    }
}
