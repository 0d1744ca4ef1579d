package dev.sitrep.analysis.prognosis;

import java.util.Arrays;
import org.hipparchus.util.FastMath;

/**
 * Simple exponential smoothing, ETS(A,N,N), with the smoothing weight α chosen at each origin by the smallest sum of
 * absolute one-week errors so far. Absolute rather than squared errors: on conflict counts a few burst weeks
 * dominate a sum of squares and pull α towards whatever chased them, while the level of the ordinary weeks is what
 * the next week's count is judged against.
 *
 * <p>Like {@link DampedHolt} the filter is causal and starts from level y₀, so one pass gives the fit of every
 * prefix, identical to fitting the prefix alone. The forecast is flat: the level for every week ahead.
 */
final class SimpleSmoothing {

    private static final double[] ALPHA = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    private SimpleSmoothing() {
    }

    /** Forecasts for horizons 1..horizon at every origin 1..length; row 0 is unused. Ties go to the smaller α. */
    static double[][] forecastsByOrigin(int[] series, int length, int horizon) {
        double[] bestError = new double[length + 1];
        double[] bestLevel = new double[length + 1];
        Arrays.fill(bestError, Double.POSITIVE_INFINITY);
        for (double alpha : ALPHA) {
            double level = series[0];
            double error = 0;
            for (int origin = 1; origin <= length; origin++) {
                if (origin > 1) {
                    double e = series[origin - 1] - level;
                    error += FastMath.abs(e);
                    level += alpha * e;
                }
                if (error < bestError[origin]) {
                    bestError[origin] = error;
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
}
