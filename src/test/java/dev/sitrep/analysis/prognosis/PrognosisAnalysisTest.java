package dev.sitrep.analysis.prognosis;

import static dev.sitrep.analysis.Observations.anEvent;
import static dev.sitrep.analysis.Observations.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sitrep.analysis.Observation;
import dev.sitrep.core.IsoWeek;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrognosisAnalysisTest {

    private static final IsoWeek W48 = IsoWeek.parse("2025-W48");
    private static final SeriesSpec CONVOYS = new SeriesSpec("convoys", "Russian convoys", List.of("military-movement"),
            List.of("Russian Armed Forces"), List.of(), List.of(), List.of(
            new ScenarioSpec("best", "Movements stop", "", 4, null),
            new ScenarioSpec("base", "Occasional movements", "", 16, 5),
            new ScenarioSpec("worst", "Surge", "", null, 17)));

    private static List<Observation> twoConvoysAWeek() {
        List<Observation> events = new ArrayList<>();
        for (int w = 0; w < 12; w++) {
            String day = W48.minusWeeks(w).monday().plusDays(1).toString();
            events.addAll(times(2, anEvent().on(day).ofType("military-movement").by("Russian Armed Forces")));
            events.add(anEvent().on(day).ofType("military-movement").by("Turkish Armed Forces").build());
        }
        return events;
    }

    @Test
    void forecastsTheSeriesRateWithPoissonIntervalsForEachWeekOfTheHorizon() {
        Prognosis p = PrognosisAnalysis.forecast(twoConvoysAWeek(), W48,
                new PrognosisSettings(8, 12, List.of(CONVOYS), List.of("Naval calls at Tartous")));

        SeriesForecast f = p.series().get(0);
        assertThat(f.history().counts()).hasSize(12).containsOnly(2);
        assertThat(f.points()).hasSize(8);
        assertThat(f.points().get(0).week()).hasToString("2025-W49");
        assertThat(f.points().get(0).mean()).isEqualTo(2.0);
        // Poisson(2): 10th percentile 0, 90th 4; 2.5th 0, 97.5th 5
        assertThat(f.points().get(0)).extracting(ForecastPoint::lo80, ForecastPoint::hi80, ForecastPoint::lo95,
                ForecastPoint::hi95).containsExactly(0, 4, 0, 5);
        assertThat(f.horizonMean()).isEqualTo(16.0);
        assertThat(p.indicators()).containsExactly("Naval calls at Tartous");
    }

    @Test
    void scenarioProbabilitiesComeFromTheHorizonTotalAndAddUpToOne() {
        SeriesForecast f = PrognosisAnalysis.forecast(twoConvoysAWeek(), W48,
                new PrognosisSettings(8, 12, List.of(CONVOYS), List.of())).series().get(0);

        double best = f.scenarios().get(0).probability();
        double base = f.scenarios().get(1).probability();
        double worst = f.scenarios().get(2).probability();
        // Poisson(16): P(X <= 4) = 0.00040, P(5 <= X <= 16) = 0.56556, P(X >= 17) = 0.43404
        assertThat(best).isCloseTo(0.00040, within(0.00005));
        assertThat(base).isCloseTo(0.56556, within(0.00005));
        assertThat(best + base + worst).isCloseTo(1.0, within(1e-9));
        assertThat(f.scenarios().get(1).estimative()).isEqualTo("likely");
        assertThat(f.scenarios().get(2).estimative()).isEqualTo("unlikely");
    }

    @Test
    void estimativeTermsFollowIcd203() {
        assertThat(EstimativeLanguage.termFor(0.02)).isEqualTo("almost no chance");
        assertThat(EstimativeLanguage.termFor(0.10)).isEqualTo("very unlikely");
        assertThat(EstimativeLanguage.termFor(0.50)).isEqualTo("roughly even chance");
        assertThat(EstimativeLanguage.termFor(0.70)).isEqualTo("likely");
        assertThat(EstimativeLanguage.termFor(0.90)).isEqualTo("very likely");
        assertThat(EstimativeLanguage.termFor(0.99)).isEqualTo("almost certain");
        assertThat(EstimativeLanguage.rangeFor(0.70)).isEqualTo("55–80 %");
    }
}
