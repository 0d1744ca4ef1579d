package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.analysis.Observation;
import dev.sitrep.analysis.prognosis.PrognosisAnalysis;
import dev.sitrep.analysis.prognosis.PrognosisSettings;
import dev.sitrep.analysis.prognosis.SeriesSpec;
import dev.sitrep.analysis.trend.TrendAnalysis;
import dev.sitrep.assessment.AssessmentComposer;
import dev.sitrep.assessment.CompositionInput;
import dev.sitrep.assessment.EventEntry;
import dev.sitrep.assessment.Reference;
import dev.sitrep.core.IsoWeek;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Prognosis section says what the forecasts rest on: no fan of zeros for a series nothing was logged
 * in, the months an outlook is made from when they are fewer than it forecasts, the windows the history
 * really gives, and the method actually used.
 */
class ForecastDisplayTest {

    private static final IsoWeek W48 = IsoWeek.parse("2025-W48");
    /** A Monday: 20 whole weeks to W48, and August to November, 4 whole months. */
    private static final LocalDate FROM = LocalDate.of(2025, 7, 14);
    private static final int[] CONVOYS = {1, 2, 0, 3, 1, 2, 2, 0, 1, 3, 2, 1, 0, 2, 4, 1, 2, 3, 1, 2};
    private static RenderedEdition edition;

    @BeforeAll
    static void renderAnEditionWithAQuietSeries() {
        List<EventEntry> events = new ArrayList<>();
        for (int w = 0; w < CONVOYS.length; w++) {
            LocalDate day = FROM.plusWeeks(w).plusDays(2);
            for (int i = 0; i < CONVOYS[w]; i++) {
                events.add(new EventEntry("m-" + w + "-" + i, 1, day, "day", "military-movement", null,
                        List.of("Russian Armed Forces"), "Latakia", "Hmeimim", "Convoy " + w, null, List.of(),
                        List.of("src")));
            }
        }
        List<Observation> obs = events.stream().map(e -> new Observation(e.id(), e.occurred(), e.type(), e.subType(),
                e.actors(), e.admin1(), e.place(), e.fatalities(), e.tags())).toList();
        PrognosisSettings settings = new PrognosisSettings(4, 52, 6, 36, List.of(
                new SeriesSpec("convoys", "Russian convoys", List.of("military-movement"), List.of(), List.of(),
                        List.of()),
                new SeriesSpec("attacks", "Attacks on Russian forces", List.of("armed-clash"), List.of(), List.of(),
                        List.of())), List.of(), List.of());
        edition = new EditionRenderer().render(AssessmentComposer.compose(new CompositionInput("syria-weekly",
                        "Syria weekly", W48, Instant.parse("2025-11-30T10:00:00Z"), events, Map.of(), List.of(),
                        TrendAnalysis.analyse(obs, W48, 12, FROM), PrognosisAnalysis.forecast(obs, W48, settings, FROM),
                        List.of(new Reference("src", "webpage", "Sitrep test feed", "[Convoys]", null, null, null,
                                null)), 5)),
                new RenderRequest(Path.of("report-templates/weekly-assessment"), "chicago-author-date", 1, "test"));
    }

    private static String section(String heading) {
        String md = edition.markdown();
        int start = md.indexOf("### " + heading + "\n");
        assertThat(start).as("a section %s", heading).isNotNegative();
        int end = md.indexOf("\n### ", start + 1);
        return md.substring(start, end < 0 ? md.length() : end);
    }

    private static String annex() {
        String md = edition.markdown();
        return md.substring(md.indexOf("## How these numbers were made"));
    }

    @Test
    void aSeriesWithNoEventsLoggedSaysSoAndHasNeitherFanChartNorTableOfZeros() {
        assertThat(edition.markdown()).contains("| Attacks on Russian forces | 0 | – | – | No events logged, no "
                + "forecast: none in the 20 weeks of history. |").doesNotContain("### Attacks on Russian forces")
                .doesNotContain("**Attacks on Russian forces.** Weekly counts");
        assertThat(edition.charts()).extracting(Chart::file).contains("chart-forecast-convoys.svg")
                .doesNotContain("chart-forecast-attacks.svg");
        assertThat(edition.markdown()).doesNotContain("chart-forecast-attacks");
    }

    @Test
    void aMonthlyOutlookFromFewerMonthsThanItForecastsSaysHowFew() {
        assertThat(section("Russian convoys")).contains("**Outlook, 6 months.** Made from only 4 months of history, "
                + "fewer than the 6 it forecasts. Confidence: ");
        // How the outlook was made is in the annex.
        assertThat(annex()).contains("*Outlook by month.* Monthly counts: ").contains("Model: mean of the 4 months so far;");
    }

    @Test
    void theBacktestWindowStatedIsTheHistoryTheSeriesHasNotTheOneConfigured() {
        // 20 weeks: the first 8 fit the models, so 12 are scored.
        assertThat(annex()).contains("each counting for more the smaller its errors over the "
                + "last 12 weeks, weighed afresh for each week ahead");
        assertThat(edition.markdown()).doesNotContain("26 weeks").doesNotContain("last 26");
    }

    @Test
    void theMethodParagraphDescribesTheModelsTheForecastsUsed() {
        assertThat(edition.markdown()).doesNotContain("whichever of four models")
                .contains("The weekly forecasts mix six simple models: the last count carried forward, the mean of "
                        + "the last 12, exponential smoothing, a Poisson-gamma local level, damped Holt exponential "
                        + "smoothing and a Poisson regression with trend. For each week ahead, each model counts for "
                        + "more the smaller its errors have been over the series' own last 12 weeks (all the history "
                        + "allows)")
                .contains("The monthly outlooks rest on too few completed months to weigh models, so each is the mean "
                        + "of the months so far, up to the last 12.");
    }
}
