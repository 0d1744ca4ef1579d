package dev.sitrep.analysis.prognosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sitrep.core.IsoWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class BacktestTest {

    private static final IsoWeek START = IsoWeek.parse("2020-W01");

    private static List<Integer> poisson(double mean, int weeks, long seed) {
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(seed));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            out.add((int) random.nextPoisson(mean));
        }
        return out;
    }

    private static BacktestSettings settings(IsoWeek firstTarget) {
        return new BacktestSettings(List.of(1, 4, 8), firstTarget, BacktestSettings.allModels(), 8);
    }

    private static BacktestScore score(BacktestResult r, String series, int h, String model) {
        return r.scores().stream().filter(s -> s.series().equals(series) && s.horizon() == h
                && s.model().equals(model)).findFirst().orElseThrow();
    }

    @Test
    void aForecastNeverSeesTheWeeksAfterItsOriginNotEvenAHugeSpike() {
        List<Integer> counts = poisson(10, 80, 1);
        // The spike ends the input: rows after it would only be slow to score (very wide distributions).
        List<Integer> spiked = new ArrayList<>(counts.subList(0, 62));
        spiked.set(60, 5_000);
        spiked.set(61, 4_000);
        IsoWeek firstTarget = START.plusWeeks(20);
        IsoWeek cut = START.plusWeeks(59);
        BacktestResult full = Backtest.run(List.of(new CountSeries("s", START, spiked)), settings(firstTarget));
        BacktestResult truncated = Backtest.run(List.of(new CountSeries("s", START, counts.subList(0, 60))),
                settings(firstTarget));

        List<BacktestRow> beforeCut = full.rows().stream().filter(r -> r.target().compareTo(cut) <= 0).toList();
        assertThat(truncated.rows()).isNotEmpty().isEqualTo(beforeCut);
        // Forecasts made before the spike are the same whether or not the spike is in the input at all.
        BacktestResult quiet = Backtest.run(List.of(new CountSeries("s", START, counts)), settings(firstTarget));
        IsoWeek end = START.plusWeeks(61);
        assertThat(quiet.rows().stream().filter(r -> r.origin().compareTo(cut) <= 0 && r.target().compareTo(end) <= 0)
                .map(BacktestRow::mean).toList())
                .isEqualTo(full.rows().stream().filter(r -> r.origin().compareTo(cut) <= 0)
                        .map(BacktestRow::mean).toList());
    }

    @Test
    void rowsComeSeriesByOriginByHorizonByModelWithTargetHWeeksAfterTheOrigin() {
        BacktestResult r = Backtest.run(List.of(new CountSeries("a", START, poisson(5, 40, 2)),
                new CountSeries("b", START, poisson(5, 40, 3))), settings(START.plusWeeks(30)));
        // 10 targets × 3 horizons × 8 models (naive, mean12, ses, local-level, damped-holt, nb-trend, ensemble, auto).
        assertThat(r.rows()).hasSize(2 * 10 * 3 * 8);
        for (BacktestRow row : r.rows()) {
            assertThat(row.origin().plusWeeks(row.horizon())).isEqualTo(row.target());
        }
        List<BacktestRow> sorted = new ArrayList<>(r.rows());
        sorted.sort((x, y) -> x.series().compareTo(y.series()) != 0 ? x.series().compareTo(y.series())
                : x.origin().compareTo(y.origin()) != 0 ? x.origin().compareTo(y.origin())
                : Integer.compare(x.horizon(), y.horizon()));
        assertThat(r.rows().stream().map(x -> x.series() + x.origin() + x.horizon()).toList())
                .isEqualTo(sorted.stream().map(x -> x.series() + x.origin() + x.horizon()).toList());
    }

    @Test
    void aTestWeekSplitsTheTargetsIntoADevelopmentAndATestSpanScoredApart() {
        List<CountSeries> series = List.of(new CountSeries("a", START, poisson(5, 60, 2)),
                new CountSeries("b", START, poisson(20, 60, 3)));
        IsoWeek testFrom = START.plusWeeks(45);
        BacktestResult whole = Backtest.run(series, settings(START.plusWeeks(30)));
        BacktestResult split = Backtest.run(series, new BacktestSettings(List.of(1, 4, 8), START.plusWeeks(30),
                BacktestSettings.allModels(), 8, testFrom));
        // The same rows and overall scores; only the spans differ.
        assertThat(split.rows()).isEqualTo(whole.rows());
        assertThat(split.skill()).isEqualTo(whole.skill());
        assertThat(whole.spans()).extracting(BacktestSpan::name).containsExactly(BacktestSpan.ALL_TARGETS);
        assertThat(split.spans()).extracting(BacktestSpan::name)
                .containsExactly(BacktestSpan.DEVELOPMENT, BacktestSpan.TEST);
        BacktestSpan dev = split.spans().get(0);
        BacktestSpan test = split.spans().get(1);
        assertThat(dev.to()).isEqualTo(testFrom.minusWeeks(1));
        assertThat(test.from()).isEqualTo(testFrom);
        for (int h : List.of(1, 4, 8)) {
            int devN = pooled(dev, h).forecasts();
            int testN = pooled(test, h).forecasts();
            assertThat(devN + testN).isEqualTo(pooled(whole.spans().get(0), h).forecasts());
            assertThat(test.maeRatio("naive", "naive", h)).isEqualTo(1.0);
            assertThat(test.crpsRatio("auto", "mean12", h)).isPositive();
        }
    }

    private static BacktestScore pooled(BacktestSpan span, int h) {
        return span.scores().stream().filter(s -> s.series().equals(BacktestResult.ALL) && s.horizon() == h
                && s.model().equals("auto")).findFirst().orElseThrow();
    }

    @Test
    void naiveHasMaseOneByConstruction() {
        BacktestResult r = Backtest.run(List.of(new CountSeries("s", START, poisson(30, 150, 4))), settings(null));
        for (int h : List.of(1, 4, 8)) {
            assertThat(score(r, "s", h, "naive").mase()).isEqualTo(1.0);
            assertThat(score(r, BacktestResult.ALL, h, "naive").mase()).isEqualTo(1.0);
        }
    }

    @Test
    void theTrueModelsIntervalsCoverNearNominalOnAStationaryPoissonSeries() {
        List<CountSeries> series = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            series.add(new CountSeries("p" + i, START, poisson(20, 160, 10 + i)));
        }
        BacktestResult r = Backtest.run(series, settings(null));
        BacktestScore mean12 = score(r, BacktestResult.ALL, 1, "mean12");
        assertThat(mean12.forecasts()).isEqualTo(6 * 104);
        // The ends are the counts whose tails are nearest the nominal levels, not the always wider quantiles, and
        // the levels are recalibrated on past targets: near nominal, neither side favoured.
        assertThat(mean12.coverage()[0]).isCloseTo(0.50, within(0.08));
        assertThat(mean12.coverage()[1]).isCloseTo(0.80, within(0.06));
        assertThat(mean12.coverage()[2]).isCloseTo(0.95, within(0.03));
        // On noise around a constant, carrying the last value forward is worse than a mean, and auto sees it.
        BacktestSkill all = r.skill().stream().filter(k -> k.series().equals(BacktestResult.ALL) && k.horizon() == 1)
                .findFirst().orElseThrow();
        assertThat(all.seriesCount()).isEqualTo(6);
        assertThat(all.autoOverNaive()).isLessThan(0.85);
        assertThat(all.beatsNaive()).isTrue();
    }

    @Test
    void sparseCountsAreNotCoveredFarBeyondTheStatedLevel() {
        // Mostly 0 and 1: the quantiles' [0, 1] would hold about 90 % of weeks where 80 % is stated.
        List<CountSeries> series = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            series.add(new CountSeries("sparse" + i, START, poisson(0.6, 160, 20 + i)));
        }
        BacktestScore auto = score(Backtest.run(series, settings(null)), BacktestResult.ALL, 1, "auto");
        assertThat(auto.coverage()[0]).isCloseTo(0.50, within(0.10));
        assertThat(auto.coverage()[1]).isCloseTo(0.80, within(0.06));
        assertThat(auto.coverage()[2]).isCloseTo(0.95, within(0.04));
    }

    @Test
    void aModelThatDoesNotBeatNaiveIsSaidSo() {
        // A random walk: the last value is the best forecast, and no model beats it by much, if at all.
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(7));
        List<Integer> walk = new ArrayList<>();
        int level = 200;
        for (int i = 0; i < 150; i++) {
            level = Math.max(0, level + (int) Math.round(random.nextNormal(0, 25)));
            walk.add(level);
        }
        BacktestResult r = Backtest.run(List.of(new CountSeries("walk", START, walk)),
                new BacktestSettings(List.of(1), null, List.of("naive", "mean12", "auto"), 8));
        BacktestSkill k = r.skill().get(0);
        assertThat(k.autoOverMean12()).isLessThan(1);
        if (!k.beatsNaive()) {
            assertThat(k.verdict()).isEqualTo("no skill over a naive forecast");
        }
        assertThat(r.scores()).extracting(BacktestScore::model).containsExactly("naive", "mean12", "auto",
                "naive", "mean12", "auto");
    }

    @Test
    void theSameInputGivesTheSameRows() {
        List<CountSeries> s = List.of(new CountSeries("s", START, poisson(12, 60, 5)));
        assertThat(Backtest.run(s, settings(null)).rows()).isEqualTo(Backtest.run(s, settings(null)).rows());
        assertThat(Collections.frequency(BacktestSettings.allModels(), "auto")).isEqualTo(1);
    }
}
