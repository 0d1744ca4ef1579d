package dev.sitrep.analysis.prognosis;

import java.util.List;

/**
 * Per job: how far ahead (weeks, and months for the outlook), over how much history, which series,
 * which scenarios over them, which indicators to watch, and the outcome scenarios over the months ahead.
 */
public record PrognosisSettings(
        int horizonWeeks,
        int historyWeeks,
        int outlookMonths,
        int historyMonths,
        List<SeriesSpec> series,
        List<Scenario> scenarios,
        List<IndicatorSpec> indicators,
        OutcomeSettings outcomes) {

    /** A job without outcome scenarios. */
    public PrognosisSettings(int horizonWeeks, int historyWeeks, int outlookMonths, int historyMonths,
                             List<SeriesSpec> series, List<Scenario> scenarios, List<IndicatorSpec> indicators) {
        this(horizonWeeks, historyWeeks, outlookMonths, historyMonths, series, scenarios, indicators,
                OutcomeSettings.none());
    }

    public PrognosisSettings {
        if (horizonWeeks < 1 || historyWeeks < 2 || outlookMonths < 1 || historyMonths < 2) {
            throw new IllegalArgumentException("horizon must be >= 1 and history >= 2");
        }
        series = List.copyOf(series);
        scenarios = List.copyOf(scenarios);
        indicators = List.copyOf(indicators);
        if (!scenarios.isEmpty() && !scenarios.get(scenarios.size() - 1).otherwise()) {
            throw new IllegalArgumentException("the last scenario must be 'otherwise', so that the scenarios"
                    + " cover every outcome and their probabilities add up to one");
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        series.forEach(s -> ids.add(s.id()));
        scenarios.forEach(s -> s.condition(ids));
        for (OutcomeScenario o : outcomes.scenarios()) {
            if (o.when() != null) {
                o.condition(ids);
            }
            o.signposts().stream().filter(Signpost::measured)
                    .forEach(sp -> ScenarioCondition.parse(sp.when(), ids, ScenarioCondition.Grain.MONTHS));
        }
        for (int i = 0; i < scenarios.size() - 1; i++) {
            if (scenarios.get(i).otherwise()) {
                throw new IllegalArgumentException("only the last scenario may be 'otherwise'");
            }
        }
    }

    public java.util.Set<String> seriesIds() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        series.forEach(s -> ids.add(s.id()));
        return ids;
    }

    /** A job with these series and defaults for the rest: 8 weeks ahead over 52, 6 months over 36. */
    public static PrognosisSettings of(List<SeriesSpec> series, List<Scenario> scenarios,
                                       List<IndicatorSpec> indicators) {
        return new PrognosisSettings(8, 52, 6, 36, series, scenarios, indicators);
    }
}
