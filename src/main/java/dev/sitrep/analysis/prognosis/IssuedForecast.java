package dev.sitrep.analysis.prognosis;

import dev.sitrep.core.IsoWeek;
import java.util.List;

/**
 * What an edition forecast, as it stores it beside itself ({@code forecasts.json}) so that later editions
 * can score it once the weeks have passed: each series' weekly forecasts (and the count of the issuing
 * week, which is what the naive forecast said), and the scenarios' conditions and probabilities over the
 * horizon {@code from}..{@code to}.
 */
public record IssuedForecast(String period, String from, String to, List<IssuedSeries> series,
                             List<IssuedScenario> scenarios) {

    public IssuedForecast {
        series = List.copyOf(series);
        scenarios = List.copyOf(scenarios);
    }

    public record IssuedSeries(String id, int lastCount, List<ForecastPoint> points) {
        public IssuedSeries {
            points = List.copyOf(points);
        }
    }

    public record IssuedScenario(String name, String condition, double probability) {
    }

    /** What {@code prognosis}, made for {@code period}, forecast. */
    public static IssuedForecast of(String period, Prognosis prognosis) {
        List<IssuedSeries> series = prognosis.series().stream().map(f -> new IssuedSeries(f.id(),
                f.history().counts().isEmpty() ? 0 : f.history().latest(), f.points())).toList();
        // The horizon follows the period, whether or not a series has points to show it (none may).
        IsoWeek week = IsoWeek.parse(period);
        String from = week.plusWeeks(1).toString();
        String to = week.plusWeeks(prognosis.horizonWeeks()).toString();
        return new IssuedForecast(period, from, to, series, prognosis.scenarios().stream()
                .map(s -> new IssuedScenario(s.name(), s.condition(), s.probability())).toList());
    }
}
