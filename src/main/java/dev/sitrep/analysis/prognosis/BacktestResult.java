package dev.sitrep.analysis.prognosis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A backtest's forecasts (series × origin × horizon × model, in that order), their scores per series and
 * horizon (and pooled over series under {@link #ALL}), auto's skill against the baselines, and by series id the
 * forecast an edition would publish after the series' last week (auto's, horizons 1..max), for the fan charts;
 * {@code spans} scores the same rows by span of target weeks (all targets, or development and test).
 */
public record BacktestResult(List<CountSeries> series, BacktestSettings settings, List<BacktestRow> rows,
                             List<BacktestScore> scores, List<BacktestSkill> skill,
                             Map<String, List<ForecastPoint>> outlook, List<BacktestSpan> spans) {

    /** The series name under which figures pooled (or averaged) over every series appear. */
    public static final String ALL = "*";

    public BacktestResult {
        series = List.copyOf(series);
        rows = List.copyOf(rows);
        scores = List.copyOf(scores);
        skill = List.copyOf(skill);
        spans = List.copyOf(spans);
        Map<String, List<ForecastPoint>> copy = new LinkedHashMap<>();
        outlook.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        outlook = Collections.unmodifiableMap(copy);
    }
}
