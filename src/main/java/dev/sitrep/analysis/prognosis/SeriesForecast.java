package dev.sitrep.analysis.prognosis;

import dev.sitrep.analysis.WeeklySeries;
import java.util.List;

/**
 * A tracked series: its history (the weeks the log covers, {@code historyUsed} of {@code historyWeeks}),
 * the model and its record, the weekly forecast over the horizon, the horizon's total with its 80 %
 * interval, the analytic confidence, and the monthly outlook. A series without history, or without a single
 * event in it, has no model, no points and no outlook. {@code unit}: what it counts, "events" or "deaths".
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
        MonthlyOutlook outlook,
        String unit) {

    public SeriesForecast {
        points = List.copyOf(points);
        unit = unit == null ? SeriesSpec.Measure.EVENTS.unit() : unit;
    }

    /** A series of events. */
    public SeriesForecast(String id, String title, WeeklySeries history, int historyWeeks, ModelChoice model,
                          List<ForecastPoint> points, ForecastPoint horizonTotal, Confidence confidence,
                          MonthlyOutlook outlook) {
        this(id, title, history, historyWeeks, model, points, horizonTotal, confidence, outlook, null);
    }

    public int historyUsed() {
        return history.counts().size();
    }

    /** What the edition says in place of a forecast, or null when there is one. */
    public String withoutForecast() {
        if (!points.isEmpty()) {
            return null;
        }
        return historyUsed() == 0 ? "No forecast: there is no history to forecast from."
                : "No " + unit + " logged, no forecast: none in the " + historyUsed() + " weeks of history.";
    }
}
