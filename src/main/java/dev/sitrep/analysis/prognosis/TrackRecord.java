package dev.sitrep.analysis.prognosis;

import dev.sitrep.core.IsoWeek;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How earlier editions' forecasts turned out, scored once their weeks have passed: per series the mean
 * absolute error beside the naive forecast's and the share of outcomes inside the 50/80/95 % intervals;
 * for the scenarios the Brier score of the probabilities (0 is perfect; always saying "equally likely"
 * scores 1 − 1/k for k scenarios).
 */
public record TrackRecord(int editions, List<SeriesScore> series, int scenariosScored, double brier,
                          double uniformBrier) {

    public TrackRecord {
        series = List.copyOf(series);
    }

    public static TrackRecord none() {
        return new TrackRecord(0, List.of(), 0, Double.NaN, Double.NaN);
    }

    public record SeriesScore(String id, String title, int scored, double mae, double naiveMae, double coverage50,
                              double coverage80, double coverage95) {
    }

    /**
     * Scores every forecast of {@code issued} whose target week is in the covered history of
     * {@code actuals} (and so not after the current period); forecasts of series no longer tracked are
     * skipped. Scenarios count when their whole horizon has passed.
     */
    public static TrackRecord score(List<IssuedForecast> issued, SeriesCounts actuals, List<SeriesSpec> tracked) {
        Map<String, int[]> weekly = new HashMap<>();
        tracked.forEach(s -> weekly.put(s.id(), actuals.weeklyOf(s.id())));
        int covered = weekly.values().stream().mapToInt(a -> a.length).max().orElse(0);
        IsoWeek firstCovered = actuals.last().minusWeeks(covered - 1);
        List<SeriesScore> scores = new ArrayList<>();
        for (SeriesSpec s : tracked) {
            int[] actual = weekly.get(s.id());
            Tally t = new Tally();
            for (IssuedForecast f : issued) {
                f.series().stream().filter(x -> x.id().equals(s.id())).forEach(x -> x.points().forEach(p -> {
                    int i = index(IsoWeek.parse(p.target()), firstCovered, actual.length);
                    if (i >= 0) {
                        t.add(p, actual[i], x.lastCount());
                    }
                }));
            }
            if (t.n > 0) {
                scores.add(new SeriesScore(s.id(), s.title(), t.n, t.absError / t.n, t.naiveError / t.n,
                        t.in50 / (double) t.n, t.in80 / (double) t.n, t.in95 / (double) t.n));
            }
        }
        int scenarios = 0;
        double brier = 0;
        double uniform = 0;
        Set<String> ids = weekly.keySet();
        for (IssuedForecast f : issued) {
            if (f.scenarios().isEmpty()) {
                continue;
            }
            int from = index(IsoWeek.parse(f.from()), firstCovered, covered);
            int to = index(IsoWeek.parse(f.to()), firstCovered, covered);
            if (from < 0 || to < 0) {
                continue;
            }
            Map<String, int[]> outcome = new HashMap<>();
            ids.forEach(id -> outcome.put(id, java.util.Arrays.copyOfRange(weekly.get(id), from, to + 1)));
            Integer happened = happened(f.scenarios(), outcome, ids);
            if (happened == null) {
                continue;
            }
            int k = f.scenarios().size();
            for (int j = 0; j < k; j++) {
                double o = j == happened ? 1 : 0;
                brier += square(f.scenarios().get(j).probability() - o);
                uniform += square(1.0 / k - o);
            }
            scenarios++;
        }
        return new TrackRecord(issued.size(), scores, scenarios, scenarios == 0 ? Double.NaN : brier / scenarios,
                scenarios == 0 ? Double.NaN : uniform / scenarios);
    }

    /** The first scenario whose stored condition holds for the outcome; null when it names a dropped series. */
    private static Integer happened(List<IssuedForecast.IssuedScenario> scenarios, Map<String, int[]> outcome,
                                    Set<String> ids) {
        for (int j = 0; j < scenarios.size(); j++) {
            ScenarioCondition when;
            try {
                when = ScenarioCondition.parse(scenarios.get(j).condition(), ids);
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (when.holds(outcome)) {
                return j;
            }
        }
        return null;
    }

    private static double square(double x) {
        return x * x;
    }

    private static int index(IsoWeek week, IsoWeek first, int length) {
        long i = ChronoUnit.WEEKS.between(first.monday(), week.monday());
        return i >= 0 && i < length ? (int) i : -1;
    }

    private static final class Tally {
        int n;
        double absError;
        double naiveError;
        int in50;
        int in80;
        int in95;

        void add(ForecastPoint p, int actual, int naive) {
            n++;
            absError += Math.abs(actual - p.central());
            naiveError += Math.abs(actual - naive);
            in50 += p.covers(actual, 50) ? 1 : 0;
            in80 += p.covers(actual, 80) ? 1 : 0;
            in95 += p.covers(actual, 95) ? 1 : 0;
        }
    }
}
