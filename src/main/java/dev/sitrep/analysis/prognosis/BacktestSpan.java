package dev.sitrep.analysis.prognosis;

import dev.sitrep.core.IsoWeek;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hipparchus.util.FastMath;

/**
 * The scores of the targets in one span of weeks: all of them, or, with a test week, the development span before
 * it (where models and their settings are chosen) and the test span from it (reported, never tuned on).
 * {@code from} and {@code to} are the first and last target weeks scored, null when the span is empty.
 */
public record BacktestSpan(String name, IsoWeek from, IsoWeek to, List<BacktestScore> scores,
                           List<BacktestSkill> skill) {

    public static final String ALL_TARGETS = "all targets";
    public static final String DEVELOPMENT = "development";
    public static final String TEST = "test";

    public BacktestSpan {
        scores = List.copyOf(scores);
        skill = List.copyOf(skill);
    }

    /** Geometric mean over series of model's MAE over the baseline's at horizon h (series where both are > 0). */
    public double maeRatio(String model, String baseline, int h) {
        return geometricMean(model, baseline, h, BacktestScore::mae);
    }

    /** The same for the CRPS of the forecast distributions. */
    public double crpsRatio(String model, String baseline, int h) {
        return geometricMean(model, baseline, h, BacktestScore::crps);
    }

    /** Coverage of the 50, 80 and 95 % intervals, all series pooled; null when the model was not scored. */
    public double[] coverage(String model, int h) {
        return scores.stream().filter(s -> s.series().equals(BacktestResult.ALL) && s.horizon() == h
                && s.model().equals(model)).map(BacktestScore::coverage).findFirst().orElse(null);
    }

    private double geometricMean(String model, String baseline, int h, ToDoubleFunction<BacktestScore> metric) {
        double logs = 0;
        int n = 0;
        for (BacktestScore s : scores) {
            if (s.series().equals(BacktestResult.ALL) || s.horizon() != h || !s.model().equals(model)) {
                continue;
            }
            BacktestScore base = scores.stream().filter(b -> b.series().equals(s.series()) && b.horizon() == h
                    && b.model().equals(baseline)).findFirst().orElse(null);
            double own = metric.applyAsDouble(s);
            double other = base == null ? Double.NaN : metric.applyAsDouble(base);
            if (own > 0 && other > 0) {
                logs += FastMath.log(own / other);
                n++;
            }
        }
        return n == 0 ? Double.NaN : FastMath.exp(logs / n);
    }
}
