package dev.sitrep.analysis.prognosis;

import dev.sitrep.analysis.WeeklySeries;
import java.util.List;

/**
 * A tracked series: its history (the weeks the log covers, {@code historyUsed} of {@code historyWeeks}),
 * the model and its record, the weekly forecast over the horizon, the horizon's total with its 80 %
 * interval, the analytic confidence, and the monthly outlook.
 */
public record SeriesForecast(
        String id,
        String title,
        WeeklySeries history,
        int historyWeeks,
        ModelChoice model,
        List<ForecastPoint> points,
        ForecastPoint horizonTotal,
        Confidence confidence,
        MonthlyOutlook outlook) {

    public SeriesForecast {
        points = List.copyOf(points);
    }

    public int historyUsed() {
        return history.counts().size();
    }
}
