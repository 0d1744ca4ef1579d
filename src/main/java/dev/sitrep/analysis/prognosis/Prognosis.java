package dev.sitrep.analysis.prognosis;

import java.util.List;

/**
 * The prognosis section: forecasts of each tracked series, the scenarios with their probabilities (and
 * the confidence of the weakest series they rest on), the indicators and whether they fired, and the
 * track record of earlier editions' forecasts.
 */
public record Prognosis(
        int horizonWeeks,
        int outlookMonths,
        List<SeriesForecast> series,
        List<ScenarioOutlook> scenarios,
        Confidence scenarioConfidence,
        List<IndicatorStatus> indicators,
        TrackRecord trackRecord) {

    public Prognosis {
        series = List.copyOf(series);
        scenarios = List.copyOf(scenarios);
        indicators = List.copyOf(indicators);
    }

    /** How the forecasts were made, in plain words, from the models the series used; "" without forecasts. */
    public String method() {
        return ForecastMethod.of(series);
    }
}
