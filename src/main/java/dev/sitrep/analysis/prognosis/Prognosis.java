package dev.sitrep.analysis.prognosis;

import java.util.List;

/**
 * The prognosis section: forecasts of each tracked series, the scenarios with their probabilities (and
 * the confidence of the weakest series they rest on), the indicators and whether they fired, the
 * track record of earlier editions' forecasts, and the outcome scenarios over the months ahead.
 */
public record Prognosis(
        int horizonWeeks,
        int outlookMonths,
        List<SeriesForecast> series,
        List<ScenarioOutlook> scenarios,
        Confidence scenarioConfidence,
        List<IndicatorStatus> indicators,
        TrackRecord trackRecord,
        OutcomeMatrix outcomes) {

    /** A prognosis whose outcome scenarios are not assessed (yet): {@link #withOutcomes} adds them. */
    public Prognosis(int horizonWeeks, int outlookMonths, List<SeriesForecast> series,
                     List<ScenarioOutlook> scenarios, Confidence scenarioConfidence, List<IndicatorStatus> indicators,
                     TrackRecord trackRecord) {
        this(horizonWeeks, outlookMonths, series, scenarios, scenarioConfidence, indicators, trackRecord,
                OutcomeMatrix.none());
    }

    public Prognosis {
        series = List.copyOf(series);
        scenarios = List.copyOf(scenarios);
        indicators = List.copyOf(indicators);
    }

    public Prognosis withOutcomes(OutcomeMatrix matrix) {
        return new Prognosis(horizonWeeks, outlookMonths, series, scenarios, scenarioConfidence, indicators,
                trackRecord, matrix);
    }

    /** How the forecasts were made, in plain words, from the models the series used; "" without forecasts. */
    public String method() {
        return ForecastMethod.of(series);
    }
}
