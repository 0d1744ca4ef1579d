package dev.sitrep.analysis.prognosis;

import java.util.List;

/** The prognosis section: forecasts of each tracked series, and the indicators to watch. */
public record Prognosis(int horizonWeeks, List<SeriesForecast> series, List<String> indicators) {

    public Prognosis {
        series = List.copyOf(series);
        indicators = List.copyOf(indicators);
    }
}
