package dev.sitrep.cli;

import dev.sitrep.analysis.Observation;
import dev.sitrep.analysis.prognosis.IndicatorSpec;
import dev.sitrep.analysis.prognosis.Prognosis;
import dev.sitrep.analysis.prognosis.PrognosisAnalysis;
import dev.sitrep.analysis.prognosis.PrognosisSettings;
import dev.sitrep.analysis.prognosis.Scenario;
import dev.sitrep.analysis.prognosis.SeriesAccumulator;
import dev.sitrep.analysis.prognosis.SeriesCounts;
import dev.sitrep.analysis.prognosis.SeriesSpec;
import dev.sitrep.analysis.trend.TrendAccumulator;
import dev.sitrep.analysis.trend.TrendAnalysis;
import dev.sitrep.analysis.trend.TrendCounts;
import dev.sitrep.analysis.trend.Trends;
import dev.sitrep.core.IsoWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The analysis stages on a large digest: N synthetic events over the 52 weeks to 2025-W48 counted once,
 * then trend and prognosis (backtests of every series included) timed over several runs. No database:
 * the stages are pure functions of the digest.
 */
final class AnalysisBenchmark {

    static final IsoWeek PERIOD = IsoWeek.parse("2025-W48");
    private static final LocalDate LAST_DAY = PERIOD.sunday();

    record Result(int events, int series, int countRows, double countSeconds, double[] trendSeconds,
                  double[] prognosisSeconds) {
        double[] totalSeconds() {
            double[] total = new double[trendSeconds.length];
            for (int i = 0; i < total.length; i++) {
                total[i] = trendSeconds[i] + prognosisSeconds[i];
            }
            return total;
        }

        static double median(double[] seconds) {
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }
    }

    private AnalysisBenchmark() {
    }

    static Result run(int events, int actors, int runs, long seed) {
        PrognosisSettings settings = settings(actors);
        TrendAccumulator trend = new TrendAccumulator(PERIOD, 12, null);
        SeriesAccumulator series = new SeriesAccumulator(PERIOD, settings, null);
        SplittableRandom random = new SplittableRandom(seed);
        long t0 = System.nanoTime();
        for (int i = 0; i < events; i++) {
            Observation o = observation(i, random, actors);
            trend.accept(o);
            series.accept(o);
        }
        TrendCounts trendCounts = trend.counts();
        SeriesCounts seriesCounts = series.counts();
        double count = (System.nanoTime() - t0) / 1e9;
        int rows = trendCounts.counts().values().stream().mapToInt(java.util.Map::size).sum();
        double[] trendSeconds = new double[runs];
        double[] prognosisSeconds = new double[runs];
        for (int r = -1; r < runs; r++) {
            long t1 = System.nanoTime();
            Trends t = TrendAnalysis.analyse(trendCounts);
            long t2 = System.nanoTime();
            Prognosis p = PrognosisAnalysis.forecast(seriesCounts, settings, List.of());
            long t3 = System.nanoTime();
            if (t.total().current() < 0 || p.series().size() != actors) {
                throw new IllegalStateException("the benchmark's analysis came out wrong");
            }
            if (r >= 0) {
                trendSeconds[r] = (t2 - t1) / 1e9;
                prognosisSeconds[r] = (t3 - t2) / 1e9;
            }
        }
        return new Result(events, actors, rows, count, trendSeconds, prognosisSeconds);
    }

    /** One series per actor, a scenario over two of them and an indicator, as a large job would have. */
    private static PrognosisSettings settings(int actors) {
        List<SeriesSpec> specs = new ArrayList<>();
        for (int a = 0; a < actors; a++) {
            specs.add(new SeriesSpec("actor-" + a, "Actor " + a, List.of(), List.of("Actor " + a), List.of(), List.of()));
        }
        return new PrognosisSettings(8, 52, 6, 12, specs, List.of(
                new Scenario("worst", "Surge", "", "actor-0 weekly-max > 60 or actor-1 total >= 500"),
                new Scenario("base", "Steady", "", "otherwise")),
                List.of(new IndicatorSpec("Actor 0 busy", "actor-0", 50)));
    }

    private static Observation observation(int i, SplittableRandom random, int actors) {
        LocalDate day = LAST_DAY.minusDays(random.nextInt(364));
        String type = SyntheticEvents.TYPES[random.nextInt(SyntheticEvents.TYPES.length)];
        String admin1 = SyntheticEvents.ADMIN1[random.nextInt(SyntheticEvents.ADMIN1.length)];
        return new Observation("bench-" + i, day, type, null,
                List.of("Actor " + random.nextInt(actors), "Actor " + random.nextInt(actors)), admin1,
                "Place " + random.nextInt(100), random.nextInt(5), List.of("synthetic"));
    }
}
