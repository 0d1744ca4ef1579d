package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.analysis.Observation;
import dev.sitrep.analysis.prognosis.PrognosisAnalysis;
import dev.sitrep.analysis.prognosis.PrognosisSettings;
import dev.sitrep.analysis.prognosis.SeriesSpec;
import dev.sitrep.analysis.trend.TrendAnalysis;
import dev.sitrep.assessment.Assessment;
import dev.sitrep.assessment.AssessmentComposer;
import dev.sitrep.assessment.CompositionInput;
import dev.sitrep.assessment.EventEntry;
import dev.sitrep.core.IsoWeek;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static final IsoWeek W48 = IsoWeek.parse("2025-W48");
    private static final LocalDate FROM = LocalDate.of(2025, 6, 2);

    /** Twenty-six weeks of clashes in two governorates, rising, and a convoy series to forecast. */
    private static Assessment assessment() {
        List<EventEntry> events = new ArrayList<>();
        for (int w = 25; w >= 0; w--) {
            LocalDate day = W48.minusWeeks(w).monday().plusDays(1);
            for (int i = 0; i < 2 + (25 - w) / 6; i++) {
                events.add(new EventEntry("c-" + w + "-" + i, 1, day, "day", "armed-clash", null,
                        List.of("Army", "Rebels"), i % 2 == 0 ? "Latakia" : "Tartus", "Jableh", "Clash " + w, 1,
                        List.of(), List.of("src")));
            }
            events.add(new EventEntry("m-" + w, 1, day, "day", "military-movement", null,
                    List.of("Russian Armed Forces"), "Latakia", "Hmeimim", "Convoy " + w, null, List.of(),
                    List.of("src")));
        }
        List<Observation> obs = events.stream().map(e -> new Observation(e.id(), e.occurred(), e.type(), e.subType(),
                e.actors(), e.admin1(), e.place(), e.fatalities(), e.tags())).toList();
        SeriesSpec convoys = new SeriesSpec("convoys", "Russian convoys", List.of("military-movement"), List.of(),
                List.of(), List.of());
        return AssessmentComposer.compose(new CompositionInput("syria-weekly", "Syria weekly", W48,
                Instant.parse("2025-11-30T10:00:00Z"), events, Map.of("convoys", Set.of("m-0")), List.of(),
                TrendAnalysis.analyse(obs, W48, 12, FROM),
                PrognosisAnalysis.forecast(obs, W48, PrognosisSettings.of(List.of(convoys), List.of(), List.of()),
                        FROM), List.of(new dev.sitrep.assessment.Reference("src", "webpage", "Feed", "Report", null,
                        "https://example.org/r", LocalDate.of(2025, 11, 25), null)), 5));
    }

    @Test
    void drawsWeeklyEventsHotspotsAndAFanChartPerSeriesAsSvgWithAltTextThatStatesTheNumbers() {
        List<Chart> charts = Charts.of(assessment());

        assertThat(charts).extracting(Chart::file).containsExactly("chart-weekly-events.svg", "chart-hotspots.svg",
                "chart-forecast-convoys.svg");
        assertThat(charts).allSatisfy(c -> {
            assertThat(c.svg()).contains("<svg", "DejaVu Sans").doesNotContain("<image", "rgba(")
                    .doesNotContainPattern("opacity=\"0");
            assertThat(c.alt()).isNotBlank();
        });
        assertThat(charts.get(0).alt()).startsWith("Events logged per week, 2025-W36 to 2025-W48: 7 in 2025-W48");
        assertThat(charts.get(1).alt()).contains("Latakia", "Tartus");
        assertThat(charts.get(2).alt()).startsWith("Russian convoys: weekly counts for the 26 weeks to 2025-W48");
    }

    @Test
    void theSameAssessmentDrawsTheSameSvgBytes() {
        assertThat(Charts.of(assessment())).isEqualTo(Charts.of(assessment()));
    }

    @Test
    void theEditionLinksEachChartBesideItsMarkdownAndDrawsItAsVectorsInAPdfA() throws Exception {
        RenderedEdition edition = new EditionRenderer().render(assessment(),
                new RenderRequest(Path.of("report-templates/weekly-assessment"), "chicago-author-date", 1, "test"));

        for (Chart chart : edition.charts()) {
            assertThat(edition.markdown()).contains("](" + chart.file() + ")");
        }
        try (PDDocument pdf = Loader.loadPDF(edition.pdf())) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().getXObject(name)).isNotInstanceOf(PDImageXObject.class);
                }
            }
        }
        dev.sitrep.testing.PdfA.assertCompliant(edition.pdf());
    }
}
