package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.SitrepApplication;
import dev.sitrep.events.EventLog;
import dev.sitrep.judgments.Judgments;
import dev.sitrep.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * `sitrep assess` end to end, on whichever database the subclass provides, from the sample log to out/syria-weekly/flash-<id>/vN/: published
 * once, unchanged on a re-run, v2 on a late related event, a later version saying the event was
 * withdrawn, and a one-line error for an unknown event or one outside the job's scope.
 */
@SpringBootTest(classes = SitrepApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class FlashAssessmentEndToEnd {

    static final Path SAMPLE = Path.of("data/sample/syria-2025");
    static final String CONVOY = "sy25-1126-hmeimim-tartous-convoy";
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();
    private static MutableClock current;

    @TempDir
    static Path dir;

    @TestBean
    Clock clock;

    private final EventLog events;
    private final Judgments judgments;
    private final FlashPublisher publisher;
    private final EditionRegenerator regenerator;
    private final dev.sitrep.archive.Editions editions;

    FlashAssessmentEndToEnd(EventLog events, Judgments judgments, FlashPublisher publisher, EditionRegenerator regenerator,
                        dev.sitrep.archive.Editions editions) {
        this.regenerator = regenerator;
        this.editions = editions;
        this.events = events;
        this.judgments = judgments;
        this.publisher = publisher;
    }

    /** The sample places the convoy at Hmeimim Air Base, 35.401° N, 35.949° E; its related events are unringed. */
    private static void assertThatTheMapRingsTheConvoyAtHmeimim(String markdown, Path folder) throws IOException {
        assertThat(section(markdown, "## 5. Locator map", "## 6. Sources"))
                .contains("![Map of Syria and its neighbours.", "Hmeimim Air Base (35.401° N, 35.949° E)",
                        "](map-events.svg)")
                .doesNotContain("no coordinates");
        String svg = Files.readString(folder.resolve("map-events.svg"));
        double[] hmeimim = dev.sitrep.render.MapSvg.expected(35.949, 35.401);
        // The main map's circles: the key under it repeats the ringed symbol, an inset would enlarge it.
        List<dev.sitrep.render.MapSvg.Circle> accent = dev.sitrep.render.MapSvg.mainMapCircles(svg).stream()
                .filter(c -> dev.sitrep.render.MapSvg.ACCENT.equals(c.fill())).toList();
        assertThat(accent).isNotEmpty().allSatisfy(c -> {
            assertThat(c.cx()).isCloseTo(hmeimim[0], org.assertj.core.api.Assertions.within(0.5));
            assertThat(c.cy()).isCloseTo(hmeimim[1], org.assertj.core.api.Assertions.within(0.5));
        });
        assertThat(dev.sitrep.render.MapSvg.mainMapCircles(svg)).as("the related events are on the map too")
                .anySatisfy(c -> assertThat(c.fill()).isNotEqualTo(dev.sitrep.render.MapSvg.ACCENT));
    }

    static Clock clock() {
        current = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"));
        return current;
    }

    static void folders(DynamicPropertyRegistry registry) {
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
    }

    @Test
    @Order(1)
    void assessPublishesV1ThenNothingNewWhenNothingChanged() throws IOException {
        assertThat(events.importFile(SAMPLE.resolve("events.jsonl"), "sitrep-jsonl", false).rejected()).isZero();
        try (Stream<Path> files = Files.list(SAMPLE.resolve("judgments"))) {
            judgments.add(files.filter(f -> f.toString().endsWith(".md")).sorted().toList());
        }

        PublishOutcome v1 = publisher.assess(CONVOY, "syria-weekly");

        assertThat(v1.published()).isTrue();
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.period()).isEqualTo("flash-" + CONVOY);
        assertThat(v1.folder().toString()).endsWith(Path.of("syria-weekly", "flash-" + CONVOY, "v1").toString());
        Path md = v1.folder().resolve("syria-weekly-flash-" + CONVOY + "-v1.md");
        assertThat(v1.files()).contains(md, v1.folder().resolve("syria-weekly-flash-" + CONVOY + "-v1.pdf"),
                v1.folder().resolve("bibliography.json"), v1.folder().resolve("events.csv"),
                v1.folder().resolve("manifest.json"));
        String markdown = Files.readString(md);
        assertThat(markdown).contains("## 1. The event", "## 2. Pattern", "## 3. What analysts judge",
                "## 4. Prognosis, 6–12 months", "### Scenarios", "## 5. Locator map", "## 6. Sources")
                .doesNotContain("## Risks", "## Conclusion", "## Implications");
        // The judgments are summarised for this event, not the weekly's sections reprinted.
        assertThat(markdown.split("the full judgment is in the weekly edition", -1).length - 1).isBetween(1, 4);
        assertThat(markdown).contains("- **When:** 26 Nov 2025 (precision: day)", "- **Where:** Hmeimim Air Base, Latakia",
                "- **Who:** Russian Armed Forces; Russian Military Police");
        assertThatTheMapRingsTheConvoyAtHmeimim(markdown, v1.folder());
        assertThatPatternMatchesTheSampleLog(markdown);
        // The convoy's governorate is in the episode the weekly edition of its week tells, named the same way and
        // citing that week's deadliest events there.
        assertThat(PublishEditionEndToEnd.section(markdown, "## Key judgments", "## 1. The event"))
                .contains("2. **Part of heightened violence in Latakia, first week.** A week out of the ordinary may "
                        + "begin an episode of heightened violence in Latakia, mostly General Security Service (Syria) "
                        + "against Haffah Mountain Armed Group (synthetic) around Beit Yashout, Al-Haffah and Jableh ("
                        + "[Sitrep sample feed (synthetic) 2025");
        EditionText.assertPlain(markdown);
        assertThatEveryCitationResolves(markdown, v1.folder().resolve("bibliography.json"));
        PublishEditionEndToEnd.assertThatEveryPublishedChartIsInTheMarkdown(v1.folder(), markdown);

        // Listed, verified and made again byte for byte like a weekly edition.
        assertThat(editions.list("syria-weekly", null, null)).extracting(v -> v.period()).contains("flash-" + CONVOY);
        assertThat(regenerator.regenerate(editions.find("syria-weekly", "flash-" + CONVOY, 1))).isEmpty();

        PublishOutcome again = publisher.assess(CONVOY, null);
        assertThat(again.published()).isFalse();
        assertThat(again.version()).isEqualTo(1);
        assertThat(again.jobId()).isEqualTo("syria-weekly");
    }

    @Test
    @Order(2)
    void aLateRelatedEventMakesV2WithItsChanges() throws IOException {
        current.advance(Duration.ofDays(1));
        String late = convoyLine().replace(CONVOY, "sy25-1124-late-convoy-report")
                .replace("\"occurred\":\"2025-11-26\"", "\"occurred\":\"2025-11-24\"")
                .replace("\"recorded\":\"2025-11-26T19:30:00Z\"", "\"recorded\":\"2026-01-05T20:00:00Z\"");
        assertThat(late).contains("sy25-1124-late-convoy-report", "2025-11-24", "2026-01-05T20:00:00Z");
        events.importFile(Files.writeString(dir.resolve("late.jsonl"), late + "\n"), "sitrep-jsonl", false);

        // The import's flash trigger re-assesses the flashes whose pattern the late event joins.
        PublishOutcome v2 = publisher.assess(CONVOY, "syria-weekly");

        assertThat(v2.published()).as("the trigger published v2 already").isFalse();
        assertThat(v2.version()).isEqualTo(2);
        String markdown = Files.readString(v2.folder().resolve("syria-weekly-flash-" + CONVOY + "-v2.md"));
        assertThat(markdown).contains("## Changes since v1", "late events", "sy25-1124-late-convoy-report");
        assertThat(publisher.assess(CONVOY, "syria-weekly").published()).isFalse();
        assertThat(editions.diff("syria-weekly", "flash-" + CONVOY, 1, 2).markdownDiff()).contains("+", "sy25-1124-late-convoy-report");
    }

    @Test
    @Order(3)
    void aWithdrawnEventMakesANewVersionThatSaysSo() throws IOException {
        current.advance(Duration.ofDays(1));
        String withdrawn = convoyLine().replace("\"tags\":[", "\"tags\":[\"withdrawn\",")
                .replace("\"recorded\":\"2025-11-26T19:30:00Z\"", "\"recorded\":\"2026-01-06T20:00:00Z\"");
        events.importFile(Files.writeString(dir.resolve("withdrawn.jsonl"), withdrawn + "\n"), "sitrep-jsonl", false);

        // The import's flash trigger re-assesses an event that has a flash already; asking again changes nothing.
        PublishOutcome latest = publisher.assess(CONVOY, "syria-weekly");

        assertThat(latest.version()).isEqualTo(3);
        String markdown = Files.readString(latest.folder().resolve("syria-weekly-flash-" + CONVOY + "-v3.md"));
        assertThat(markdown).contains("**Withdrawn.** Revision 2 of event " + CONVOY + " withdraws it",
                "## Changes since v2", "**The event was withdrawn** (revision 2)");
    }

    @Test
    @Order(4)
    void anUnknownEventIsAClearErrorAndPublishesNothing() {
        assertThatThrownBy(() -> publisher.assess("sy25-no-such-event", "syria-weekly"))
                .isInstanceOf(UnknownEventException.class)
                .hasMessageStartingWith("unknown event 'sy25-no-such-event': the event log has no event with this id");
        assertThat(Files.exists(dir.resolve("out/syria-weekly/flash-sy25-no-such-event"))).isFalse();
    }

    @Test
    @Order(5)
    void anEventOutsideTheJobsScopeIsAClearErrorAndPublishesNothing() throws IOException {
        String beirut = convoyLine().replace(CONVOY, "lb25-1126-beirut-port").replace("\"country\":\"Syria\"",
                "\"country\":\"Lebanon\"");
        events.importFile(Files.writeString(dir.resolve("beirut.jsonl"), beirut + "\n"), "sitrep-jsonl", false);

        assertThatThrownBy(() -> publisher.assess("lb25-1126-beirut-port", "syria-weekly"))
                .isInstanceOf(FlashRequestException.class)
                .hasMessage("event lb25-1126-beirut-port (Lebanon, 2025-11-26) is outside the scope of job "
                        + "syria-weekly (countries [Syria], from 2025-08-04): choose another job with --job");
        assertThatThrownBy(() -> publisher.assess("lb25-1126-beirut-port", null))
                .isInstanceOf(FlashRequestException.class)
                .hasMessageContaining("is outside the scope of every job");
        assertThat(Files.exists(dir.resolve("out/syria-weekly/flash-lb25-1126-beirut-port"))).isFalse();
    }

    @Test
    @Order(6)
    void anEventWithNoCoordinatesIsAssessedAndTheMapSaysItCannotMarkIt() throws IOException {
        current.advance(Duration.ofDays(1));
        String unlocated = convoyLine().replace(CONVOY, "sy25-1127-convoy-somewhere-on-the-coast")
                .replace("\"occurred\":\"2025-11-26\"", "\"occurred\":\"2025-11-27\"")
                .replace("\"place\":\"Hmeimim Air Base\",\"latitude\":35.4011,\"longitude\":35.9486,", "");
        assertThat(unlocated).doesNotContain("latitude", "Hmeimim Air Base\"");
        events.importFile(Files.writeString(dir.resolve("unlocated.jsonl"), unlocated + "\n"), "sitrep-jsonl", false);

        PublishOutcome v1 = publisher.assess("sy25-1127-convoy-somewhere-on-the-coast", "syria-weekly");

        String markdown = Files.readString(v1.folder().resolve(
                "syria-weekly-flash-sy25-1127-convoy-somewhere-on-the-coast-v" + v1.version() + ".md"));
        assertThat(section(markdown, "## 5. Locator map", "## 6. Sources"))
                .contains("](map-events.svg)", "1 event without coordinates is not shown",
                        "The event has no coordinates in the log, so the map cannot mark it");
        assertThat(dev.sitrep.render.MapSvg.circles(Files.readString(v1.folder().resolve("map-events.svg"))))
                .as("nothing ringed: the event is not on the map")
                .noneSatisfy(c -> assertThat(c.fill()).isEqualTo(dev.sitrep.render.MapSvg.ACCENT));
    }

    /** The pattern sentence's count and baseline, counted here from the sample file itself. */
    private static void assertThatPatternMatchesTheSampleLog(String markdown) throws IOException {
        java.util.Map<String, JsonNode> latest = new java.util.HashMap<>();
        for (String line : Files.readAllLines(SAMPLE.resolve("events.jsonl"))) {
            JsonNode e = JSON.readTree(line);
            latest.put(e.path("id").asString(), e);
        }
        java.time.LocalDate since = java.time.LocalDate.of(2025, 9, 1);
        java.time.LocalDate event = java.time.LocalDate.of(2025, 11, 26);
        java.time.LocalDate weekStart = java.time.LocalDate.of(2025, 11, 24);
        int upToEvent = 0;
        int baseline = 0;
        int in30 = 1;
        int november = 0;
        int october = 0;
        for (JsonNode e : latest.values()) {
            java.time.LocalDate occurred = java.time.LocalDate.parse(e.path("occurred").asString());
            boolean russian = false;
            for (JsonNode a : e.path("actors")) {
                russian |= List.of("Russian Armed Forces", "Russian Military Police").contains(a.path("name").asString());
            }
            boolean related = russian && e.path("type").asString().equals("military-movement")
                    && e.path("subType").asString().equals("convoy") && e.path("country").asString().equals("Syria");
            if (related && !occurred.isBefore(since) && !occurred.isAfter(event)) {
                upToEvent++;
            }
            if (related && !occurred.isBefore(since) && occurred.isBefore(weekStart)) {
                baseline++;
            }
            if (related && !occurred.isBefore(event.minusDays(29)) && occurred.isBefore(event)) {
                in30++;
            }
            if (related && !occurred.isAfter(weekStart.plusDays(6))) {
                november += occurred.getMonthValue() == 11 ? 1 : 0;
                october += occurred.getMonthValue() == 10 ? 1 : 0;
            }
        }
        assertThat(upToEvent).isGreaterThan(5);
        assertThat(markdown).contains("This is the " + ordinal(in30) + " military-movement / convoy event involving "
                + "Russian Armed Forces or Russian Military Police in 30 days and the " + ordinal(upToEvent)
                + " since 1 Sep 2025: " + november + " in November against " + october + " in October. "
                + "Its week had 2, against " + String.format(java.util.Locale.ROOT, "%.1f", baseline / 12.0)
                + " a week over the 12 weeks before it: within the usual range");
    }

    private static String ordinal(int n) {
        return n + (n % 100 >= 11 && n % 100 <= 13 ? "th"
                : List.of("th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th").get(n % 10));
    }

    /** No citation is left unresolved, and each source of bibliography.json is cited in the text. */
    private static void assertThatEveryCitationResolves(String markdown, Path bibliography) throws IOException {
        assertThat(markdown).doesNotContain("[@");
        JsonNode csl = JSON.readTree(bibliography.toFile());
        List<String> entries = section(markdown, "## 6. Sources", "## About this assessment").lines()
                .filter(l -> l.startsWith("- ")).toList();
        assertThat(csl.size()).isEqualTo(entries.size()).isGreaterThan(5);
        String body = section(markdown, "# ", "## 6. Sources").replace("\\", "");
        for (JsonNode item : csl) {
            JsonNode author = item.path("author").path(0);
            String cited = author.has("literal") ? author.path("literal").asString() : author.path("family").asString();
            assertThat(cited).isNotBlank();
            assertThat(body).as("the body cites %s", item.path("id").asString()).contains(cited);
        }
    }

    private static String section(String markdown, String from, String to) {
        int start = markdown.indexOf(from);
        int end = markdown.indexOf(to, start + from.length());
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    private static String convoyLine() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE.resolve("events.jsonl"));
        return lines.stream().filter(l -> l.contains("\"id\":\"" + CONVOY + "\"")).findFirst().orElseThrow();
    }
}
