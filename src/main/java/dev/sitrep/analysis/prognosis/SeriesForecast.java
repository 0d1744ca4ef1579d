package dev.sitrep.analysis.prognosis;

import dev.sitrep.analysis.WeeklySeries;
import java.util.List;

/** A tracked series: its history, the forecast over the horizon, and the scenarios' probabilities. */
public record SeriesForecast(
        String id,
        String title,
        String model,
        WeeklySeries history,
        List<ForecastPoint> points,
        double horizonMean,
        List<ScenarioOutlook> scenarios) {

    public SeriesForecast {
        points = List.copyOf(points);
        scenarios = List.copyOf(scenarios);
    }
}
