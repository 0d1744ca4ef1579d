package dev.sitrep.analysis.prognosis;

import java.util.List;

/**
 * A backtest's forecasts (series × origin × horizon × model, in that order), their scores per series and
 * horizon (and pooled over series under {@link #ALL}), and auto's skill against the baselines.
 */
public record BacktestResult(List<CountSeries> series, BacktestSettings settings, List<BacktestRow> rows,
                             List<BacktestScore> scores, List<BacktestSkill> skill) {

    /** The series name under which figures pooled (or averaged) over every series appear. */
    public static final String ALL = "*";

    public BacktestResult {
        series = List.copyOf(series);
        rows = List.copyOf(rows);
        scores = List.copyOf(scores);
        skill = List.copyOf(skill);
    }
}
