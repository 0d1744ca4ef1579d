package dev.sitrep.analysis.prognosis;

import static dev.sitrep.analysis.prognosis.TestSeries.poisson;
import static dev.sitrep.analysis.prognosis.TestSeries.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sitrep.core.IsoWeek;
import dev.sitrep.core.Likelihood;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class PrognosisAnalysisTest {

    private static final IsoWeek W48 = IsoWeek.parse("2025-W48");
    private static final YearMonth NOV = YearMonth.of(2025, 11);
    private static final SeriesSpec CONVOYS = series("convoys");
    private static final SeriesSpec ATTACKS = series("attacks");

    private static SeriesCounts counts(Map<String, List<Integer>> weekly, Map<String, List<Integer>> monthly) {
        return new SeriesCounts(W48, NOV, 52, 36, weekly, monthly);
    }

    private static PrognosisSettings settings(List<Scenario> scenarios, List<IndicatorSpec> indicators) {
        return PrognosisSettings.of(List.of(CONVOYS, ATTACKS), scenarios, indicators);
    }

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("worst", "Surge", "", "convoys weekly-max > 5 or attacks total >= 1"),
            new Scenario("best", "Wind-down", "", "convoys total <= 10"),
            new Scenario("base", "Steady", "", "otherwise"));

    private Prognosis steady() {
        return PrognosisAnalysis.forecast(counts(
                        Map.of("convoys", poisson(2, 52, 1), "attacks", poisson(0.05, 52, 2)),
                        Map.of("convoys", poisson(9, 36, 3), "attacks", poisson(0.2, 36, 4))),
                settings(SCENARIOS, List.of()), List.of());
    }

    @Test
    void forecastsEachWeekOfTheHorizonWithNestedIntervalsAndAMonthlyOutlook() {
        SeriesForecast f = steady().series().get(0);

        assertThat(f.points()).hasSize(8);
        assertThat(f.points().get(0).target()).isEqualTo("2025-W49");
        assertThat(f.points().get(7).target()).isEqualTo("2026-W04");
        for (ForecastPoint p : f.points()) {
            assertThat(p.mean()).isBetween(1.2, 2.8);
            assertThat(new int[] {p.lo95(), p.lo80(), p.lo50(), p.hi50(), p.hi80(), p.hi95()}).isSorted();
        }
        assertThat(f.horizonTotal().mean()).isCloseTo(8 * f.points().get(0).mean(), within(4.0));
        assertThat(f.model().scored()).isPositive();
        assertThat(f.outlook().points()).hasSize(6);
        assertThat(f.outlook().points().get(0).target()).isEqualTo("2025-12");
        assertThat(f.outlook().points().get(0).mean()).isBetween(5.0, 13.0);
    }

    @Test
    void scenarioProbabilitiesAddUpToOneAndEachTermMatchesItsProbability() {
        Prognosis p = steady();

        assertThat(p.scenarios()).extracting(ScenarioOutlook::name).containsExactly("worst", "best", "base");
        assertThat(p.scenarios().stream().mapToDouble(ScenarioOutlook::probability).sum()).isCloseTo(1.0,
                within(1e-12));
        for (ScenarioOutlook s : p.scenarios()) {
            assertThat(s.estimative()).isEqualTo(Likelihood.termOf(s.probability()));
            assertThat(s.range()).isEqualTo(Likelihood.rangeOf(s.probability()));
        }
        assertThat(p.scenarios().get(0).condition()).isEqualTo("convoys weekly-max > 5 or attacks total >= 1");
    }

    @Test
    void aScenarioOnOneSeriesTotalGetsTheForecastDistributionsProbability() {
        SeriesCounts c = counts(Map.of("convoys", poisson(2, 52, 5), "attacks", poisson(1, 52, 6)),
                Map.of("convoys", poisson(9, 36, 7), "attacks", poisson(4, 36, 8)));
        PrognosisSettings s = settings(List.of(new Scenario("low", "Low", "", "convoys total <= 14"),
                new Scenario("rest", "Rest", "", "otherwise")), List.of());

        Prognosis p = PrognosisAnalysis.forecast(c, s, List.of());

        int[] weekly = c.weeklyOf("convoys");
        double expected = RollingForecasts.of(weekly, 8).at(weekly.length).calibratedTotal().cdf(14);
        // 10,000 draws: a standard error of at most 0.005.
        assertThat(p.scenarios().get(0).probability()).isCloseTo(expected, within(0.02));
    }

    @Test
    void theSameCountsGiveTheSameProbabilitiesToTheDigit() {
        assertThat(steady().scenarios()).isEqualTo(steady().scenarios());
        assertThat(steady().series()).isEqualTo(steady().series());
    }

    /** A random walk around 200: carrying the last count forward is the forecast to beat. */
    private static List<Integer> walk(int n, long seed) {
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(seed));
        List<Integer> out = new ArrayList<>();
        int level = 200;
        for (int i = 0; i < n; i++) {
            level = Math.max(0, level + (int) Math.round(random.nextNormal(0, 25)));
            out.add(level);
        }
        return out;
    }

    @Test
    void aForecastWithNoSkillOverNaiveSaysSoAndIsStatedWithLowConfidence() {
        Prognosis p = PrognosisAnalysis.forecast(counts(Map.of("convoys", walk(52, 7), "attacks", poisson(1, 52, 2)),
                Map.of("convoys", poisson(800, 36, 3), "attacks", poisson(4, 36, 4))), settings(List.of(), List.of()),
                List.of());

        SeriesForecast f = p.series().get(0);
        assertThat(f.model().model()).isEqualTo("ensemble");
        assertThat(f.model().chosenByBacktest()).isTrue();
        assertThat(f.model().autoMae()).as("%s", f.model()).isGreaterThanOrEqualTo(f.model().naiveMae());
        assertThat(f.model().hasSkill()).isFalse();
        assertThat(f.model().skillVerdict("weeks")).isEqualTo("no better than assuming each week repeats the last, over the last 26 weeks");
        assertThat(f.confidence().level()).isEqualTo(Confidence.Level.LOW);
        assertThat(f.confidence().reasons()).contains("no better than assuming each week repeats the last, over the last 26 weeks");
    }

    @Test
    void theEditionPublishesTheBacktestsAutoAndStatesItsBacktestError() {
        List<Integer> convoys = poisson(12, 52, 9);
        Prognosis p = PrognosisAnalysis.forecast(counts(Map.of("convoys", convoys, "attacks", poisson(1, 52, 2)),
                Map.of("convoys", poisson(50, 36, 3), "attacks", poisson(4, 36, 4))), settings(List.of(), List.of()),
                List.of());
        ModelChoice choice = p.series().get(0).model();

        // The backtest's auto over the edition's recent window: origins 26..51 (knowing weeks 0..o), horizons 1..8.
        IsoWeek first = W48.minusWeeks(51);
        BacktestResult backtest = Backtest.run(List.of(new CountSeries("convoys", first, convoys)),
                new BacktestSettings(List.of(1, 2, 3, 4, 5, 6, 7, 8), first.plusWeeks(26), List.of("auto"), 8));
        List<BacktestRow> recent = backtest.rows().stream()
                .filter(r -> r.origin().compareTo(first.plusWeeks(25)) >= 0).toList();
        assertThat(recent).hasSize(choice.scored());
        assertThat(recent).extracting(BacktestRow::chosen).containsOnly("ensemble");
        assertThat(choice.model()).isEqualTo("ensemble");
        assertThat(recent.stream().mapToDouble(r -> Math.abs(r.actual() - r.mean())).average().orElseThrow())
                .isCloseTo(choice.autoMae(), within(1e-9));
    }

    @Test
    void aShortHistoryLowersConfidenceAndSaysWhy() {
        Prognosis p = PrognosisAnalysis.forecast(counts(
                        Map.of("convoys", List.of(2, 3, 1, 2, 4, 2), "attacks", List.of(0, 0, 0, 0, 0, 1)),
                        Map.of("convoys", List.of(9), "attacks", List.of(1))),
                settings(SCENARIOS, List.of()), List.of());

        SeriesForecast f = p.series().get(0);
        assertThat(f.historyUsed()).isEqualTo(6);
        assertThat(f.confidence().level()).isEqualTo(Confidence.Level.LOW);
        assertThat(f.confidence().reasons()).contains("short history: 6 of 52 weeks");
        assertThat(f.model().chosenByBacktest()).isFalse();
        assertThat(f.outlook().confidence().level()).isEqualTo(Confidence.Level.LOW);
        assertThat(p.scenarioConfidence().level()).isEqualTo(Confidence.Level.LOW);
        assertThat(f.points()).allSatisfy(x -> assertThat(Double.isFinite(x.mean())).isTrue());
    }

    @Test
    void aSeriesWithNoEventsLoggedHasNoForecastYetItsScenariosAreDrawnAndNoHistoryForecastsNothing() {
        List<Integer> zeros = new ArrayList<>(Arrays.asList(new Integer[30]));
        zeros.replaceAll(x -> 0);
        Prognosis p = PrognosisAnalysis.forecast(counts(Map.of("convoys", zeros, "attacks", zeros),
                Map.of("convoys", List.of(0, 0), "attacks", List.of(0, 0))), settings(SCENARIOS, List.of()), List.of());
        SeriesForecast f = p.series().get(0);
        assertThat(f.points()).isEmpty();
        assertThat(f.model()).isNull();
        assertThat(f.horizonTotal()).isNull();
        assertThat(f.outlook()).isNull();
        assertThat(f.historyUsed()).isEqualTo(30);
        assertThat(f.withoutForecast()).isEqualTo("No events logged, no forecast: none in the 30 weeks of history.");
        assertThat(f.confidence().reasons()).anyMatch(r -> r.startsWith("few events"));
        // The draws behind the scenarios still rest on the quiet weeks, without NaN: nothing surges, all is "base".
        assertThat(p.scenarios().get(1).probability()).isEqualTo(1.0);
        assertThat(p.method()).isEmpty();
        assertThat(IssuedForecast.of("2025-W48", p)).satisfies(i -> {
            assertThat(i.from()).isEqualTo("2025-W49");
            assertThat(i.to()).isEqualTo("2026-W04");
        });

        Prognosis none = PrognosisAnalysis.forecast(counts(Map.of("convoys", List.of(), "attacks", List.of()),
                Map.of("convoys", List.of(), "attacks", List.of())), settings(SCENARIOS, List.of()), List.of());
        assertThat(none.series().get(0).points()).isEmpty();
        assertThat(none.series().get(0).model()).isNull();
        assertThat(none.scenarios()).isEmpty();
        assertThat(none.scenarioConfidence().level()).isEqualTo(Confidence.Level.LOW);
    }

    @Test
    void measuredIndicatorsFireOnThePeriodsCountAndTheOthersAreWatched() {
        Prognosis p = PrognosisAnalysis.forecast(counts(
                        Map.of("convoys", List.of(1, 1, 1, 4), "attacks", List.of(0, 0, 1, 0)),
                        Map.of("convoys", List.of(), "attacks", List.of())),
                settings(List.of(), List.of(new IndicatorSpec("Convoys", "convoys", 3),
                        new IndicatorSpec("Attacks", "attacks", 1), new IndicatorSpec("A new basing deal", null, null))),
                List.of());

        assertThat(p.indicators()).extracting(IndicatorStatus::state).containsExactly(IndicatorStatus.State.FIRED,
                IndicatorStatus.State.QUIET, IndicatorStatus.State.WATCHED);
        assertThat(p.indicators().get(0).count()).isEqualTo(4);
    }

    @Test
    void earlierForecastsAreScoredOnceTheirWeeksHavePassed() {
        // Issued for W45: W46 forecast 2 (80 %: 0–4), W47 forecast 2 (0–4); W49 is still to come.
        ForecastPoint w46 = new ForecastPoint("2025-W46", 2, 1, 3, 0, 4, 0, 6);
        ForecastPoint w47 = new ForecastPoint("2025-W47", 2, 1, 3, 0, 4, 0, 6);
        ForecastPoint w49 = new ForecastPoint("2025-W49", 2, 1, 3, 0, 4, 0, 6);
        IssuedForecast issued = new IssuedForecast("2025-W45", "2025-W46", "2025-W47",
                List.of(new IssuedForecast.IssuedSeries("convoys", 1, List.of(w46, w47, w49))),
                List.of(new IssuedForecast.IssuedScenario("high", "convoys total >= 6", 0.25),
                        new IssuedForecast.IssuedScenario("rest", "otherwise", 0.75)));
        // Actuals: W46 = 1, W47 = 5, W48 = 3.
        SeriesCounts actuals = counts(Map.of("convoys", List.of(2, 1, 5, 3), "attacks", List.of(0, 0, 0, 0)),
                Map.of("convoys", List.of(), "attacks", List.of()));

        TrackRecord t = TrackRecord.score(List.of(issued), actuals, List.of(CONVOYS, ATTACKS));

        TrackRecord.SeriesScore s = t.series().get(0);
        assertThat(s.scored()).isEqualTo(2);
        assertThat(s.mae()).isEqualTo((1 + 3) / 2.0);
        assertThat(s.naiveMae()).isEqualTo((0 + 4) / 2.0);
        assertThat(s.coverage80()).isEqualTo(0.5);
        assertThat(s.coverage95()).isEqualTo(1.0);
        // 1 + 5 = 6 convoys: "high" happened. Brier = (0.25 − 1)² + (0.75 − 0)².
        assertThat(t.scenariosScored()).isEqualTo(1);
        assertThat(t.brier()).isCloseTo(0.5625 + 0.5625, within(1e-12));
        assertThat(t.uniformBrier()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aShortSeriesStatesTheWindowItHasAndTheMethodNamesTheSeriesTooShortToMix() {
        Prognosis p = PrognosisAnalysis.forecast(counts(Map.of("convoys", poisson(2, 17, 11),
                "attacks", poisson(1, 10, 12)), Map.of()), settings(List.of(), List.of()), List.of());

        ModelChoice convoys = p.series().get(0).model();
        assertThat(convoys.model()).isEqualTo("ensemble");
        assertThat(convoys.window()).isEqualTo(9);
        assertThat(convoys.description()).contains("its errors over the last 9 weeks");
        assertThat(p.series().get(1).model().model()).isEqualTo("mean12");
        assertThat(p.method()).contains("over the series' own last 9 weeks (all the history allows)",
                "attacks has too little history to weigh models (that takes 16 weeks: 8 to fit them, 8 to score "
                        + "them), so it is forecast by the mean of its weeks so far, up to the last 12.");
    }

    @Test
    void estimativeTermsFollowIcd203AtEveryBoundary() {
        assertThat(Likelihood.termOf(0.0)).isEqualTo("almost no chance");
        assertThat(Likelihood.termOf(0.02)).isEqualTo("almost no chance");
        assertThat(Likelihood.termOf(0.05)).isEqualTo("very unlikely");
        assertThat(Likelihood.termOf(0.10)).isEqualTo("very unlikely");
        assertThat(Likelihood.termOf(0.20)).isEqualTo("unlikely");
        assertThat(Likelihood.termOf(0.45)).isEqualTo("roughly even chance");
        assertThat(Likelihood.termOf(0.50)).isEqualTo("roughly even chance");
        assertThat(Likelihood.termOf(0.55)).isEqualTo("likely");
        assertThat(Likelihood.termOf(0.70)).isEqualTo("likely");
        assertThat(Likelihood.termOf(0.80)).isEqualTo("very likely");
        assertThat(Likelihood.termOf(0.95)).isEqualTo("almost certain");
        assertThat(Likelihood.termOf(1.0)).isEqualTo("almost certain");
        assertThat(Likelihood.rangeOf(0.70)).isEqualTo("55–80 %");
        assertThatThrownBy(() -> Likelihood.termOf(1.2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scenariosAtZeroAndOneHundredPercentArePrintedWithRangesThatHoldThem() {
        SeriesCounts noAttacks = counts(Map.of("convoys", poisson(2, 52, 7), "attacks", poisson(0, 52, 8)), Map.of());
        List<Scenario> scenarios = List.of(new Scenario("attack", "Attack", "", "attacks total >= 1"),
                new Scenario("quiet", "Quiet", "", "otherwise"));

        List<ScenarioOutlook> s = PrognosisAnalysis.forecast(noAttacks, settings(scenarios, List.of()), List.of())
                .scenarios();

        // Not one attack in 52 weeks: no draw has one, so the model says 0 % and its complement 100 %.
        assertThat(s).extracting(o -> o.probability() + " " + o.estimative() + " (" + o.range() + ")")
                .containsExactly("0.0 almost no chance (0–5 %)", "1.0 almost certain (95–100 %)");
    }
}
