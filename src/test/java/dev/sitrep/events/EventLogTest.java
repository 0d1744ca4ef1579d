package dev.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.SitrepApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(classes = SitrepApplication.class,
        properties = "spring.datasource.url=jdbc:h2:mem:event-log-test;DB_CLOSE_DELAY=-1")
class EventLogTest {

    private static final String CONVOY = """
            {"id":"%s","occurred":"2025-11-26","recorded":"%s","type":"military-movement","subType":"convoy",\
            "actors":[{"name":"Russian Armed Forces","role":"side-a"}],"country":"Syria","admin1":"Latakia",\
            "place":"Hmeimim Air Base","latitude":35.4,"longitude":35.9,"summary":"%s","fatalities":null,\
            "tags":["Convoy"],"sources":[{"key":"sohr-convoy","kind":"article-newspaper",\
            "publisher":"Syrian Observatory for Human Rights","title":"[Convoy report]","author":null,\
            "url":null,"published":"2025-11-26","accessed":"2025-11-27"}]}""";

    @TempDir
    Path dir;

    private final EventLog log;
    private final JdbcClient jdbc;

    EventLogTest(EventLog log, JdbcClient jdbc) {
        this.log = log;
        this.jdbc = jdbc;
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }

    private static String convoy(String id, String recorded, String summary) {
        return CONVOY.formatted(id, recorded, summary);
    }

    @Test
    void badLinesAreRejectedWithLineFieldAndReasonAndKeptInQuarantineWhileGoodOnesAreImported()
            throws IOException {
        Path f = file("mixed.jsonl",
                convoy("ok-1", "2025-11-26T20:00:00Z", "Convoy leaves Hmeimim."),
                "{not json",
                convoy("bad-date", "2025-11-26T20:00:00Z", "x").replace("2025-11-26\",\"recorded", "26/11/2025\",\"recorded"),
                convoy("bad-role", "2025-11-26T20:00:00Z", "x").replace("side-a", "attacker"),
                convoy("extra", "2025-11-26T20:00:00Z", "x").replace("\"fatalities\":null", "\"fatalities\":-3"),
                "",
                convoy("ok-2", "2025-11-26T21:00:00Z", "Another convoy."));

        ImportReport report = log.importFile(f, "sitrep-jsonl", false);

        assertThat(report.read()).isEqualTo(6);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejections()).extracting(Rejection::line, Rejection::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, null),
                org.assertj.core.groups.Tuple.tuple(3, "occurred"),
                org.assertj.core.groups.Tuple.tuple(4, "actors.role"),
                org.assertj.core.groups.Tuple.tuple(5, "fatalities"));
        assertThat(report.rejections().get(1).reason()).contains("'26/11/2025' is not a date: use YYYY-MM-DD");
        List<Map<String, Object>> kept = jdbc.sql("SELECT * FROM quarantine WHERE file_name = ? ORDER BY line_number")
                .param(f.toString()).query().listOfRows();
        assertThat(kept).hasSize(4);
        assertThat(kept.get(2).get("RAW").toString()).contains("attacker");
    }

    @Test
    void anEventDatedAfterItWasRecordedOrBefore1900OrNamingAFieldTwiceIsRejectedAndTheRestImported()
            throws IOException {
        Path f = file("dates.jsonl",
                convoy("far-future", "2025-11-26T20:00:00Z", "x").replace("\"occurred\":\"2025-11-26\"",
                        "\"occurred\":\"9999-12-31\""),
                convoy("next-week", "2025-11-26T20:00:00Z", "x").replace("\"occurred\":\"2025-11-26\"",
                        "\"occurred\":\"2025-12-03\""),
                convoy("typo-year", "2025-11-26T20:00:00Z", "x").replace("\"occurred\":\"2025-11-26\"",
                        "\"occurred\":\"1025-11-26\""),
                convoy("twice", "2025-11-26T20:00:00Z", "x").replace("\"summary\":", "\"id\":\"other\",\"summary\":"),
                // Recorded late on the 26th in UTC, it may be the 27th where it happened: a day's grace.
                convoy("next-day", "2025-11-26T23:00:00Z", "x").replace("\"occurred\":\"2025-11-26\"",
                        "\"occurred\":\"2025-11-27\""),
                convoy("fine", "2025-11-26T20:00:00Z", "Convoy leaves Hmeimim."));

        ImportReport report = log.importFile(f, "sitrep-jsonl", false);

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejections()).extracting(Rejection::line, Rejection::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "occurred"), org.assertj.core.groups.Tuple.tuple(2, "occurred"),
                org.assertj.core.groups.Tuple.tuple(3, "occurred"), org.assertj.core.groups.Tuple.tuple(4, null));
        assertThat(report.rejections().get(0).reason()).contains("9999-12-31 is after the day the event was recorded");
        assertThat(report.rejections().get(2).reason()).contains("1025-11-26 is before 1900-01-01: check the year");
        assertThat(report.rejections().get(3).reason()).contains("Duplicate").contains("id");
    }

    @Test
    void anEventIdThatCouldNotNameAServedEditionIsRejectedWithTheRule() throws IOException {
        Path f = file("ids.jsonl", convoy("conv..oy", "2025-11-26T20:00:00Z", "x"),
                convoy("c".repeat(151), "2025-11-26T20:00:00Z", "x"), convoy("convoy.", "2025-11-26T20:00:00Z", "x"),
                convoy("convoy-ok", "2025-11-26T20:00:00Z", "x"));

        ImportReport report = log.importFile(f, "sitrep-jsonl", false);

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.rejections()).extracting(Rejection::line).containsExactly(1, 2, 3);
        assertThat(report.rejections()).allSatisfy(r -> assertThat(r.reason())
                .contains("is not a valid event id: lower-case letters").contains("at most 150 characters, no '..'"));
    }

    @Test
    void reImportingTheSameLineChangesNothingAndACorrectionIsANewRevision() throws IOException {
        log.importFile(file("a.jsonl", convoy("rev-1", "2025-11-26T20:00:00Z", "First report.")), "sitrep-jsonl", false);
        ImportReport same = log.importFile(file("b.jsonl", convoy("rev-1", "2025-11-27T08:00:00Z", "First report.")),
                "sitrep-jsonl", false);
        ImportReport corrected = log.importFile(file("c.jsonl",
                convoy("rev-1", "2025-11-28T08:00:00Z", "Corrected: two convoys.")), "sitrep-jsonl", false);

        assertThat(same.unchanged()).isEqualTo(1);
        assertThat(corrected.revised()).isEqualTo(1);
        LocalDate end = LocalDate.of(2025, 11, 30);
        Event asOfFirst = pick(log.select(Instant.parse("2025-11-27T00:00:00Z"), end, e -> true), "rev-1");
        Event latest = pick(log.select(Instant.parse("2025-12-01T00:00:00Z"), end, e -> true), "rev-1");
        assertThat(asOfFirst.revision()).isEqualTo(1);
        assertThat(asOfFirst.summary()).isEqualTo("First report.");
        assertThat(latest.revision()).isEqualTo(2);
        assertThat(latest.summary()).isEqualTo("Corrected: two convoys.");
        assertThat(latest.tags()).containsExactly("convoy");
        assertThat(latest.sources()).extracting(Source::key).containsExactly("sohr-convoy");
    }

    @Test
    void aSourceKeyWithDifferentDetailsIsRefusedAndADryRunStoresNothing() throws IOException {
        log.importFile(file("s1.jsonl", convoy("src-1", "2025-11-26T20:00:00Z", "x")), "sitrep-jsonl", false);
        ImportReport clash = log.importFile(file("s2.jsonl",
                convoy("src-2", "2025-11-26T20:00:00Z", "y").replace("[Convoy report]", "[Other]")),
                "sitrep-jsonl", true);

        assertThat(clash.rejections()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("sources.key");
            assertThat(r.reason()).contains("already in the log with other details");
        });
        ImportReport dry = log.importFile(file("s3.jsonl", convoy("dry-1", "2025-11-26T20:00:00Z", "z")),
                "sitrep-jsonl", true);
        assertThat(dry.imported()).isEqualTo(1);
        assertThat(log.hasEvent("dry-1")).isFalse();
    }

    @Test
    void anOverlongFieldOrAControlCharacterRejectsItsLineNotTheImport() throws IOException {
        Path f = file("long.jsonl",
                convoy("long-1", "2025-11-26T20:00:00Z", "x").replace("\"military-movement\"", "\"" + "t".repeat(101) + "\""),
                convoy("nul-1", "2025-11-26T20:00:00Z", "bad \\u0000 byte"),
                convoy("fine-1", "2025-11-26T20:00:00Z", "fine"));

        ImportReport report = log.importFile(f, "sitrep-jsonl", false);

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.rejections()).extracting(Rejection::field).containsExactly("type", "summary");
        assertThat(report.rejections().get(0).reason()).contains("101 characters long; at most 100 fit");
        assertThat(report.rejections().get(1).reason()).contains("control character (U+0000)");
    }

    @Test
    void anUnknownFormatOrAMissingFileIsAnErrorNamingIt() {
        assertThatThrownBy(() -> log.importFile(dir.resolve("none.jsonl"), "sitrep-jsonl", false))
                .isInstanceOf(EventLogException.class).hasMessageContaining("none.jsonl");
        assertThatThrownBy(() -> log.importFile(Path.of("pom.xml"), "acled-xlsx", false))
                .hasMessageContaining("unknown import format 'acled-xlsx'");
    }

    private static Event pick(List<Event> events, String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
