package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.SitrepApplication;
import dev.sitrep.core.Sha256;
import dev.sitrep.testing.Golden;
import dev.sitrep.events.EventLog;
import dev.sitrep.events.ImportReport;
import dev.sitrep.judgments.Judgments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * publishEdition from the shipped sample log to the files in out/, on whichever database the subclass
 * provides. One test per database, as DESIGN.md asks: COMPLETED and the files.
 */
@SpringBootTest(classes = SitrepApplication.class)
abstract class PublishEditionEndToEnd {

    static final Path SAMPLE = Path.of("data/sample/syria-2025");
    static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");

    @TestBean
    Clock clock;

    private final EventLog events;
    private final Judgments judgments;
    private final EditionPublisher publisher;
    private final EditionRegenerator regenerator;
    private final dev.sitrep.archive.Editions editions;

    PublishEditionEndToEnd(EventLog events, Judgments judgments, EditionPublisher publisher,
                           EditionRegenerator regenerator, dev.sitrep.archive.Editions editions) {
        this.events = events;
        this.judgments = judgments;
        this.publisher = publisher;
        this.regenerator = regenerator;
        this.editions = editions;
    }

    /** The clock of the context being tested: it stands at NOW until a test moves it on. */
    private static dev.sitrep.testing.MutableClock current;

    static Clock clock() {
        current = new dev.sitrep.testing.MutableClock(NOW);
        return current;
    }

    @Test
    void publishesTheSampleWeekAsSourcedPdfAndMarkdownThenNothingNewWhenNothingChanged() throws Exception {
        ImportReport report = events.importFile(SAMPLE.resolve("events.jsonl"), "sitrep-jsonl", false);
        assertThat(report.rejected()).isZero();
        assertThat(report.imported()).isGreaterThanOrEqualTo(150);
        judgments.add(judgmentFiles());

        PublishOutcome v1 = publisher.publish("syria-weekly", "2025-W48");

        assertThat(v1.published()).isTrue();
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.folder().toString()).endsWith(Path.of("syria-weekly", "2025-W48", "v1").toString());
        Path md = v1.folder().resolve("syria-weekly-2025-W48-v1.md");
        Path pdf = v1.folder().resolve("syria-weekly-2025-W48-v1.pdf");
        assertThat(v1.files()).contains(md, pdf, v1.folder().resolve("bibliography.json"),
                v1.folder().resolve("events.csv"), v1.folder().resolve("manifest.json"));

        String markdown = Files.readString(md);
        EditionText.assertPlain(markdown);
        String pdfText = pdfText(pdf);
        assertThat(markdown).contains("## Key judgments", "## Context", "## Trends", "## Notable events",
                "## Prognosis", "## Implications", "## Sources", "Sample data.");
        for (String keyJudgment : section(markdown, "## Key judgments", "## Context").lines()
                .filter(l -> l.matches("\\d+\\. .*")).toList()) {
            assertThat(normalize(pdfText)).contains(normalize(plain(keyJudgment.replaceFirst("^\\d+\\. ", "")))
                    .substring(0, 60));
        }
        // The contents page gives each section's page: "Prognosis ....... 10".
        assertThat(normalize(pdfText)).containsPattern("Contents Key judgments \\.+ 1 Context \\.+ \\d+ ")
                .containsPattern("Prognosis \\.+ \\d+");
        List<String> bibliography = section(markdown, "## Sources", "## About this edition").lines()
                .filter(l -> l.startsWith("- ")).map(l -> l.substring(2)).toList();
        assertThat(bibliography).hasSizeGreaterThan(5);
        for (String entry : bibliography) {
            assertThat(normalize(pdfText)).contains(normalize(plain(entry)).substring(0, 40));
        }
        JsonNode csl = JsonMapper.builder().build().readTree(v1.folder().resolve("bibliography.json").toFile());
        assertThat(csl.size()).isEqualTo(bibliography.size());
        // Every source's URL, read back from the Markdown by a CommonMark reader, is the URL stored.
        java.util.Set<String> stored = new java.util.TreeSet<>();
        csl.forEach(item -> {
            if (item.has("URL")) {
                stored.add(item.path("URL").asString());
            }
        });
        assertThat(stored).hasSizeGreaterThan(25).anyMatch(url -> url.contains("_"));
        assertThat(linkedUrls(markdown)).isEqualTo(stored);
        String body = section(markdown, "# ", "## Sources");
        for (JsonNode item : csl) {
            // An organisation is cited as written, a person by family name: "(Zadorozhnyy 2025)".
            JsonNode author = item.path("author").path(0);
            String cited = author.has("literal") ? author.path("literal").asString() : author.path("family").asString();
            assertThat(cited).isNotBlank();
            assertThat(body).as("the body cites %s", item.path("id").asString()).contains(plain(cited));
        }

        assertThatEveryPublishedChartIsInTheMarkdown(v1.folder(), markdown);

        Golden.check("syria-weekly-2025-W48/edition.md", markdown);
        Golden.check("syria-weekly-2025-W48/events.csv", Files.readString(v1.folder().resolve("events.csv")));
        Golden.check("syria-weekly-2025-W48/bibliography.json",
                Files.readString(v1.folder().resolve("bibliography.json")));
        Golden.check("syria-weekly-2025-W48/pdf.sha256", Sha256.hex(Files.readAllBytes(pdf)) + "\n");
        dev.sitrep.testing.PdfA.assertCompliant(Files.readAllBytes(pdf));

        PublishOutcome again = publisher.publish("syria-weekly", "2025-W48");
        assertThat(again.published()).isFalse();
        assertThat(again.version()).isEqualTo(1);
        try (Stream<Path> versions = Files.list(v1.folder().getParent())) {
            assertThat(versions.map(p -> p.getFileName().toString())).containsExactly("v1");
        }

        laterEditionsScoreTheForecastsOfEarlierOnes(v1);
        aLateEventAndACorrectionMakeV2WithItsChanges();
    }

    /** One event logged late for W48 and a correction of another: v2 lists both, and a re-run publishes nothing. */
    private void aLateEventAndACorrectionMakeV2WithItsChanges() throws IOException {
        // A day after v1 was published, the two arrive; v1's as-of time is before both.
        current.advance(java.time.Duration.ofDays(1));
        String corrected = Files.readAllLines(SAMPLE.resolve("events.jsonl")).stream()
                .filter(l -> l.contains("\"id\":\"sy25-1126-gss-arrests-al-qardaha\"")).findFirst().orElseThrow()
                .replace("three men detained", "five men detained").replace("2025-11-27T07:40:00Z", "2026-01-05T20:00:00Z");
        String late = corrected.replace("sy25-1126-gss-arrests-al-qardaha", "sy25-1127-late-checkpoint-report")
                .replace("five men detained", "a checkpoint set up");
        Path file = Files.createTempFile("late-", ".jsonl");
        Files.writeString(file, corrected + "\n" + late + "\n");
        assertThat(events.importFile(file, "sitrep-jsonl", false).rejected()).isZero();

        PublishOutcome v2 = publisher.publish("syria-weekly", "2025-W48");

        assertThat(v2.version()).isEqualTo(2);
        String markdown = Files.readString(v2.folder().resolve("syria-weekly-2025-W48-v2.md"));
        String changes = section(markdown, "## Changes since v1", "## Context");
        assertThat(changes).contains("Why: late events; corrections.",
                "**Events added** (1): sy25-1127-late-checkpoint-report",
                "**Events revised** (1): sy25-1126-gss-arrests-al-qardaha (revision 1 → 2)");
        assertThat(v2.folder().resolve("edition.json")).exists();
        assertThat(publisher.publish("syria-weekly", "2025-W48").published()).isFalse();

        // Each version, made again from what it recorded (as-of time included), is byte for byte the same.
        assertThat(regenerator.regenerate(editions.find("syria-weekly", "2025-W48", 1))).isEmpty();
        assertThat(regenerator.regenerate(editions.find("syria-weekly", "2025-W48", 2))).isEmpty();
        assertThat(regenerator.regenerate(editions.find("syria-weekly", "2025-W50", 1))).isEmpty();
    }

    /** W49 and W50 (no events logged after W48: the log says zero) score W48's forecasts, as first issued. */
    private void laterEditionsScoreTheForecastsOfEarlierOnes(PublishOutcome w48) throws Exception {
        JsonNode issued = JsonMapper.builder().build().readTree(w48.folder().resolve("forecasts.json").toFile());
        assertThat(issued.path("period").asString()).isEqualTo("2025-W48");
        assertThat(issued.path("series")).hasSize(4);
        assertThat(issued.path("series").path(0).path("points")).hasSize(8);
        assertThat(issued.path("scenarios")).hasSize(3);

        PublishOutcome w49 = publisher.publish("syria-weekly", "2025-W49");
        PublishOutcome w50 = publisher.publish("syria-weekly", "2025-W50");

        String w49Track = section(Files.readString(w49.folder().resolve("syria-weekly-2025-W49-v1.md")),
                "### Track record", "## Implications");
        String w50Track = section(Files.readString(w50.folder().resolve("syria-weekly-2025-W50-v1.md")),
                "### Track record", "## Implications");
        for (PublishOutcome later : List.of(w49, w50)) {
            Path pdf = later.folder().resolve("syria-weekly-" + later.folder().getParent().getFileName() + "-v1.pdf");
            dev.sitrep.testing.PdfA.assertCompliant(Files.readAllBytes(pdf));
        }
        // W49 scores W48's forecast of W49; W50 scores W48's of W49 and W50 and W49's of W50.
        assertThat(w49Track).contains("| Russian military movements | 1 |");
        assertThat(w50Track).contains("| Russian military movements | 3 |");
        // What is scored is what the edition stated, the median, not the mean stored beside it.
        JsonNode stated = issued.path("series").path(0).path("points").path(0);
        assertThat(stated.path("median").isInt()).isTrue();
        assertThat(stated.path("median").asDouble()).isNotEqualTo(stated.path("mean").asDouble());
        assertThat(w49Track).contains(String.format(java.util.Locale.ROOT,
                "| Russian military movements | 1 | %.2f | 3.00 |", Math.abs(0 - stated.path("median").asDouble())));
    }

    private static List<Path> judgmentFiles() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLE.resolve("judgments"))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** No chart or map lies in the version folder that neither the Markdown nor (so) the PDF shows. */
    static void assertThatEveryPublishedChartIsInTheMarkdown(Path folder, String markdown) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> svgs = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".svg")).toList();
            assertThat(svgs).isNotEmpty().allSatisfy(svg -> assertThat(markdown).contains("](" + svg + ")"));
        }
    }

    static String section(String markdown, String from, String to) {
        int start = markdown.indexOf(from);
        int end = markdown.indexOf(to, start + from.length());
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    /** Markdown's escapes, emphasis markers, anchors and link targets are not in the PDF's text. */
    static String plain(String markdown) {
        return markdown.replaceAll("<a id=\"[^\"]*\"></a>", "")
                .replaceAll("\\[((?:\\\\.|[^\\]\\\\])*)]\\(#[^)]*\\)", "$1")
                .replaceAll("<(https?://[^>]*)>", "$1")
                .replaceAll("\\\\(.)", "$1").replace("**", "").replace("*", "");
    }

    /** The web address of every link in the Markdown, as flexmark (a CommonMark reader) reads it back. */
    static java.util.Set<String> linkedUrls(String markdown) {
        java.util.Set<String> urls = new java.util.TreeSet<>();
        for (var node : com.vladsch.flexmark.parser.Parser.builder().build().parse(markdown).getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.AutoLink link) {
                urls.add(link.getUrl().toString());
            } else if (node instanceof com.vladsch.flexmark.ast.Link link && !link.getUrl().startsWith("#")) {
                urls.add(link.getUrl().toString());
            }
        }
        return urls;
    }

    static String normalize(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ").replace("- ", "-");
    }
}
