package dev.sitrep.analysis.prognosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.util.FastMath;

/** Turns a backtest's rows into scores per series, horizon and model, and auto's skill against the baselines. */
final class BacktestScoring {

    private BacktestScoring() {
    }

    static BacktestResult score(List<CountSeries> series, BacktestSettings settings, List<BacktestRow> rows,
                                Map<String, List<ForecastPoint>> outlook) {
        BacktestSpan all = span(BacktestSpan.ALL_TARGETS, series, settings, rows);
        List<BacktestSpan> spans = List.of(all);
        if (settings.testFrom() != null) {
            spans = List.of(span(BacktestSpan.DEVELOPMENT, series, settings, rows.stream()
                            .filter(r -> r.target().compareTo(settings.testFrom()) < 0).toList()),
                    span(BacktestSpan.TEST, series, settings, rows.stream()
                            .filter(r -> r.target().compareTo(settings.testFrom()) >= 0).toList()));
        }
        return new BacktestResult(series, settings, rows, all.scores(), all.skill(), outlook, spans);
    }

    private static BacktestSpan span(String name, List<CountSeries> series, BacktestSettings settings,
                                     List<BacktestRow> rows) {
        List<BacktestScore> scores = new ArrayList<>();
        List<BacktestSkill> skill = new ArrayList<>();
        Map<String, List<BacktestRow>> byKey = new LinkedHashMap<>();
        for (BacktestRow r : rows) {
            byKey.computeIfAbsent(key(r.series(), r.horizon(), r.model()), k -> new ArrayList<>()).add(r);
            byKey.computeIfAbsent(key(BacktestResult.ALL, r.horizon(), r.model()), k -> new ArrayList<>()).add(r);
        }
        List<String> names = new ArrayList<>(series.stream().map(CountSeries::id).toList());
        names.add(BacktestResult.ALL);
        for (String s : names) {
            for (int h : settings.horizons()) {
                double naiveMae = mae(byKey.get(key(s, h, CountModel.NAIVE.id())));
                for (String m : settings.models()) {
                    List<BacktestRow> group = byKey.get(key(s, h, m));
                    if (group != null) {
                        scores.add(score(s, h, m, group, naiveMae));
                    }
                }
                if (!s.equals(BacktestResult.ALL)) {
                    double auto = mae(byKey.get(key(s, h, BacktestSettings.AUTO)));
                    double mean12 = mae(byKey.get(key(s, h, CountModel.MEAN12.id())));
                    if (!Double.isNaN(auto)) {
                        skill.add(new BacktestSkill(s, h, ratio(auto, naiveMae), ratio(auto, mean12), 1));
                    }
                }
            }
        }
        for (int h : settings.horizons()) {
            List<BacktestSkill> atH = skill.stream().filter(k -> k.horizon() == h).toList();
            if (!atH.isEmpty()) {
                skill.add(geometricMean(h, atH));
            }
        }
        dev.sitrep.core.IsoWeek from = rows.stream().map(BacktestRow::target).min(Comparable::compareTo).orElse(null);
        dev.sitrep.core.IsoWeek to = rows.stream().map(BacktestRow::target).max(Comparable::compareTo).orElse(null);
        return new BacktestSpan(name, from, to, scores, skill);
    }

    private static String key(String series, int horizon, String model) {
        return series + '\u0000' + horizon + '\u0000' + model;
    }

    private static double mae(List<BacktestRow> rows) {
        if (rows == null || rows.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (BacktestRow r : rows) {
            sum += FastMath.abs(r.actual() - r.mean());
        }
        return sum / rows.size();
    }

    private static double ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? Double.NaN : a / b;
    }

    private static BacktestScore score(String s, int h, String m, List<BacktestRow> rows, double naiveMae) {
        double abs = 0;
        double squares = 0;
        double crps = 0;
        double[] covered = new double[BacktestScore.LEVELS.length];
        double[] width = new double[BacktestScore.LEVELS.length];
        for (BacktestRow r : rows) {
            double e = r.actual() - r.mean();
            abs += FastMath.abs(e);
            squares += e * e;
            crps += r.crps();
            for (int i = 0; i < covered.length; i++) {
                covered[i] += r.covers(BacktestScore.LEVELS[i]) ? 1 : 0;
                width[i] += r.width(BacktestScore.LEVELS[i]);
            }
        }
        int n = rows.size();
        for (int i = 0; i < covered.length; i++) {
            covered[i] /= n;
            width[i] /= n;
        }
        return new BacktestScore(s, h, m, n, abs / n, FastMath.sqrt(squares / n), ratio(abs / n, naiveMae),
                crps / n, covered, width);
    }

    /** Geometric means of the series' ratios, over the series where both ratios are defined and positive. */
    private static BacktestSkill geometricMean(int h, List<BacktestSkill> perSeries) {
        double logNaive = 0;
        double logMean = 0;
        int n = 0;
        for (BacktestSkill k : perSeries) {
            if (k.autoOverNaive() > 0 && k.autoOverMean12() > 0) {
                logNaive += FastMath.log(k.autoOverNaive());
                logMean += FastMath.log(k.autoOverMean12());
                n++;
            }
        }
        return n == 0 ? new BacktestSkill(BacktestResult.ALL, h, Double.NaN, Double.NaN, 0)
                : new BacktestSkill(BacktestResult.ALL, h, FastMath.exp(logNaive / n), FastMath.exp(logMean / n), n);
    }
}
