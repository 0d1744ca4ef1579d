package dev.sitrep.analysis.prognosis;

import dev.sitrep.analysis.Observation;
import dev.sitrep.analysis.WeeklySeries;
import dev.sitrep.core.IsoWeek;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.discrete.PoissonDistribution;

/**
 * The prognosis stage's entry point. The model here is the simplest defensible one for sparse weekly
 * counts: the rate of the history window carried forward, with Poisson intervals, and scenario
 * probabilities read off the distribution of the horizon's total.
 */
public final class PrognosisAnalysis {

    static final String MODEL = "mean of the history window, Poisson intervals";

    private PrognosisAnalysis() {
    }

    public static Prognosis forecast(List<Observation> observations, IsoWeek period, PrognosisSettings settings) {
        SeriesAccumulator counts = new SeriesAccumulator(period, settings);
        observations.forEach(counts::accept);
        return forecast(counts.counts(), settings);
    }

    /** Forecasts each tracked series from its counted history. */
    public static Prognosis forecast(SeriesCounts counts, PrognosisSettings settings) {
        List<SeriesForecast> forecasts = new ArrayList<>();
        for (SeriesSpec spec : settings.series()) {
            WeeklySeries history = new WeeklySeries(counts.last(), counts.bySeries().get(spec.id()));
            forecasts.add(forecast(spec, history, settings.horizonWeeks()));
        }
        return new Prognosis(settings.horizonWeeks(), forecasts, settings.indicators());
    }

    static SeriesForecast forecast(SeriesSpec spec, WeeklySeries history, int horizon) {
        double rate = history.total() / (double) history.counts().size();
        List<ForecastPoint> points = new ArrayList<>();
        for (int h = 1; h <= horizon; h++) {
            points.add(point(history.last().plusWeeks(h), rate));
        }
        double horizonMean = rate * horizon;
        List<ScenarioOutlook> scenarios = new ArrayList<>();
        for (ScenarioSpec s : spec.scenarios()) {
            double p = probability(s, horizonMean);
            scenarios.add(new ScenarioOutlook(s.name(), s.title(), s.description(), p,
                    EstimativeLanguage.termFor(p), EstimativeLanguage.rangeFor(p)));
        }
        return new SeriesForecast(spec.id(), spec.title(), MODEL, history, points, horizonMean, scenarios);
    }

    private static ForecastPoint point(IsoWeek week, double rate) {
        if (rate == 0) {
            return new ForecastPoint(week, 0, 0, 0, 0, 0);
        }
        PoissonDistribution d = new PoissonDistribution(rate);
        return new ForecastPoint(week, rate, d.inverseCumulativeProbability(0.10), d.inverseCumulativeProbability(0.90),
                d.inverseCumulativeProbability(0.025), d.inverseCumulativeProbability(0.975));
    }

    /** P(lower <= total <= upper) for total ~ Poisson(horizonMean). */
    private static double probability(ScenarioSpec s, double horizonMean) {
        if (horizonMean == 0) {
            return s.contains(0) ? 1.0 : 0.0;
        }
        PoissonDistribution d = new PoissonDistribution(horizonMean);
        double upper = s.atMost() == null ? 1.0 : d.cumulativeProbability(s.atMost());
        double below = s.atLeast() == null || s.atLeast() <= 0 ? 0.0 : d.cumulativeProbability(s.atLeast() - 1);
        return Math.max(0.0, upper - below);
    }
}
