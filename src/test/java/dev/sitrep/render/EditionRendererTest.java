package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.analysis.Observation;
import dev.sitrep.analysis.prognosis.PrognosisAnalysis;
import dev.sitrep.analysis.prognosis.PrognosisSettings;
import dev.sitrep.analysis.trend.TrendAnalysis;
import dev.sitrep.assessment.Assessment;
import dev.sitrep.assessment.AssessmentComposer;
import dev.sitrep.assessment.CompositionInput;
import dev.sitrep.assessment.EventEntry;
import dev.sitrep.assessment.Passage;
import dev.sitrep.assessment.Reference;
import dev.sitrep.core.IsoWeek;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class EditionRendererTest {

    private static final IsoWeek W48 = IsoWeek.parse("2025-W48");
    private static final Path TEMPLATE = Path.of("report-templates/weekly-assessment");
    private static final String HOSTILE = "<script>alert('x')</script> [click](javascript:alert(1)) | cell | "
            + "`code` **bold** ![img](http://x/y.png) &amp;";

    private static EventEntry event(String id, String place, String summary, String source) {
        return new EventEntry(id, 1, LocalDate.of(2025, 11, 26), "day", "military-movement", "convoy",
                List.of("Russian Armed Forces", "# Heading actor"), "Latakia", place, summary, null, List.of(),
                List.of(source));
    }

    private static Assessment assessment() {
        return assessment(List.of(new CompositionInput.AnalystJudgment("context", new Passage("j-1", "Hedging",
                "Russia hedges [@reuters-1; @event:e-2].", "moderate", "likely", false))));
    }

    private static Assessment assessment(List<CompositionInput.AnalystJudgment> judgments) {
        return assessment(List.of(
                event("e-1", "Hmeimim Air Base", "Convoy leaves Hmeimim for Tartous.", "reuters-1"),
                event("e-2", "#1 | Place", HOSTILE, "evil-1")), judgments);
    }

    private static Assessment assessment(List<EventEntry> events, List<CompositionInput.AnalystJudgment> judgments) {
        List<Observation> observations = events.stream().map(e -> new Observation(e.id(), e.occurred(), e.type(), e.subType(),
                e.actors(), e.admin1(), e.place(), e.fatalities(), e.tags())).toList();
        return AssessmentComposer.compose(new CompositionInput("syria-weekly", "Syria weekly", W48,
                Instant.parse("2025-11-27T10:00:00Z"), events, Map.of("convoys", Set.of("e-1")),
                judgments,
                TrendAnalysis.analyse(observations, W48, 12, null),
                PrognosisAnalysis.forecast(observations, W48, new PrognosisSettings(4, 12, 6, 12, List.of(), List.of(),
                        List.of()), null),
                List.of(new Reference("reuters-1", "article-newspaper", "Reuters", "Russian convoy on the move", null,
                                "https://www.reuters.com/x", LocalDate.of(2025, 11, 26), LocalDate.of(2025, 11, 27)),
                        new Reference("evil-1", "webpage", "<b>Evil</b> | Press", "[pwn](javascript:alert(2))", null,
                                "javascript:alert(3)", LocalDate.of(2025, 11, 26), null)),
                10));
    }

    private static RenderedEdition render() {
        return new EditionRenderer().render(assessment(), new RenderRequest(TEMPLATE, "chicago-author-date", 1, "test"));
    }

    @Test
    void theEditionMapsThePeriodsEventsUnderNotableEventsAndSaysWhichHaveNoCoordinates() {
        EventEntry placed = new EventEntry("e-1", 1, LocalDate.of(2025, 11, 26), "day", "military-movement", "convoy",
                List.of("Russian Armed Forces"), "Latakia", "Hmeimim Air Base", "Convoy leaves Hmeimim.", null,
                List.of(), List.of("reuters-1"), 35.401, 35.948);
        Assessment a = assessment(List.of(placed, event("e-2", "Somewhere", "No coordinates given.", "reuters-1")),
                List.of());

        RenderedEdition edition = new EditionRenderer().render(a,
                new RenderRequest(TEMPLATE, "chicago-author-date", 1, "test"));

        Chart map = edition.charts().stream().filter(c -> c.file().equals("map-events.svg")).findFirst().orElseThrow();
        assertThat(map.svg()).contains(">Hmeimim Air Base<", "1 event at 1 place; 1 event without coordinates is not "
                + "shown.", "Where the events of 2025-W48 happened");
        String md = edition.markdown();
        assertThat(md.indexOf("](map-events.svg)")).isGreaterThan(md.indexOf("## Notable events"))
                .isLessThan(md.indexOf("## Prognosis"));
        // In the PDF the map is inline vectors (its text drawn as outlines, so checked here in the XHTML).
        Document html = Jsoup.parse(HtmlDocument.fromMarkdown(md, "", "t", "h", Map.of(map.file(), map.svg())));
        assertThat(html.select("div.chart svg").stream().map(e -> e.attr("aria-label")))
                .anySatisfy(label -> assertThat(label).startsWith("Map of Syria and its neighbours. 1 event at"));
    }

    @Test
    void textFromEventsAndSourcesIsInertInTheMarkdownTheHtmlAndThePdf() throws IOException {
        RenderedEdition edition = render();
        String md = edition.markdown();

        assertThat(md).doesNotContain("<script>", "<b>Evil</b>", "| cell |")
                .doesNotContainPattern("(?<!\\\\)]\\(javascript:")
                .contains("\\<script\\>", "\\[click\\]", "\\| cell \\|", "#1 \\| Place", "| \\# Heading actor |");
        Document html = Jsoup.parse(HtmlDocument.fromMarkdown(md, "", "t", "h"));
        assertThat(html.select("script, img, b")).isEmpty();
        assertThat(html.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).doesNotContain("javascript"));
        assertThat(html.select("h1")).hasSize(1);
        assertThat(html.select("h1, h2, h3, h4, h5, h6").text()).doesNotContain("Heading actor", "Place");
        String pdfText;
        try (PDDocument pdf = Loader.loadPDF(edition.pdf())) {
            pdfText = new PDFTextStripper().getText(pdf);
        }
        assertThat(pdfText).contains("<script>alert('x')</script>", "[click](javascript:alert(1))");
    }

    @Test
    void markupInAJudgmentThatSlippedPastItsChecksIsInertInEveryOutput() throws IOException {
        Passage hostile = new Passage("j-x", "<b>Bold</b> claim", "Text <script>alert(1)</script> <!-- hidden --> "
                + "<img src=x onerror=alert(2)> [@reuters-1].", "moderate", "0.7", false,
                "Revised in 2025-W47; stands since 2025-W44.");
        RenderedEdition edition = new EditionRenderer().render(assessment(List.of(
                new CompositionInput.AnalystJudgment("risks", hostile))),
                new RenderRequest(TEMPLATE, "chicago-author-date", 1, "test"));
        String md = edition.markdown();

        // Unescaped markup only: the hostile event summary is there too, as inert \\<script\\>.
        assertThat(md).doesNotContainPattern("(?<!\\\\)<(script|!--|img|b>)")
                .contains("Text &lt;script>alert(1)&lt;/script> &lt;!-- hidden -->", "### \\<b\\>Bold\\</b\\> claim")
                .contains("*(Confidence: moderate; likely (70 %; band 55–80 %). Revised in 2025-W47; stands since "
                        + "2025-W44.)*");
        Document html = Jsoup.parse(HtmlDocument.fromMarkdown(md, "", "t", "h"));
        assertThat(html.select("script, img, b")).isEmpty();
        assertThat(html.html()).doesNotContain("<!--");
        try (PDDocument pdf = Loader.loadPDF(edition.pdf())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("<script>alert(1)</script>", "<b>Bold</b> claim");
        }
    }

    @Test
    void thePdfCarriesItsMarkdownSourcesAndEventsAsAssociatedFilesAndStaysPdfA3() throws Exception {
        RenderedEdition edition = render();

        try (PDDocument pdf = Loader.loadPDF(edition.pdf())) {
            var catalog = pdf.getDocumentCatalog();
            var files = catalog.getNames().getEmbeddedFiles().getNames();
            assertThat(files).containsOnlyKeys("syria-weekly-2025-W48-v1.md", "bibliography.json", "events.csv");
            assertThat(new String(files.get("syria-weekly-2025-W48-v1.md").getEmbeddedFile().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(edition.markdown());
            assertThat(new String(files.get("bibliography.json").getEmbeddedFile().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(edition.bibliographyJson());
            assertThat(new String(files.get("events.csv").getEmbeddedFile().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(edition.eventsCsv());
            assertThat(files.get("events.csv").getEmbeddedFile().getSubtype()).isEqualTo("text/csv");
            var associated = (org.apache.pdfbox.cos.COSArray) catalog.getCOSObject()
                    .getDictionaryObject(org.apache.pdfbox.cos.COSName.getPDFName("AF"));
            assertThat(associated.size()).isEqualTo(3);
            assertThat(catalog.getLanguage()).isEqualTo("en");
        }
        dev.sitrep.testing.PdfA.assertCompliant(edition.pdf());
    }

    @Test
    void thePdfLinksEachSourceToItsUrlAndEachCitationToItsBibliographyEntryAndStaysPdfA3() throws Exception {
        RenderedEdition edition = render();

        try (PDDocument pdf = Loader.loadPDF(edition.pdf())) {
            List<PDAnnotationLink> links = new java.util.ArrayList<>();
            for (var page : pdf.getPages()) {
                page.getAnnotations().stream().filter(PDAnnotationLink.class::isInstance)
                        .map(PDAnnotationLink.class::cast).forEach(links::add);
            }
            assertThat(links).allSatisfy(link -> assertThat(link.isPrinted()).as("PDF/A: links print").isTrue());
            assertThat(links).map(PDAnnotationLink::getAction).filteredOn(PDActionURI.class::isInstance)
                    .map(a -> ((PDActionURI) a).getURI()).containsOnly("https://www.reuters.com/x");
            // Each citation of Reuters jumps to the page of its entry, the last one (Sources, About).
            List<PDAnnotationLink> toReuters = links.stream().filter(l -> l.getContents().contains("Reuters 2025"))
                    .toList();
            assertThat(toReuters).hasSizeGreaterThanOrEqualTo(2).allSatisfy(link -> {
                assertThat(link.getAction()).isInstanceOf(PDActionGoTo.class);
                var target = (PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination();
                int page = pdf.getPages().indexOf(target.getPage());
                var text = new PDFTextStripper();
                text.setStartPage(page + 1);
                text.setEndPage(page + 1);
                assertThat(text.getText(pdf)).contains("Reuters. 2025. “Russian Convoy on the Move.”");
            });
        }
        dev.sitrep.testing.PdfA.assertCompliant(edition.pdf());
    }

    @Test
    void aSectionInWhichNoAnalystJudgmentStandsIsLeftOut() {
        Passage risk = new Passage("j-r", "A risk", "Convoys may be attacked [@reuters-1].", "low", null, false);

        String md = new EditionRenderer().render(assessment(List.of(new CompositionInput.AnalystJudgment("risks", risk))),
                new RenderRequest(TEMPLATE, "chicago-author-date", 1, "test")).markdown();

        assertThat(md).contains("## Risks\n\n### A risk", "## Trends", "## Prognosis", "## Sources")
                .doesNotContain("## Context", "## Strategic logic", "## Implications", "## Conclusion");
        assertThat(render().markdown()).contains("## Context\n\n### Hedging");
    }

    @Test
    void onlyTheChartsTheMarkdownShowsArePublished() {
        Chart shown = new Chart("chart-weekly-events.svg", "Events a week", "<svg/>");
        Chart unused = new Chart("chart-forecast-flash-related.svg", "A forecast nobody placed", "<svg/>");

        assertThat(EditionRenderer.shown(List.of(shown, unused), "Text\n\n![Events a week](chart-weekly-events.svg)\n"))
                .containsExactly(shown);
        RenderedEdition edition = render();
        assertThat(edition.charts()).isNotEmpty()
                .allSatisfy(c -> assertThat(edition.markdown()).contains("](" + c.file() + ")"));
    }

    @Test
    void theJobsPageSizeOverridesTheTemplates() throws IOException {
        RenderedEdition letter = new EditionRenderer().render(assessment(),
                new RenderRequest(TEMPLATE, "chicago-author-date", 1, "test", "letter"));

        try (PDDocument a4 = Loader.loadPDF(render().pdf()); PDDocument us = Loader.loadPDF(letter.pdf())) {
            // A4 is 595 x 842 points, US letter 612 x 792.
            assertThat(Math.round(a4.getPage(0).getMediaBox().getWidth())).isEqualTo(595);
            assertThat(Math.round(a4.getPage(0).getMediaBox().getHeight())).isEqualTo(842);
            assertThat(Math.round(us.getPage(0).getMediaBox().getWidth())).isEqualTo(612);
            assertThat(Math.round(us.getPage(0).getMediaBox().getHeight())).isEqualTo(792);
        }
    }

    @Test
    void theSameAssessmentRendersToTheSameBytes() {
        RenderedEdition a = render();
        RenderedEdition b = render();

        assertThat(a.markdown()).isEqualTo(b.markdown());
        assertThat(a.pdf()).isEqualTo(b.pdf());
        assertThat(a.bibliographyJson()).isEqualTo(b.bibliographyJson());
        assertThat(a.eventsCsv()).isEqualTo(b.eventsCsv());
    }

    @Test
    void citationsAreResolvedOnceAndTheBibliographyListsExactlyTheCitedSources() {
        RenderedEdition edition = render();
        String md = edition.markdown();

        assertThat(md).doesNotContain("[@").contains("([Reuters 2025](#ref-reuters-1);").contains("## Sources");
        String sources = md.substring(md.indexOf("## Sources"), md.indexOf("## About this edition"));
        assertThat(sources.lines().filter(l -> l.startsWith("- "))).hasSize(2);
        assertThat(edition.bibliographyJson()).contains("\"id\": \"evil-1\"", "\"id\": \"reuters-1\"");
        assertThat(edition.eventsCsv().lines()).hasSize(3).first().asString().startsWith("event_id,revision");
    }
}
