package dev.sitrep.analysis.prognosis;

import java.time.YearMonth;
import java.util.List;

/** The 6–12-month outlook of a series at monthly grain, from the calendar months completed so far. */
public record MonthlyOutlook(
        YearMonth lastMonth,
        List<Integer> history,
        int historyMonths,
        ModelChoice model,
        List<ForecastPoint> points,
        Confidence confidence) {

    public MonthlyOutlook {
        history = List.copyOf(history);
        points = List.copyOf(points);
    }

    /** "Made from only 3 months of history, fewer than the 6 it forecasts.", or "" when the history is longer. */
    public String shortHistoryNote() {
        return history.size() >= points.size() ? "" : "Made from only " + history.size() + " month"
                + (history.size() == 1 ? "" : "s") + " of history, fewer than the " + points.size() + " it forecasts.";
    }
}
