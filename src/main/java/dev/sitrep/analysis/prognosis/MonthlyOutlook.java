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
}
