package dev.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.sitrep.SitrepApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;

/** The importers against each database (the subclasses say which): the same rows, the same outcomes. */
@SpringBootTest(classes = SitrepApplication.class)
abstract class EventImportFormats {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private final EventLog log;

    EventImportFormats(EventLog log) {
        this.log = log;
    }

    private Event event(String id, LocalDate until) {
        return log.select(LATER, until, e -> true).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void acledRowsBecomeEventsWithRolesPrecisionOutletsAndTheDatasetAsSources() {
        ImportReport report = log.importFile(FIXTURES.resolve("acled-syria.csv"), "auto", false);

        assertThat(report.format()).isEqualTo("acled");
        assertThat(report.imported()).isEqualTo(3);
        LocalDate end = LocalDate.of(2025, 11, 30);
        Event convoy = event("acled:syr90001", end);
        assertThat(convoy.externalId()).isEqualTo("SYR90001");
        assertThat(convoy.recorded()).isEqualTo(Instant.ofEpochSecond(1764201600));
        assertThat(convoy.actors()).extracting(Actor::name, Actor::role).containsExactly(
                tuple("Military Forces of Russia (2000-)", "side-a"), tuple("Military Police of Russia", "associated"));
        assertThat(convoy.place()).extracting(Place::admin1, Place::name, Place::precision)
                .containsExactly("Lattakia", "Hmeimim Air Base", 1);
        assertThat(convoy.sources()).extracting(Source::publisher).containsExactly(
                "Syrian Observatory for Human Rights", "Hawar News Agency", "ACLED");
        Event attack = event("acled:syr90002", end);
        assertThat(attack.occurred()).isEqualTo(LocalDate.of(2025, 11, 26));
        assertThat(attack.precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(attack.fatalities().best()).isEqualTo(2);
        assertThat(attack.summary()).as("text is data, stored verbatim")
                .contains("<script>alert(1)</script> | `code` [x](javascript:y) # not a heading");
        assertThat(event("acled:syr90003", end).summary())
                .isEqualTo("[No notes in ACLED] Battles / Armed clash at Al Mayadin");

        ImportReport again = log.importFile(FIXTURES.resolve("acled-syria.csv"), "acled", false);
        assertThat(again.unchanged()).isEqualTo(3);
    }

    @Test
    void ucdpRowsAreReadByColumnNameWithMultiLineFieldsSourceListsAndFatalityRanges() {
        ImportReport report = log.importFile(FIXTURES.resolve("ucdp-ged-syria.csv"), "auto", false);

        assertThat(report.format()).isEqualTo("ucdp-ged");
        assertThat(report.rejections()).isEmpty();
        assertThat(report.imported()).isEqualTo(3);
        LocalDate end = LocalDate.of(2016, 1, 31);
        Event first = event("ucdp:214797", end);
        assertThat(first.type()).isEqualTo("state-based");
        assertThat(first.summary()).contains("north of Homs city,\non the road to Talbiseh");
        assertThat(first.place().admin1()).isEqualTo("Homs Governorate");
        Event second = event("ucdp:214817", end);
        assertThat(second.precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(second.actors()).extracting(Actor::name).containsExactly("Ahrar al-Sham, Jabhat Fateh al-Sham", "SDF");
        assertThat(second.sources()).extracting(Source::publisher, Source::title).containsExactly(
                tuple("SOHR", "Advances for SDF"), tuple("Reuters", "Kurdish-led forces advance"),
                tuple("Journal of Peace Research", "Introducing the UCDP Georeferenced Event Dataset"),
                tuple("Department of Peace and Conflict Research, Uppsala University", "UCDP GED Codebook version 19.1"));
        assertThat(second.fatalities()).isEqualTo(new Fatalities(2, 1, 3));
        // Read back from the log as the importer defined them: a journal article of 2013 (no day, no
        // access date) with its volume, issue and pages, and the codebook of 2019, a report.
        assertThat(second.sources().get(2)).isEqualTo(UcdpGedFormat.DATASET)
                .extracting(Source::kind, Source::volume, Source::issue, Source::pages, Source::published,
                        Source::publishedPrecision, Source::accessed)
                .containsExactly("article-journal", "50", "4", "523-532", LocalDate.of(2013, 1, 1), "year", null);
        assertThat(second.sources().get(3)).isEqualTo(UcdpGedFormat.CODEBOOK)
                .extracting(Source::kind, Source::author, Source::publishedPrecision)
                .containsExactly("report", "Högbladh, Stina", "year");
        assertThat(event("ucdp:216112", end).tags()).contains("fatalities-inconsistent");
        // where_prec is kept as given and read back with the origin that gives it a meaning.
        assertThat(first.locatedTo()).isEqualTo(LocatedTo.PLACE);
        assertThat(event("ucdp:216112", end).locatedTo()).isEqualTo(LocatedTo.GOVERNORATE);
    }

    @Test
    void sitrepCsvCarriesSeveralSourcesAsParallelLists() {
        ImportReport report = log.importFile(FIXTURES.resolve("sitrep-events.csv"), "sitrep-csv", false);

        assertThat(report.imported()).isEqualTo(2);
        Event convoy = event("csv-convoy-1", LocalDate.of(2025, 11, 30));
        assertThat(convoy.sources()).extracting(Source::key, Source::publisher).containsExactly(
                tuple("sohr-2025-11-26-convoy", "Syrian Observatory for Human Rights"),
                tuple("hawar-2025-11-26-convoy", "Hawar News Agency"));
        assertThat(convoy.tags()).containsExactly("convoy", "russia");
        assertThat(event("csv-clash-1", LocalDate.of(2025, 11, 30)).precision()).isEqualTo(DatePrecision.WEEK);
    }

    @Test
    void badRowsAreRejectedWithFieldValueAndReasonWhileTheGoodRowsOfTheFileAreImported() throws IOException {
        String header = String.join(",", SitrepCsvFormat.COLUMNS);
        String good = "bad-ok,2025-11-26,day,,protest,,Protesters (side-a),Syria,,,,,,Fine.,,,k1,webpage,P,T,,,,";
        Path file = Files.write(dir.resolve("bad.csv"), List.of(header, good,
                good.replace("bad-ok,2025-11-26", "bad-date,2025-02-30"),
                good.replace("bad-ok,", "bad-lat,").replace("Syria,,,,,,", "Syria,,,,123.5,,"),
                good.replace("bad-ok,", "bad-cols,") + ",extra",
                good.replace("bad-ok,", "bad-missing,").replace("Fine.", ""),
                good.replace("bad-ok,", "bad-big,").replace("Fine.", "x".repeat(10 * 1024 * 1024)),
                good.replace("Fine.", "Same id again.")), StandardCharsets.UTF_8);

        ImportReport report = log.importFile(file, "auto", false);

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.rejections()).extracting(Rejection::line, Rejection::field).containsExactly(
                tuple(3, "occurred"), tuple(4, "latitude"), tuple(5, null), tuple(6, "summary"), tuple(7, "summary"),
                tuple(8, "id"));
        assertThat(report.rejections()).extracting(Rejection::reason).satisfiesExactly(
                r -> assertThat(r).contains("'2025-02-30' is not a date that exists"),
                r -> assertThat(r).contains("must lie between -90 and 90"),
                r -> assertThat(r).contains("has 25 columns; the header has 24"),
                r -> assertThat(r).contains("missing"),
                r -> assertThat(r).contains("10485760 characters long; at most 20000 fit"),
                r -> assertThat(r).contains("'bad-ok' is already on line 2 of this file"));
        assertThat(report.rejections().get(0).value()).isEqualTo("2025-02-30");
        assertThat(report.rejections().get(4).value()).hasSize(1000).endsWith("…");
        assertThat(log.rejected(file.toString(), 100)).hasSize(6);
    }

    @Test
    void aFileThatCannotBeReadAsAnyFormatIsRejectedWholeAndKept() throws IOException {
        Path unknown = Files.writeString(dir.resolve("unknown.csv"), "when,what,where\n2025-11-26,convoy,Hmeimim\n");
        Path notUtf8 = Files.write(dir.resolve("latin1.jsonl"),
                "{\"id\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Path headerOnly = Files.writeString(dir.resolve("header-only.csv"), String.join(",", SitrepCsvFormat.COLUMNS) + "\n");

        assertThatThrownBy(() -> log.importFile(unknown, "auto", false)).isInstanceOf(RejectedFile.class)
                .hasMessageContaining("the header matches no known format")
                .hasMessageContaining("acled [event_id_cnty, event_date")
                .hasMessageContaining("found [when, what, where]");
        assertThatThrownBy(() -> log.importFile(unknown, "ucdp-ged", false)).isInstanceOf(RejectedFile.class)
                .hasMessageContaining("the header lacks the ucdp-ged columns");
        assertThatThrownBy(() -> log.importFile(notUtf8, "auto", false)).isInstanceOf(RejectedFile.class)
                .hasMessageContaining("latin1.jsonl:1: the file is not UTF-8");
        assertThatThrownBy(() -> log.importFile(empty, "auto", false)).isInstanceOf(RejectedFile.class)
                .hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> log.importFile(headerOnly, "auto", false)).isInstanceOf(RejectedFile.class)
                .hasMessageContaining("the file is empty");
        assertThat(log.rejected(unknown.toString(), 10)).hasSize(2).allSatisfy(r -> assertThat(r.line()).isZero());
        assertThat(log.rejected(notUtf8.toString(), 10)).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("line 1: the file is not UTF-8"));
    }

    @Test
    void aFileThatIsNotUtf8IsNamedWithTheLineOfItsFirstWrongByteInTheErrorAndTheQuarantine() throws IOException {
        String header = String.join(",", SitrepCsvFormat.COLUMNS);
        StringBuilder text = new StringBuilder(header).append("\r\n");
        for (int i = 0; i < 3_000; i++) {
            text.append("latin-").append(i).append(",2025-11-26,day,,protest,,P (side-a),Syria,,,,,,\"Row\nof two lines.\",,,")
                    .append("latin-src,webpage,P,T,,,,\r\n");
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "latin-x,2025-11-26,day,,protest,,P (side-a),Syria,,,,,,Caf\u00e9.,,,latin-src,webpage,P,T,,,,\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + bad.length);
        System.arraycopy(bad, 0, bytes, good.length, bad.length);
        Path file = Files.write(dir.resolve("latin1.csv"), bytes);

        assertThatThrownBy(() -> log.importFile(file, "sitrep-csv", false)).isInstanceOf(RejectedFile.class)
                .hasMessageContaining("latin1.csv:6002: the file is not UTF-8");
        assertThat(log.rejected(file.toString(), 10)).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("line 6002: the file is not UTF-8"));
    }

    @Test
    void acledRowsOfOneOutletAndDayShareASourceAndARowUpdatedByAcledIsARevision() throws IOException {
        String header = Files.readAllLines(FIXTURES.resolve("acled-syria.csv")).get(0);
        String row = "SYR77%d,2025-11-20,2025,1,Political violence,Battles,Armed clash,Actor A,,1,Actor B,,2,12,,760,"
                + "Middle East,Syria,Idlib,Idlib,,Saraqib,35.86,36.8,1,SOHR,National,\"%s\",0,,%d";
        Path first = Files.write(dir.resolve("acled-1.csv"), List.of(header,
                row.formatted(1, "Clash one.", 1763600000), row.formatted(2, "Clash two.", 1763700000)));
        Path update = Files.write(dir.resolve("acled-2.csv"), List.of(header,
                row.formatted(1, "Clash one, corrected.", 1763900000)));

        assertThat(log.importFile(first, "acled", false).imported()).isEqualTo(2);
        ImportReport corrected = log.importFile(update, "acled", false);

        assertThat(corrected.rejections()).isEmpty();
        assertThat(corrected.revised()).isEqualTo(1);
        assertThat(event("acled:syr771", LocalDate.of(2025, 11, 30)).summary()).isEqualTo("Clash one, corrected.");
    }

    @Test
    void impossibleYearsAndHugeValuesAreRejectedRowsNotFailedImports() throws IOException {
        String header = String.join(",", SitrepCsvFormat.COLUMNS);
        String good = "yr-ok,2025-11-26,day,,protest,,Protesters (side-a),Syria,,,,,,Fine.,,,k-yr,webpage,P,T,,,,";
        Path file = Files.write(dir.resolve("years.csv"), List.of(header, good,
                good.replace("yr-ok,2025-11-26,day,", "yr-0,2025-11-26,day,0000-01-01T00:00:00Z"),
                good.replace("yr-ok,2025-11-26", "yr-big,+12345-11-26"),
                good.replace("yr-ok,2025-11-26", "yr-long," + "9".repeat(3000))));

        ImportReport report = log.importFile(file, "sitrep-csv", false);

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.rejections()).extracting(Rejection::field).containsExactly("recorded", "occurred", "occurred");
        assertThat(report.rejections().get(0).reason()).contains("outside the years 1 to 9999");
        assertThat(report.rejections().get(2).reason()).hasSizeLessThanOrEqualTo(2000);
    }

    @Test
    void aDryRunFindsTheSameConflictsAsTheRealImportAcrossBatches() throws IOException {
        List<String> lines = new java.util.ArrayList<>(List.of(String.join(",", SitrepCsvFormat.COLUMNS)));
        for (int i = 0; i < 2_001; i++) {
            String title = i == 2_000 ? "Other title" : "Same title";
            lines.add("dry-" + i + ",2025-11-26,day,,protest,,P (side-a),Syria,,,,,,S.,,,dry-src,webpage,P," + title
                    + ",,,,");
        }
        Path file = Files.write(dir.resolve("dry.csv"), lines);

        ImportReport dry = log.importFile(file, "sitrep-csv", true);
        ImportReport real = log.importFile(file, "sitrep-csv", false);

        assertThat(dry.rejected()).isEqualTo(1).isEqualTo(real.rejected());
        assertThat(dry.imported()).isEqualTo(real.imported()).isEqualTo(2_000);
    }

    @Test
    void csvLineNumbersCountBlankLinesAndABrokenQuoteRejectsOnlyItsLineKeepingItsText() throws IOException {
        String header = String.join(",", SitrepCsvFormat.COLUMNS);
        String good = "bl-1,2025-11-26,day,,protest,,P (side-a),Syria,,,,,,S.,,,bl-src,webpage,P,T,,,,";
        Path blanks = Files.write(dir.resolve("blanks.csv"), List.of(header, "", "", good.replace("2025-11-26", "x")));
        assertThat(log.importFile(blanks, "sitrep-csv", false).rejections()).extracting(Rejection::line)
                .containsExactly(4);

        String bad = good.replace("bl-1", "bl-3").replace("S.", "\"a\"b");
        String unbalanced = good.replace("bl-1", "bl-4").replace("S.", "\"S.");
        Path broken = Files.write(dir.resolve("broken.csv"), List.of(header, good.replace("bl-1", "bl-2"), bad,
                unbalanced, good.replace("bl-1", "bl-5")));
        ImportReport report = log.importFile(broken, "sitrep-csv", false);

        assertThat(report.imported()).isEqualTo(2);
        assertThat(log.hasEvent("bl-2")).isTrue();
        assertThat(log.hasEvent("bl-5")).isTrue();
        assertThat(report.rejections()).extracting(Rejection::line).containsExactly(3, 4);
        assertThat(log.rejectedWithText(broken.toString(), 10)).extracting(q -> q.rejection().line(), Quarantined::raw)
                .containsExactly(tuple(4, unbalanced), tuple(3, bad));
    }

    @Test
    void theLogStreamsPastOneChunkWithEverySourceResolved() throws IOException {
        List<String> lines = new java.util.ArrayList<>(List.of(String.join(",", SitrepCsvFormat.COLUMNS)));
        int n = EventStore.STREAM_CHUNK + 500;
        for (int i = 0; i < n; i++) {
            lines.add("chunk-" + i + ",2024-01-0" + (1 + i % 7) + ",day,,protest,,P (side-a),Syria,,,,,,S.,,,chunk-src-"
                    + (i % 300) + ",webpage,P,T" + (i % 300) + ",,,,");
        }
        log.importFile(Files.write(dir.resolve("chunks.csv"), lines), "sitrep-csv", false);

        List<Event> events = log.select(LATER, LocalDate.of(2024, 1, 7), e -> e.id().startsWith("chunk-"));

        assertThat(events).hasSize(n).allSatisfy(e -> assertThat(e.sources()).singleElement()
                .satisfies(src -> assertThat(src.title()).isEqualTo("T" + src.key().substring("chunk-src-".length()))));
    }

    @Test
    /** The flash's related read (EventStore.ofTypeBetween) runs different SQL with and without actors. */
    void theEventsOfATypeNamingAnActorAreFoundByExactNameAtTheirLatestRevisionAsOfTheRun() throws IOException {
        String both = "[{\"name\":\"Actor 3\",\"role\":\"side-a\"},{\"name\":\"Actor 33\",\"role\":\"side-b\"}]";
        String only33 = "[{\"name\":\"Actor 33\",\"role\":\"side-a\"}]";
        String only3 = "[{\"name\":\"Actor 3\",\"role\":\"side-a\"}]";
        ImportReport first = log.importFile(Files.write(dir.resolve("keys.jsonl"), List.of(
                keyed("key-both", "2025-11-20", both, "2025-11-20T10:00:00Z"),
                keyed("key-33", "2025-11-21", only33, "2025-11-21T10:00:00Z"),
                keyed("key-3", "2025-11-22", only3, "2025-11-22T10:00:00Z"),
                keyed("key-late", "2025-11-23", only3, "2025-11-23T10:00:00Z"),
                keyed("key-early", "2025-10-01", only3, "2025-10-01T10:00:00Z"))), "sitrep-jsonl", false);
        // Later: key-3 is corrected to name Actor 33 instead, key-late to another sub-type.
        log.importFile(Files.write(dir.resolve("keys-revised.jsonl"), List.of(
                keyed("key-3", "2025-11-22", only33, "2025-11-28T10:00:00Z"),
                keyed("key-late", "2025-11-23", only3, "2025-11-28T10:00:00Z").replace("\"convoy\"", "\"patrol\""))),
                "sitrep-jsonl", false);
        assertThat(first.rejections()).isEmpty();
        LocalDate from = LocalDate.of(2025, 11, 1);
        LocalDate to = LocalDate.of(2025, 11, 30);
        Instant before = Instant.parse("2025-11-27T00:00:00Z");
        Instant after = Instant.parse("2025-11-29T00:00:00Z");

        assertThat(log.ofTypeBetween("key-test", null, List.of("Actor 3"), from, to, before))
                .extracting(Event::id).containsExactly("key-both", "key-3", "key-late");
        assertThat(log.ofTypeBetween("key-test", null, List.of("Actor 3"), from, to, after))
                .extracting(Event::id).containsExactly("key-both", "key-late");
        assertThat(log.ofTypeBetween("key-test", null, List.of("Actor 3", "Actor 33"), from, to, after))
                .extracting(Event::id, Event::revision).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("key-both", 1), org.assertj.core.groups.Tuple.tuple("key-33", 1),
                        org.assertj.core.groups.Tuple.tuple("key-3", 2), org.assertj.core.groups.Tuple.tuple("key-late", 2));
        assertThat(log.ofTypeBetween("key-test", "convoy", List.of("Actor 3"), from, to, after))
                .extracting(Event::id).containsExactly("key-both");
        assertThat(log.ofTypeBetween("key-test", null, List.of(), from, to, after)).hasSize(4);
        assertThat(log.ofTypeBetween("key-test", null, List.of("Actor"), from, to, after)).isEmpty();
        assertThat(log.ofTypeBetween("other-type", null, List.of("Actor 3"), from, to, after)).isEmpty();
    }

    private static String keyed(String id, String occurred, String actorsJson, String recorded) {
        return ("{\"id\":\"%s\",\"occurred\":\"%s\",\"recorded\":\"%s\",\"type\":\"key-test\",\"subType\":\"convoy\","
                + "\"actors\":%s,\"country\":\"Syria\",\"admin1\":\"Latakia\",\"place\":\"Hmeimim Air Base\","
                + "\"summary\":\"Keyed %s\",\"fatalities\":null,\"tags\":[],\"sources\":[{\"key\":\"key-test-source\","
                + "\"kind\":\"webpage\",\"publisher\":\"Test feed\",\"title\":\"[Report]\"}]}")
                .formatted(id, occurred, recorded, actorsJson, id);
    }
}
