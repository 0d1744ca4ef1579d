package dev.sitrep.analysis.prognosis;

import static dev.sitrep.analysis.prognosis.TestSeries.poisson;
import static dev.sitrep.analysis.prognosis.TestSeries.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sitrep.core.About;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.core.Likelihood;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LikelihoodConsistencyTest {

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("worst", "Surge", "", "convoys weekly-max > 5 or attacks total >= 1"),
            new Scenario("best", "Wind-down", "", "convoys total <= 10"),
            new Scenario("base", "Steady", "", "otherwise"));
    private static final PrognosisSettings SETTINGS = PrognosisSettings.of(
            List.of(series("convoys"), series("attacks"), series("strikes")), SCENARIOS, List.of());
    /** Convoys about 2 a week, attacks rare; no strike has ever been logged (no history at all). */
    private static final SeriesCounts COUNTS = new SeriesCounts(IsoWeek.parse("2025-W48"), YearMonth.of(2025, 11),
            52, 36, Map.of("convoys", poisson(2, 52, 1), "attacks", poisson(0.05, 52, 2)),
            Map.of("convoys", poisson(9, 36, 3), "attacks", poisson(0.2, 36, 4)));
    private static final Prognosis PROGNOSIS = PrognosisAnalysis.forecast(COUNTS, SETTINGS, List.of());

    private static StatedLikelihood stated(String likelihood, About.Kind kind, String target) {
        return new StatedLikelihood("j-1", "A judgment", likelihood, new About(kind, target));
    }

    private static double scenario(String name) {
        return PROGNOSIS.scenarios().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow()
                .probability();
    }

    @Test
    void aConditionOnOneSeriesTotalGetsTheForecastDistributionsProbability() {
        int[] weekly = COUNTS.weeklyOf("convoys");
        double expected = 1 - RollingForecasts.of(weekly, 8).at(weekly.length).calibratedTotal().cdf(16);

        double drawn = PrognosisAnalysis.conditionProbabilities(COUNTS, SETTINGS,
                List.of(ScenarioCondition.parse("convoys total >= 17", SETTINGS.seriesIds()))).values().iterator().next();

        // 10,000 draws: a standard error of at most 0.005.
        assertThat(drawn).isCloseTo(expected, within(0.02));
        assertThat(drawn).isBetween(0.05, 0.95);
    }

    @Test
    void aConditionWordedAsTheFirstScenarioGetsThatScenariosProbabilityExactly() {
        double drawn = PrognosisAnalysis.conditionProbabilities(COUNTS, SETTINGS, List.of(ScenarioCondition.parse(
                "convoys weekly-max > 5 or attacks total >= 1", SETTINGS.seriesIds()))).values().iterator().next();

        assertThat(drawn).isEqualTo(scenario("worst"));
    }

    @Test
    void twoBandsApartIsListedWithBothFiguresAndNeighbouringBandsPass() {
        double base = scenario("base");
        int modelBand = Likelihood.bandOf(base);
        int farBand = modelBand >= 2 ? modelBand - 2 : modelBand + 2;
        int nearBand = modelBand >= 1 ? modelBand - 1 : modelBand + 1;

        List<ConsistencyWarning> far = LikelihoodConsistency.check(List.of(stated(Likelihood.TERMS.get(farBand),
                About.Kind.SCENARIO, "base")), PROGNOSIS, COUNTS, SETTINGS);
        List<ConsistencyWarning> near = LikelihoodConsistency.check(List.of(stated(Likelihood.TERMS.get(nearBand),
                About.Kind.SCENARIO, "base")), PROGNOSIS, COUNTS, SETTINGS);
        List<ConsistencyWarning> same = LikelihoodConsistency.check(List.of(stated(Likelihood.TERMS.get(modelBand),
                About.Kind.SCENARIO, "base")), PROGNOSIS, COUNTS, SETTINGS);

        assertThat(far).singleElement().satisfies(w -> {
            assertThat(w.bandsApart()).isEqualTo(2);
            assertThat(w.modelProbability()).isEqualTo(base);
            assertThat(w.message()).contains("'A judgment' (j-1) states " + Likelihood.describe(Likelihood.TERMS.get(farBand)))
                    .contains("about scenario 'base'")
                    .contains("the model gives " + Likelihood.percentShown(base) + ", " + Likelihood.bandShown(modelBand))
                    .endsWith("2 bands apart.");
        });
        assertThat(near).isEmpty();
        assertThat(same).isEmpty();
    }

    @Test
    void aProbabilityIsHeldAgainstTheModelByItsBand() {
        // The model has seen an attack about once in twenty weeks: "almost certain" (97 %) is far off.
        List<ConsistencyWarning> w = LikelihoodConsistency.check(List.of(stated("0.97", About.Kind.CONDITION,
                "attacks total >= 1")), PROGNOSIS, COUNTS, SETTINGS);

        assertThat(w).singleElement().satisfies(x -> {
            assertThat(x.statedBand()).isEqualTo(6);
            assertThat(x.bandsApart()).isGreaterThanOrEqualTo(2);
            assertThat(x.message()).contains("almost certain (97 %; band 95–100 %)").contains("'attacks total >= 1'");
        });
    }

    @Test
    void whatTheModelCannotJudgeIsListedAsNotCheckedRatherThanPassed() {
        List<ConsistencyWarning> w = LikelihoodConsistency.check(List.of(
                stated("unlikely", About.Kind.CONDITION, "strikes total >= 1"),
                stated("likely", About.Kind.SCENARIO, "collapse")), PROGNOSIS, COUNTS, SETTINGS);

        assertThat(w).hasSize(2).allSatisfy(x -> {
            assertThat(x.checked()).isFalse();
            assertThat(x.message()).contains("the model gives no probability for it").contains("not checked");
        });
    }
}
