package dev.sitrep.analysis.prognosis;

import java.util.List;

/** Per job: how far ahead, over how many weeks of history, which series, which indicators to watch. */
public record PrognosisSettings(int horizonWeeks, int historyWeeks, List<SeriesSpec> series, List<String> indicators) {

    public PrognosisSettings {
        if (horizonWeeks < 1 || historyWeeks < 2) {
            throw new IllegalArgumentException("horizon must be >= 1 week and history >= 2 weeks");
        }
        series = List.copyOf(series);
        indicators = List.copyOf(indicators);
    }
}
