package dev.sitrep.analysis.prognosis;

import java.util.Arrays;
import org.hipparchus.special.Gamma;
import org.hipparchus.util.FastMath;

/**
 * A Poisson–gamma local level (the count version of a random-walk level): the rate's gamma posterior is discounted
 * by δ each week before the week's count updates it, so old weeks fade geometrically and the one-week predictive
 * distribution is negative binomial. δ is chosen at each origin by the largest sum of one-week predictive log
 * scores so far, which weighs the ordinary weeks and the bursts by how surprising each was rather than by their
 * squared size.
 *
 * <p>With the posterior started at the first count (shape y₀, rate 1), the level is an exponentially weighted mean
 * whose weights are normalised over the weeks seen, so it is unbiased from the first weeks on, unlike smoothing
 * started at y₀. The recursion level += (y − level) / b, b = δ·b + 1, is the posterior mean a / b written so that a
 * constant series gives that constant exactly. Causal and started from the first value, so one pass gives every
 * prefix's fit. The forecast is flat.
 */
final class LocalLevel {

    private static final double[] DISCOUNT = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97};
    /** The log score of a count the model held impossible (any count after only zeros): a heavy, finite penalty. */
    private static final double IMPOSSIBLE = -50;

    private LocalLevel() {
    }

    /** Forecasts for horizons 1..horizon at every origin 1..length; row 0 is unused. Ties go to the smaller δ. */
    static double[][] forecastsByOrigin(int[] series, int length, int horizon) {
        double[] bestScore = new double[length + 1];
        double[] bestLevel = new double[length + 1];
        Arrays.fill(bestScore, Double.NEGATIVE_INFINITY);
        for (double delta : DISCOUNT) {
            double level = series[0];
            double weight = 1;
            double score = 0;
            for (int origin = 1; origin <= length; origin++) {
                if (origin > 1) {
                    double rate = delta * weight;
                    score += logScore(series[origin - 1], rate * level, rate);
                    weight = rate + 1;
                    level += (series[origin - 1] - level) / weight;
                }
                if (score > bestScore[origin]) {
                    bestScore[origin] = score;
                    bestLevel[origin] = level;
                }
            }
        }
        double[][] forecasts = new double[length + 1][];
        forecasts[0] = new double[horizon];
        for (int origin = 1; origin <= length; origin++) {
            forecasts[origin] = CountModel.constant(FastMath.max(0, bestLevel[origin]), horizon);
        }
        return forecasts;
    }

    /** log P(y) under the negative binomial of a gamma(shape, rate) Poisson mixture; a point mass at 0 if shape is 0. */
    private static double logScore(int y, double shape, double rate) {
        if (shape <= 0) {
            return y == 0 ? 0 : IMPOSSIBLE;
        }
        return Gamma.logGamma(y + shape) - Gamma.logGamma(shape) - Gamma.logGamma(y + 1.0)
                + shape * FastMath.log(rate / (rate + 1)) - y * FastMath.log1p(rate);
    }
}
